// The work tree as `git status --porcelain -b -u --null` tells it: the branch line and one entry
// per changed path. Read here rather than through simple-git, so that a handoff and a checkpoint
// start their git processes without loading simple-git (git-context.ts). It reads what
// simple-git's `status()` reads from the same command (test/integration/work-tree-status.test.ts
// holds the two together on real repositories), and keeps paths exactly as git wrote them:
// simple-git trims each entry, which loses a path's leading or trailing spaces, and it does not
// know the entries of copies.

/** The command simple-git's `status()` runs, with the same arguments in the same order. */
export const STATUS_ARGS: readonly string[] = ['status', '--porcelain', '-b', '-u', '--null'];

export interface WorkTreeFile {
  path: string;
  /** the index's status letter, ' ' for unchanged, '?' for untracked */
  index: string;
  /** the work tree's status letter, as for `index` */
  working_dir: string;
}

export interface WorkTreeStatus {
  files: WorkTreeFile[];
  /** the branch, or 'HEAD' when detached; null where git named none */
  current: string | null;
  /** the upstream branch, null without one */
  tracking: string | null;
  detached: boolean;
  ahead: number;
  behind: number;
}

/** Letters that carry the path the entry was renamed or copied from, as the next field. */
const FROM_FOLLOWS = new Set(['R', 'C']);

function countOf(pattern: RegExp, line: string): number {
  return Number(pattern.exec(line)?.[1] ?? 0);
}

/**
 * "main...origin/main [ahead 1, behind 2]", "main", "HEAD (no branch)", "No commits yet on main"
 * (a repository without commits; "Initial commit on main" before git 2.15).
 */
function readBranchLine(line: string, status: WorkTreeStatus): void {
  status.ahead = countOf(/ahead (\d+)/, line);
  status.behind = countOf(/behind (\d+)/, line);
  status.current = /^(.+?)(?=\.{3}|\s|$)/.exec(line)?.[1] ?? null;
  status.tracking = /\.{3}(\S+)/.exec(line)?.[1] ?? null;
  const unborn = /\son\s(\S+?)(?=\.{3}|$)/.exec(line)?.[1];
  if (unborn) status.current = unborn;
  status.detached = line.includes('(no branch)');
}

export function parseWorkTreeStatus(raw: string): WorkTreeStatus {
  const status: WorkTreeStatus = { files: [], current: null, tracking: null, detached: false, ahead: 0, behind: 0 };
  const fields = raw.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? '';
    if (field.startsWith('## ')) {
      readBranchLine(field.slice(3), status);
      continue;
    }
    // "XY path": two letters and a space; anything shorter is the empty field after the last NUL
    if (field.length < 4 || field[2] !== ' ') continue;
    const index = field[0] ?? ' ';
    const workingDir = field[1] ?? ' ';
    // the path it came from: not kept, but it is a field of its own and must not be read as an entry
    if (FROM_FOLLOWS.has(index) || FROM_FOLLOWS.has(workingDir)) i++;
    status.files.push({ path: field.slice(3), index, working_dir: workingDir });
  }
  return status;
}

/** An entry's two letters as one code ("M", "A", "??"…), '?' for none. */
export function porcelainCode(index: string, workingDir: string): string {
  return `${index}${workingDir}`.trim() || '?';
}
