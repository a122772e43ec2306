// The I/O boundary of the two hooks Claude Code runs on every turn (Stop, UserPromptSubmit): the
// input is read once; a turn the quiet-turn check shows quiet ends there, printing nothing, and any
// other goes to the hook (turn-hook.ts, loaded only then) with the same input. Exit 0 whatever
// happens.
import { checkTurnQuiet, type TurnVerdict } from './core/workflows/quiet-turn.ts';
import { readStdin, writeStdout } from './process-io.ts';

async function runTurn(event: 'Stop' | 'UserPromptSubmit', now: Date): Promise<string> {
  let input: { text: string } | { error: unknown };
  try {
    input = { text: await readStdin() };
  } catch (error) {
    input = { error };
  }
  const verdict = 'text' in input ? checkTurnQuiet(event, input.text, process.env, now) : null;
  if (verdict?.kind === 'quiet') return '';
  if (verdict?.kind === 'interval-checkpoint') {
    const said = await startIntervalCheckpoint(verdict);
    if (said !== null) return said;
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

/** Stop's interval checkpoint handed to a process of its own: what Stop prints, null for the hook to take the turn. */
async function startIntervalCheckpoint({ request, runtime }: Extract<TurnVerdict, { kind: 'interval-checkpoint' }>): Promise<string | null> {
  try {
    // loaded only when a checkpoint is due (it brings the in-flight mark and the hook log)
    return (await import('./background-start.ts')).startIntervalCheckpoint(process.env, request, runtime);
  } catch {
    return null;
  }
}

export function runTurnProcess(event: 'Stop' | 'UserPromptSubmit'): void {
  void runTurn(event, new Date()).then((output) => {
    if (output) writeStdout(`${output}\n`);
    process.exitCode = 0;
  });
}
