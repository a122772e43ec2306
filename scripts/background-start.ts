// How a hook process that Claude Code started hands a checkpoint nobody waits for to a process of
// its own (Stop's on the interval, PreCompact's).
import path from 'node:path';
import type { BackgroundCheckpointRequest } from './core/schemas.ts';
import { BACKGROUND_REQUEST_VARIABLE, markCheckpointInFlight } from './core/runtime/checkpoint-in-flight.ts';
import { writeSessionRuntime } from './core/runtime/session-runtime-check.ts';
import type { SessionRuntime } from './core/runtime/session-runtime.ts';
import { hookFailed } from './hooks/run-hook.ts';
import { nodeChildProcess } from './core/shared/node-builtins.ts';

/**
 * `node run.cjs background-checkpoint`, detached and with its output nowhere: Claude Code waits
 * for a hook's process and its output, not for this one. Only a process that run.cjs started
 * (hooks.json's command) knows where run.cjs is; any other saves the checkpoint itself.
 */
export function startBackgroundCheckpoint(request: BackgroundCheckpointRequest): boolean {
  const runner = process.argv[1];
  if (!runner || path.basename(runner) !== 'run.cjs') return false;
  try {
    // loaded only now: child_process brings Node's streams and sockets (5 ms) that a quiet turn never needs
    const { spawn } = nodeChildProcess();
    const child = spawn(process.execPath, [runner, 'background-checkpoint'], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      env: { ...process.env, [BACKGROUND_REQUEST_VARIABLE]: JSON.stringify(request) },
    });
    // a start that fails later (no pid) is reported as an event: this process must not die of it
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) return false;
    markCheckpointInFlight(process.env, request.session_id, child.pid);
    return true;
  } catch {
    return false;
  }
}

/**
 * The interval checkpoint the quiet-turn check found due: started in the background, then recorded
 * in the session's bookkeeping as the Stop hook records it. What Stop prints: nothing when done; the
 * hook's line for the user when the record cannot be written (a full disk); null when nothing was
 * started, and the hook takes the turn.
 */
export function startIntervalCheckpoint(env: NodeJS.ProcessEnv, request: BackgroundCheckpointRequest, runtime: SessionRuntime): string | null {
  if (!startBackgroundCheckpoint(request)) return null;
  try {
    writeSessionRuntime(env, request.session_id, runtime);
    return '';
  } catch (error) {
    return hookFailed(env, 'Stop', error);
  }
}
