import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';

/**
 * `--dir`, else the git top level of `CLAUDE_PROJECT_DIR` (hooks) or of `cwd` (commands, where
 * Claude Code does not set it), else that directory. Hooks and commands must agree: a session
 * started in a subfolder of a repository has that subfolder as `CLAUDE_PROJECT_DIR`.
 */
export function resolveProjectDir(explicit: string | undefined, cwd: string, env: NodeJS.ProcessEnv): string {
  if (explicit !== undefined) {
    const dir = path.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    // a subfolder of a repository is that repository, as when the command runs from there
    return gitTopLevel(dir) ?? dir;
  }
  const start = path.resolve(env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR) ? env.CLAUDE_PROJECT_DIR : cwd);
  return gitTopLevel(start) ?? start;
}

/** The nearest directory holding `.git` (a folder, or a file in worktrees and submodules): no git process on a hook's path. */
export function gitTopLevel(start: string): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Where the workflows live: `WORKFLOW_STATE_DIR`, else `<git dir>/workflow` (inside `.git`, so
 * never committed, untouched by `git clean`, and writable from Claude Code's sandbox, which keeps
 * Bash out of `<project>/.claude/`), else `<project>/.workflow` outside a git repository.
 */
export function resolveStoreDir(projectDir: string, env: NodeJS.ProcessEnv): string {
  if (env.WORKFLOW_STATE_DIR) return path.resolve(projectDir, env.WORKFLOW_STATE_DIR);
  const gitDir = gitDirOf(projectDir);
  const storeDir = gitDir ? path.join(gitDir, 'workflow') : path.join(projectDir, '.workflow');
  // the default store is a folder of the project: one planted as a link would lead anywhere
  // (WORKFLOW_STATE_DIR is how a user puts it elsewhere on purpose)
  let link = false;
  try {
    link = lstatSync(storeDir).isSymbolicLink();
  } catch {
    // not created yet
  }
  if (link) throw new WorkflowError(`${storeDir} is a symbolic link; the store must be a folder of its own (set WORKFLOW_STATE_DIR to keep it elsewhere)`);
  return storeDir;
}

/** Where the store was before it moved out of `.claude/` (Claude Code's own workflow scripts live there now). */
export function legacyStoreDir(projectDir: string): string {
  return path.join(projectDir, '.claude', 'workflows');
}

const GITDIR_FILE_MAX_BYTES = 4096;

/** The repository's git directory: `.git` itself, or what a `.git` file (worktree, submodule) points to. */
function gitDirOf(projectDir: string): string | null {
  const dotGit = path.join(projectDir, '.git');
  try {
    const stat = lstatSync(dotGit);
    if (stat.isDirectory()) return dotGit;
    if (!stat.isFile() || stat.size > GITDIR_FILE_MAX_BYTES) return null;
    const target = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
    if (!target) return null;
    const dir = path.resolve(projectDir, target);
    return isDirectory(dir) ? dir : null;
  } catch {
    return null;
  }
}
