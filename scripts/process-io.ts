// Standard input and output for the two boundaries (a hook process, the CLI), without Node's
// stream machinery when it is not needed: process.stdin and process.stdout load it (3 ms or more,
// more than the rest of a quiet turn or a status line refresh needs), one synchronous read and
// write do not.
import { fstatSync, readFileSync, writeSync } from 'node:fs';

function readByStream(): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => (data += chunk));
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', reject);
  });
}

/** Standard input read at once: empty for none, a closed one, or a terminal; null for a pipe that must be read as a stream. */
function readAtOnce(): string | null {
  try {
    // a terminal is a character device, as /dev/null is: neither has anything to read
    if (fstatSync(0).isCharacterDevice()) return '';
    return readFileSync(0, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EBADF' || code === 'EINVAL') return '';
    // a non-blocking pipe: read it the ordinary way
    if (code === 'EAGAIN') return null;
    throw error;
  }
}

// Standard input can be read only once, and a process may run several bundles (resume's entry
// reads a slash command's arguments before the command loads): the first to read it leaves it on
// the global object for the others.
const READ: unique symbol = Symbol.for('claude-workflow.stdin');
const holder: typeof globalThis & { [READ]?: Promise<string> } = globalThis;

/** All of standard input; empty for none, a closed one, or a terminal (nothing is waited for). */
export function readStdin(): Promise<string> {
  holder[READ] ??= (async () => readAtOnce() ?? readByStream())();
  return holder[READ];
}

/** All of standard input now, as readStdin will give it; null where it can only be waited for (then readStdin reads it). */
export function readStdinNow(): string | null {
  if (holder[READ]) return null;
  let text: string | null;
  try {
    text = readAtOnce();
  } catch (error) {
    holder[READ] = Promise.reject(error);
    holder[READ].catch(() => undefined);
    return null;
  }
  if (text !== null) holder[READ] = Promise.resolve(text);
  return text;
}

/** once a write went through process.stdout, the rest follow it there, in order */
let throughStream = false;

/** Writes to standard output: synchronously, or through process.stdout once a pipe is full. */
export function writeStdout(text: string): void {
  if (throughStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    throughStream = true;
    process.stdout.write(bytes.subarray(written));
  }
}
