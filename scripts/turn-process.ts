// The quick path of the two hooks Claude Code runs on every turn (Stop, UserPromptSubmit): a turn
// the quiet-turn check shows quiet ends there, printing nothing; a Stop that is quiet but for an
// interval checkpoint starts it; any other goes to the hook (turn-hook.ts).
import { checkTurnQuiet, type TurnVerdict } from './core/workflows/quiet-turn.ts';
import { runQuickHookProcess } from './quick-process.ts';

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
  runQuickHookProcess(
    event,
    async (stdin, now) => {
      const verdict = checkTurnQuiet(event, stdin, process.env, now);
      if (verdict.kind === 'quiet') return '';
      return verdict.kind === 'interval-checkpoint' ? startIntervalCheckpoint(verdict) : null;
    },
    async () => {
      const { runTurnHook } = await import('./turn-hook.ts');
      return (readInput, now) => runTurnHook(event, readInput, now);
    },
  );
}
