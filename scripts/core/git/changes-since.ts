// What changed in the repository since a handoff. Changes are anchored on the handoff's commit
// SHA, never on timestamps: clocks differ between machines, commits do not.
import fs from 'node:fs';
import path from 'node:path';
import { commitsSince, type CommitWalk, type NewCommit } from './commit-walk.ts';
import { runGit, type GitCommand } from './early-git.ts';
import { readGitState } from './git-context.ts';
import { readHeadCommit } from './git-head.ts';
import { porcelainCode, type WorkTreeStatus } from './work-tree-status.ts';
import { gitTopLevel } from './project.ts';
import { COMMIT_ID_PATTERN } from '../shared/state-fields.ts';
import type { GitContext } from '../schemas.ts';

/** git's well-known id of the empty tree: the base to diff against before the first commit */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

interface FileChange {
  status: string;
  path: string;
}

export interface Changes {
  /** the newest of them (commit-walk.ts NEW_COMMITS_LISTED): a resume after 10,000 commits does not read them all */
  new_commits: NewCommit[];
  new_commit_count: number;
  files_changed: FileChange[];
  branch_changed: boolean;
  current_branch: string | null;
  uncommitted: FileChange[];
  /** files in flight at handoff that commits have changed since: look at these first */
  conflicts: string[];
  missing_files: string[];
  /** the current branch against its upstream, when it has one */
  upstream: { name: string; ahead: number; behind: number } | null;
}

interface ChangeReport {
  changes: Changes;
  warnings: string[];
}

interface PendingChanges {
  /** settles once git has read the work tree (its status); rejects when git refuses the repository */
  accepted: Promise<void>;
  report: Promise<ChangeReport>;
}

const NOTHING_CHANGED: Changes = {
  new_commits: [],
  new_commit_count: 0,
  files_changed: [],
  branch_changed: false,
  current_branch: null,
  uncommitted: [],
  conflicts: [],
  missing_files: [],
  upstream: null,
};

function filesChanged(git: GitCommand, base: string, head: string): Promise<FileChange[]> {
  return git(['diff', '--name-status', '-z', '-M', base, head]).then(parseNameStatus);
}

/** The walk since the handoff and, should it show the usual case, the diff: both started at once. */
async function walkAndDiff(git: GitCommand, since: string | null, head: string): Promise<{ walk: CommitWalk | null; diff: Promise<FileChange[]> }> {
  const walk = commitsSince(git, since, head);
  // only a commit id the walk will take: anything else is not handed to git (commitsSince)
  const diff = since === null || COMMIT_ID_PATTERN.test(since) ? filesChanged(git, since ?? EMPTY_TREE, head) : Promise.resolve([]);
  diff.catch(() => undefined);
  return { walk: await walk, diff };
}

async function mergeBase(git: GitCommand, a: string, b: string): Promise<string | null> {
  try {
    return (await git(['merge-base', a, b])).trim() || null;
  } catch {
    return null;
  }
}

function parseNameStatus(raw: string): FileChange[] {
  const fields = raw.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++];
    if (!status) break;
    // renames and copies carry the old path first, then the new one
    if (status.startsWith('R') || status.startsWith('C')) {
      i++;
    }
    const file = fields[i++];
    if (file !== undefined) changes.push({ status: status.charAt(0), path: file });
  }
  return changes;
}

/**
 * What happened to the repository since a handoff captured `since`, with git's processes started
 * before this returns: the walk since the handoff and its diff, then the status, side by
 * side. A caller with work of its own does it meanwhile, after `accepted` if it must not happen in
 * a repository git refuses.
 */
