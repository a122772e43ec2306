// The I/O boundary of a hook process as Claude Code starts it (dist/hooks/<event>.cjs): the JSON
// on stdin, what the hook says on stdout, exit 0 whatever happens. The two hooks that run on every
// turn, and PreCompact and SessionStart, have a quick path in front of this code (quick-process.ts).
import type * as z from 'zod/mini';
import type { Hook } from './hooks/hook.ts';
import { runHook } from './hooks/run-hook.ts';
import { startBackgroundCheckpoint } from './background-start.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { readStdin, writeStdout } from './process-io.ts';
import type { FullHook } from './quick-process.ts';

/** The hook as a process Claude Code started runs it: with the state memo, and checkpoints started in the background. */
export function fullHook(event: string, hook: Hook<z.ZodMiniType>): FullHook {
  return (readInput, now) => {
    useStateMemo(process.env);
    return runHook(event, async () => hook, readInput, { env: process.env, now, startCheckpoint: startBackgroundCheckpoint });
  };
}

export function runHookProcess(event: string, hook: Hook<z.ZodMiniType>): void {
  void fullHook(event, hook)(readStdin, new Date()).then((output) => {
    if (output) writeStdout(`${output}\n`);
    process.exitCode = 0;
  });
}
