import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { WorkflowError } from './errors.ts';

/** `--dir`, else `CLAUDE_PROJECT_DIR`, else the git top level of `cwd`, else `cwd`. */
export function resolveProjectDir(explicit: string | undefined, cwd: string, env: NodeJS.ProcessEnv): string {
  if (explicit !== undefined) {
    const dir = path.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return dir;
  }
  if (env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR)) return path.resolve(env.CLAUDE_PROJECT_DIR);
  return gitTopLevel(cwd) ?? path.resolve(cwd);
}

function gitTopLevel(cwd: string): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return out || null;
  } catch {
    return null;
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