export function startChangesSince(dir: string, since: GitContext | null, filesModified: readonly string[]): PendingChanges {
  if (gitTopLevel(dir) === null) {
    const warning = `${dir} is not a git repository: changes since the handoff cannot be checked`;
    return { accepted: Promise.resolve(), report: Promise.resolve({ changes: { ...NOTHING_CHANGED, missing_files: missingFiles(dir, filesModified) }, warnings: [warning] }) };
  }
  // git as simple-git would run it (early-git.ts), each process started in the call; the count of
  // the commits since, when resume's entry started it already, is taken from there
  const git: GitCommand = (args) => runGit(dir, args, process.env);
  // HEAD's commit from .git when it can be read there (its subject is not needed here): then the
  // walk starts without waiting for git to name HEAD; nothing to walk while HEAD is still the
  // handoff's commit
  const headSha = readHeadCommit(dir);
  // the walk first: after many commits it is the longest of git's processes, and each start costs
  // this process a few milliseconds (the status waits for it less than the walk would for the status)
  const ahead = headSha && since && since.commit !== headSha ? walkAndDiff(git, since.commit, headSha) : null;
  // a git error is told where it is waited for, not as an unhandled rejection meanwhile
  ahead?.catch(() => undefined);
  const state = readGitState(dir, headSha ? { sha: headSha, subject: null } : null);
  const report = reportChanges(git, dir, since, filesModified, state, ahead);
  report.catch(() => undefined);
  return { accepted: state.then(() => undefined), report };
}

async function reportChanges(
  git: GitCommand,
  dir: string,
  since: GitContext | null,
  filesModified: readonly string[],
  state: Promise<{ context: GitContext; status: WorkTreeStatus }>,
  ahead: Promise<{ walk: CommitWalk | null; diff: Promise<FileChange[]> }> | null,
): Promise<ChangeReport> {
  const warnings: string[] = [];
  const { context: now, status } = await state;
  const head = now.commit;
  const changes: Changes = {
    ...NOTHING_CHANGED,
    current_branch: now.branch,
    branch_changed: since !== null && now.branch !== since.branch,
    uncommitted: status.files.map((f) => ({ status: porcelainCode(f.index, f.working_dir), path: f.path })),
    upstream: status.tracking ? { name: status.tracking, ahead: status.ahead, behind: status.behind } : null,
  };
  // git speaks in paths from the repository root; the project may be a folder inside it
  const top = gitTopLevel(dir) ?? dir;
  const fromTop = (files: readonly string[]) => relative(top, files.map((f) => path.resolve(dir, f)));
  if (since === null) {
    warnings.push('the handoff was made outside a git repository: commits since then are unknown');
  } else if (head) {
    let base: string | null = since.commit ?? EMPTY_TREE; // before the first commit: every commit is new
    const started = ahead ? await ahead : null;
    let walk = started ? started.walk : await commitsSince(git, since.commit, head);
    if (since.commit !== null && walk === null) {
      warnings.push(`the handoff commit ${since.commit.slice(0, 12)} is not in this repository (another clone, or removed): commits since then are unknown`);
      base = null;
    } else if (since.commit !== null && walk?.diverged) {
      base = await mergeBase(git, since.commit, head);
      warnings.push(
        `the handoff commit ${since.commit.slice(0, 12)} is no longer an ancestor of HEAD (rebased or reset)` +
          (base ? `; changes are shown from the merge base ${base.slice(0, 12)}` : ''),
      );
      walk = base ? await commitsSince(git, base, head) : null;
    }
    if (base && base !== head && walk) {
      changes.new_commit_count = walk.count;
      changes.new_commits = walk.commits;
      changes.files_changed = started && !started.walk?.diverged ? await started.diff : await filesChanged(git, base, head);
    }
  }
  if (since !== null) {
    const { modified, staged, untracked, deleted } = since.status;
    const inFlight = new Set([...modified, ...staged, ...untracked, ...fromTop(filesModified)]);
    changes.conflicts = changes.files_changed.filter((f) => inFlight.has(f.path)).map((f) => f.path);
    changes.missing_files = missingFiles(top, [...inFlight].filter((f) => !deleted.includes(f)));
  } else {
    changes.missing_files = missingFiles(top, fromTop(filesModified));
  }
  return { changes, warnings };
}

function relative(dir: string, files: readonly string[]): string[] {
  return files.map((f) => (path.isAbsolute(f) ? path.relative(dir, f) : f)).filter((f) => !f.startsWith('..'));
}

function missingFiles(dir: string, files: readonly string[]): string[] {
  return [...new Set(relative(dir, files))].filter((f) => !fs.existsSync(path.join(dir, f))).sort();
}
