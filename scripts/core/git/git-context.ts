// Git facts for a handoff and a checkpoint: branch, commit and working tree. Their git processes
// start in the call, as simple-git would run them but without loading it (early-git.ts runGit);
// what changed since a handoff is changes-since.ts's, which reads the status through here too.
import { runGit } from './early-git.ts';
import { readHeadCommit } from './git-head.ts';
import { gitTopLevel } from './project.ts';
import { parseWorkTreeStatus, STATUS_ARGS, type WorkTreeStatus } from './work-tree-status.ts';
import type { GitContext } from '../schemas.ts';

/** HEAD's sha and subject in one git process; nulls in a repository without commits yet. */
async function headCommit(dir: string): Promise<{ sha: string | null; subject: string | null }> {
  try {
    const [sha, ...subject] = (await runGit(dir, ['log', '-1', '--format=%H%x00%s'], process.env)).trim().split('\0');
    return { sha: sha || null, subject: sha ? subject.join('\0') : null };
  } catch {
    return { sha: null, subject: null };
  }
}

/**
 * Branch, commit and working-tree state; null outside a git work tree. `known`, the context saved
 * last time: while HEAD (read from .git, no process) is still its commit, its subject is reused and
 * a checkpoint starts one git process, not two.
 */
export async function captureGitContext(dir: string, known: GitContext | null = null): Promise<GitContext | null> {
  if (gitTopLevel(dir) === null) return null;
  const unmoved = known?.commit && readHeadCommit(dir) === known.commit ? { sha: known.commit, subject: known.commit_message } : null;
  return (await readGitState(dir, unmoved)).context;
}

/** The work tree's status and HEAD's commit (`head` when already known) in `dir`, a git work tree. */
export async function readGitState(dir: string, head: { sha: string | null; subject: string | null } | null = null): Promise<{ context: GitContext; status: WorkTreeStatus }> {
  const [status, commit] = await Promise.all([runGit(dir, STATUS_ARGS, process.env).then(parseWorkTreeStatus), head ?? headCommit(dir)]);
  const modified: string[] = [];
  const staged: string[] = [];
  const untracked: string[] = [];
  const deleted: string[] = [];
  for (const file of status.files) {
    if (file.index === '?' && file.working_dir === '?') {
      untracked.push(file.path);
      continue;
    }
    if (file.index.trim() && file.index !== '?') staged.push(file.path);
    if (file.working_dir.trim()) modified.push(file.path);
    if (file.index === 'D' || file.working_dir === 'D') deleted.push(file.path);
  }
  const context: GitContext = {
    branch: status.detached ? null : status.current,
    commit: commit.sha,
    commit_message: commit.subject,
    status: { modified, staged, untracked, deleted },
    is_clean: status.files.length === 0,
    ahead: status.ahead,
    behind: status.behind,
  };
  return { context, status };
}
