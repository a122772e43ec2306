// The I/O boundary of the two hooks Claude Code runs on every turn (Stop, UserPromptSubmit): the
// input is read once; a turn the quiet-turn check shows quiet ends there, printing nothing, and any
// other goes to the hook (turn-hook.ts, loaded only then) with the same input. Exit 0 whatever
// happens.
import { checkTurnQuiet } from './core/workflows/quiet-turn.ts';
import { RUNTIME_SUFFIX, writeSessionFile } from './core/runtime/session-files.ts';
import { readStdin, writeStdout } from './process-io.ts';
import type { BackgroundCheckpointRequest } from './core/schemas.ts';

async function runTurn(event: 'Stop' | 'UserPromptSubmit', now: Date): Promise<string> {
  let input: { text: string } | { error: unknown };
  try {
    input = { text: await readStdin() };
  } catch (error) {
    input = { error };
  }
  const verdict = 'text' in input ? checkTurnQuiet(event, input.text, process.env, now) : null;
  if (verdict?.kind === 'quiet') return '';
  if (verdict?.kind === 'interval-checkpoint' && (await startedInBackground(verdict.request))) {
    // what the hook writes after handing its checkpoint over; the turn is quiet otherwise
    writeSessionFile(process.env, verdict.request.session_id, RUNTIME_SUFFIX, verdict.runtime);
    return '';
  }
  try {
    const { runTurnHook } = await import('./turn-hook.ts');
    return await runTurnHook(event, async () => ('text' in input ? input.text : Promise.reject(input.error)), now);
  } catch (error) {
    // the hook's own file is missing or broken (a damaged install): told, never fatal. Not logged:
    // the log's writer redacts, and its secret patterns would double this entry's size
    return JSON.stringify({ systemMessage: `workflow: ${event} hook skipped (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); reinstall the plugin` });
  }
}

/** Stop's interval checkpoint handed to a process of its own; false when it could not be started. */
async function startedInBackground(request: BackgroundCheckpointRequest): Promise<boolean> {
  try {
    // loaded only when a checkpoint is due (it brings the in-flight mark and the hook log)
    const { startBackgroundCheckpoint } = await import('./background-start.ts');
    return startBackgroundCheckpoint(request);
  } catch {
    return false;
  }
}

export function runTurnProcess(event: 'Stop' | 'UserPromptSubmit'): void {
  void runTurn(event, new Date()).then((output) => {
    if (output) writeStdout(`${output}\n`);
    process.exitCode = 0;
  });
}
