// The I/O boundary of a hook process as Claude Code starts it (dist/hooks/<event>.cjs): the JSON
// on stdin, what the hook says on stdout, exit 0 whatever happens. Two of these run on every turn,
// so both are one synchronous read and write (process-io.ts).
import type * as z from 'zod/mini';
import type { Hook } from './hooks/hook.ts';
import { runHook } from './hooks/run-hook.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { readStdin, writeStdout } from './process-io.ts';

export function runHookProcess(event: string, hook: Hook<z.ZodMiniType>): void {
  useStateMemo(process.env);
  void runHook(event, async () => hook, readStdin, { env: process.env, now: new Date() }).then((output) => {
    if (output) writeStdout(`${output}\n`);
    process.exitCode = 0;
  });
}
