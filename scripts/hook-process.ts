// The I/O boundary of a hook process as Claude Code starts it (dist/hooks/<event>.cjs): the JSON
// on stdin, what the hook says on stdout, exit 0 whatever happens. Two of these run on every turn,
// so stdin is read with one synchronous read rather than through a stream (loading Node's stream
// machinery costs more than the rest of a quiet turn).
import { readFileSync, writeSync } from 'node:fs';
import type * as z from 'zod/mini';
import type { Hook } from './hooks/hook.ts';
import { runHook } from './hooks/run-hook.ts';
import { useStateMemo } from './core/store/state-memo.ts';

function readStdinByStream(): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => (data += chunk));
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', reject);
  });
}

async function readStdin(): Promise<string> {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // no stdin at all (closed, or /dev/null-like): an empty input, which the hook reports
    if (code === 'EBADF' || code === 'EINVAL') return '';
    // a non-blocking pipe or a terminal: read it the ordinary way
    if (code === 'EAGAIN') return readStdinByStream();
    throw error;
  }
}

/**
 * One synchronous write, as the input is read: process.stdout would load Node's streams (3 ms) for
 * the one line a hook prints. A pipe that is full or non-blocking takes the rest the ordinary way.
 */
function writeStdout(text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    process.stdout.write(bytes.subarray(written));
  }
}

export function runHookProcess(event: string, hook: Hook<z.ZodMiniType>): void {
  useStateMemo(process.env);
  void runHook(event, async () => hook, readStdin, { env: process.env, now: new Date() }).then((output) => {
    if (output) writeStdout(`${output}\n`);
    process.exitCode = 0;
  });
}
