// The quick path of SessionStart: when the memos vouch for everything the hook would read
// (core/workflows/held-start.ts), the workflow is offered and the session's bookkeeping written
// without loading the hook; anything else goes to the hook (session-start-hook.ts).
import { writeSessionRuntime } from './core/runtime/session-runtime-check.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { checkStartHeld } from './core/workflows/held-start.ts';
import { runQuickHookProcess } from './quick-process.ts';

export function runStartProcess(): void {
  useStateMemo(process.env);
  runQuickHookProcess(
    'SessionStart',
    async (stdin, now) => {
      const verdict = checkStartHeld(stdin, process.env, now);
      if (verdict.kind === 'hook') return null;
      try {
        if (verdict.record) writeSessionRuntime(process.env, verdict.record.sessionId, verdict.record.runtime);
      } catch {
        // the hook meets the same failure, and tells it as it tells any other
        return null;
      }
      return verdict.output;
    },
    async () => (await import('./session-start-hook.ts')).runSessionStartHook,
  );
}
