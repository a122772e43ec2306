import path from 'node:path';
import { homeDir } from '../shared/node-builtins.ts';

/** Where the hooks keep what is per user and not per project: session files, the hook log, compiled code. */
export function runtimeDir(env: NodeJS.ProcessEnv): string {
  return env.WORKFLOW_RUNTIME_DIR || path.join(homeDir(), '.claude', 'workflow');
}
