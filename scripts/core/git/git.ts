// Git facts for a handoff: branch, commit and working tree, through simple-git. What changed
// since a handoff is changes-since.ts's.
import { simpleGit, type SimpleGit, type StatusResult } from 'simple-git';
import { readHeadCommit } from './git-head.ts';
import { gitTopLevel } from './project.ts';
import type { GitContext } from '../schemas.ts';

/**
 * A git client for the work tree holding `dir`, found without starting a git process. A git
 * command is done when its output is closed, as for Node's execFile: simple-git's default also
 * starts a 50 ms timer at each exit, which kept every command alive 50 ms after its last git
 * process (its documentation names close-only as the coming default).
 */
export function openRepo(dir: string): SimpleGit | null {
  return gitTopLevel(dir) === null ? null : simpleGit({ baseDir: dir, maxConcurrentProcesses: 4, completion: { onClose: true, onExit: false } });
}

/**
 * Settles once the git processes asked for so far have started: simple-git starts them a few
 * promise reactions after the call, so a caller that has synchronous work to do while git runs
 * waits for this first, or git would start only after that work.
 */
export function gitStarted(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** HEAD's sha and subject in one git process; nulls in a repository without commits yet. */
async function headCommit(git: SimpleGit): Promise<{ sha: string | null; subject: string | null }> {
  try {
    const [sha, ...subject] = (await git.raw(['log', '-1', '--format=%H%x00%s'])).trim().split('\0');
    return { sha: sha || null, subject: sha ? subject.join('\0') : null };
  } catch {
    return { sha: null, subject: null };
  }
}

export function porcelainCode(index: string, workingDir: string): string {
  return `${index}${workingDir}`.trim() || '?';
}

/**
 * Branch, commit and working-tree state; null outside a git work tree. `known`, the context saved
 * last time: while HEAD (read from .git, no process) is still its commit, its subject is reused and
 * a checkpoint starts one git process, not two.
 */
export async function captureGitContext(dir: string, known: GitContext | null = null): Promise<GitContext | null> {
  const git = openRepo(dir);
  if (!git) return null;
  const unmoved = known?.commit && readHeadCommit(dir) === known.commit ? { sha: known.commit, subject: known.commit_message } : null;
  return (await readGitState(git, unmoved)).context;
}

export async function readGitState(git: SimpleGit, head: { sha: string | null; subject: string | null } | null = null): Promise<{ context: GitContext; status: StatusResult }> {
  const [status, commit] = await Promise.all([git.status(), head ?? headCommit(git)]);
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
