// The quick path of PreCompact: when the memos vouch for everything the hook would read
// (core/workflows/held-compact.ts), the checkpoint is started and the summarizer's instructions
// printed without loading the hook; anything else goes to the hook (pre-compact-hook.ts).
import { startBackgroundCheckpoint } from './background-start.ts';
import { stripControl } from './core/shared/terminal-text.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { checkCompactHeld } from './core/workflows/held-compact.ts';
import { runQuickHookProcess } from './quick-process.ts';

export function runCompactProcess(): void {
  useStateMemo(process.env);
  runQuickHookProcess(
    'PreCompact',
    async (stdin, now) => {
      const verdict = checkCompactHeld(stdin, process.env, now);
      if (verdict.kind === 'hook') return null;
      // a checkpoint that cannot be started here is the hook's to save (it saves it itself)
      if (verdict.request !== null && !startBackgroundCheckpoint(verdict.request)) return null;
      // Claude Code shows this text to the user after /compact: as the hook, no control character
      return stripControl(verdict.text);
    },
    async () => (await import('./pre-compact-hook.ts')).runPreCompactHook,
  );
}
