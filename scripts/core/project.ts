import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { WorkflowError } from './errors.ts';

/**
 * `--dir`, else the git top level of `CLAUDE_PROJECT_DIR` (hooks) or of `cwd` (commands, where
 * Claude Code does not set it), else that directory. Hooks and commands must agree: a session
 * started in a subfolder of a repository has that subfolder as `CLAUDE_PROJECT_DIR`.
 */
export function resolveProjectDir(explicit: string | undefined, cwd: string, env: NodeJS.ProcessEnv): string {
  if (explicit !== undefined) {
    const dir = path.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return dir;
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

/** `WORKFLOW_STATE_DIR` replaces `<project>/.claude/workflows`. */
export function resolveStoreDir(projectDir: string, env: NodeJS.ProcessEnv): string {
  return env.WORKFLOW_STATE_DIR ? path.resolve(projectDir, env.WORKFLOW_STATE_DIR) : path.join(projectDir, '.claude', 'workflows');
}
