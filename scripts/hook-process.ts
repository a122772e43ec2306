// The I/O boundary of a hook process as Claude Code starts it (dist/hooks/<event>.cjs): the JSON
// on stdin, what the hook says on stdout, exit 0 whatever happens. The two hooks that run on every
// turn have a boundary of their own in front of this code (turn-process.ts).
import type * as z from 'zod/mini';
import type { Hook } from './hooks/hook.ts';
import { runHook } from './hooks/run-hook.ts';
import { startBackgroundCheckpoint } from './background-start.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { readStdin, writeStdout } from './process-io.ts';

export function runHookProcess(event: string, hook: Hook<z.ZodMiniType>): void {
  useStateMemo(process.env);
  void runHook(event, async () => hook, readStdin, { env: process.env, now: new Date(), startCheckpoint: startBackgroundCheckpoint }).then((output) => {
    if (output) writeStdout(`${output}\n`);
    process.exitCode = 0;
  });
}
