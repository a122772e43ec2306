import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where hook problems are written: a hook must not print them where Claude Code would read them. */
export function hookLogPath(env: NodeJS.ProcessEnv): string {
  const dir = env.WORKFLOW_LOG_DIR || env.CLAUDE_PLUGIN_DATA || path.join(os.homedir(), '.claude', 'workflow');
  return path.join(dir, 'hooks.log');
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
