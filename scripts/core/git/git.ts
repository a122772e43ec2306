// Git facts for a handoff, and what changed since one. Changes are anchored on the handoff's
// commit SHA, never on timestamps: clocks differ between machines, commits do not.
import fs from 'node:fs';
import path from 'node:path';
import { simpleGit, type SimpleGit, type StatusResult } from 'simple-git';
import { readHeadCommit } from './git-head.ts';
import { gitTopLevel } from './project.ts';
import type { GitContext } from '../schemas.ts';

/** git's well-known id of the empty tree: the base to diff against before the first commit */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

interface FileChange {
  status: string;
  path: string;
}

/** Commits listed since the handoff, newest first; the others are counted (new_commit_count). */
const NEW_COMMITS_LISTED = 50;

export interface Changes {
  /** the newest NEW_COMMITS_LISTED of them: a resume after 10,000 commits does not read them all */
  new_commits: { sha: string; subject: string; author: string }[];
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

/** A git client for the work tree holding `dir`, found without starting a git process. */
function openRepo(dir: string): SimpleGit | null {
  return gitTopLevel(dir) === null ? null : simpleGit({ baseDir: dir, maxConcurrentProcesses: 4 });
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

function porcelainCode(index: string, workingDir: string): string {
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

async function readGitState(git: SimpleGit, head: { sha: string | null; subject: string | null } | null = null): Promise<{ context: GitContext; status: StatusResult }> {
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

function filesChanged(git: SimpleGit, base: string, head: string): Promise<FileChange[]> {
  return git.raw(['diff', '--name-status', '-z', '-M', base, head]).then(parseNameStatus);
}

/** The walk since the handoff and, should it show the usual case, the diff: both started at once. */
async function walkAndDiff(git: SimpleGit, since: string | null, head: string): Promise<{ walk: CommitWalk | null; diff: Promise<FileChange[]> }> {
  const diff = filesChanged(git, since ?? EMPTY_TREE, head);
  diff.catch(() => undefined);
  return { walk: await commitsSince(git, since, head), diff };
}

interface CommitWalk {
  /** HEAD's newest commits since the base (NEW_COMMITS_LISTED at most), newest first */
  commits: Changes['new_commits'];
  /** all of HEAD's commits since the base */
  count: number;
  /** the base has commits of its own that HEAD does not: it is not an ancestor of HEAD */
  diverged: boolean;
}

/**
 * HEAD's commits since `base` (all of them when null) and whether `base` is an ancestor of HEAD,
 * from both ends (base...HEAD); null when git does not know `base` as a commit. Two git processes
 * side by side: one counts both sides, one lists the newest of HEAD's. Listing them all to count
 * them had Node read and split a line per commit (10,000 after a long absence).
 */
async function commitsSince(git: SimpleGit, base: string | null, head: string): Promise<CommitWalk | null> {
  const range = base === null ? head : `${base}...${head}`;
  let counted: string;
  let listed: string;
  try {
    [counted, listed] = await Promise.all([
      git.raw(['rev-list', '--left-right', '--count', range, '--']),
      git.raw(['log', `--max-count=${NEW_COMMITS_LISTED}`, '--right-only', '--format=%H%x00%an%x00%s', range, '--']),
    ]);
  } catch {
    return null;
  }
  const [left = Number.NaN, right = Number.NaN] = counted.trim().split(/\s+/).map(Number);
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return null;
  const commits = listed
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', author = '', subject = ''] = line.split('\0');
      return { sha, subject, author };
    });
  return { commits, count: right, diverged: left > 0 };
}

async function mergeBase(git: SimpleGit, a: string, b: string): Promise<string | null> {
  try {
    return (await git.raw(['merge-base', a, b])).trim() || null;
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

interface ChangeReport {
  changes: Changes;
  warnings: string[];
}

/** What happened to the repository since a handoff captured `since`. */
export async function detectChangesSince(
  dir: string,
  since: GitContext | null,
  filesModified: readonly string[],
): Promise<ChangeReport> {
  const warnings: string[] = [];
  const git = openRepo(dir);
  const empty: Changes = {
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
  if (!git) {
    warnings.push(`${dir} is not a git repository: changes since the handoff cannot be checked`);
    return { changes: { ...empty, missing_files: missingFiles(dir, filesModified) }, warnings };
  }
  // HEAD's commit from .git when it can be read there (its subject is not needed here): then the
  // walk since the handoff and its diff start with the status, and the three run side by side
  const headSha = readHeadCommit(dir);
  const ahead = headSha && since ? walkAndDiff(git, since.commit, headSha) : null;
  // a git error is told where it is waited for, not as an unhandled rejection meanwhile
  ahead?.catch(() => undefined);
  const { context: now, status } = await readGitState(git, headSha ? { sha: headSha, subject: null } : null);
  const head = now.commit;
  const changes: Changes = {
    ...empty,
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
