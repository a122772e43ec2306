// HEAD's commit read straight from the .git directory: SessionStart wants to know whether the
// branch moved since the handoff without paying for a git process (or loading simple-git).
import fs from 'node:fs';
import path from 'node:path';
import { COMMIT_ID_PATTERN } from '../shared/state-fields.ts';
import { gitTopLevel } from './project.ts';

function gitDir(top: string): string | null {
  const dotGit = path.join(top, '.git');
  try {
    if (fs.statSync(dotGit).isDirectory()) return dotGit;
    // worktrees and submodules: a file saying where the real directory is
    const pointer = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    return pointer ? path.resolve(top, pointer) : null;
  } catch {
    return null;
  }
}

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The commit HEAD points at, or null when it cannot be told cheaply (then nothing is claimed). Only
 * a full commit id counts: the answer is handed to git as a revision.
 */
export function readHeadCommit(dir: string): string | null {
  const head = readHeadValue(dir);
  return head !== null && COMMIT_ID_PATTERN.test(head) ? head : null;
}

function readHeadValue(dir: string): string | null {
  const top = gitTopLevel(dir);
  const git = top ? gitDir(top) : null;
  if (!git) return null;
  const head = read(path.join(git, 'HEAD'))?.trim();
  if (!head) return null;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return head;
  // a linked worktree keeps its refs in the common dir
  const common = read(path.join(git, 'commondir'))?.trim();
  const dirs = common ? [git, path.resolve(git, common)] : [git];
  for (const base of dirs) {
    const loose = read(path.join(base, ref))?.trim();
    if (loose) return loose;
    const packed = read(path.join(base, 'packed-refs'));
    const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
    if (line) return line.split(' ')[0] ?? null;
  }
  return null;
}
