// `statusline --wrap`: the user's own status line command, run with the same input. Node's
// child_process is loaded only then: a status line without --wrap (most refreshes) never needs it.
import { nodeChildProcess } from '../shared/node-builtins.ts';

const WRAPPED_TIMEOUT_MS = 2_000;

/** Runs the user's own status line command with the same input and returns its output. */
export function runWrappedStatusline(command: string, stdin: string, env: NodeJS.ProcessEnv): string {
  const { spawnSync } = nodeChildProcess();
  const result = spawnSync(command, { shell: true, input: stdin, encoding: 'utf8', timeout: WRAPPED_TIMEOUT_MS, env });
  return (result.stdout ?? '').replace(/\s+$/, '');
}
