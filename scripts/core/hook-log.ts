import fs from 'node:fs';
import path from 'node:path';
import { runtimeDir } from './session-runtime.ts';

/**
 * Where hook problems are written: a hook must not print them where Claude Code would read them.
 * Beside the per-session files, not in CLAUDE_PLUGIN_DATA: the status line and the terminal CLI
 * do not get that variable, and one log is easier to find than two.
 */
export function hookLogPath(env: NodeJS.ProcessEnv): string {
  return path.join(env.WORKFLOW_LOG_DIR || runtimeDir(env), 'hooks.log');
}

export function logHookProblem(env: NodeJS.ProcessEnv, event: string, detail: string): void {
  try {
    const file = hookLogPath(env);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.appendFileSync(file, `${new Date().toISOString()} ${event}: ${detail.replace(/\n/g, '\n    ')}\n`, { mode: 0o600 });
  } catch {
    // logging must never be the reason a hook fails
  }
}
