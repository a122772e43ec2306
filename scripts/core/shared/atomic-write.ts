// Files replaced whole or not at all, even on a full disk: each new text goes to a temporary file
// next to its target, is written to the last byte (a short write is not success), read back to
// its size and synced; only when every file of a save stands ready are they renamed into place,
// and the directory synced. A failure on the way removes the temporary files and leaves every
// target as it was.
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from './errors.ts';

const FILE_MODE = 0o600;
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    // a write that makes no progress will not make any on the next try either
    if (written <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
    offset += written;
  }
}

/** Writes a temporary file beside `file` with all of `data`, synced; returns its path. */
function prepare(file: string, data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  // a name nobody else uses ('wx' refuses one that exists); Math.random, not node:crypto, which
  // would cost a hook that writes nothing else 7 ms
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = fs.openSync(tmp, 'wx', FILE_MODE);
  let ready = false;
  try {
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
    if (fs.fstatSync(fd).size !== bytes.length) throw Object.assign(new Error('short file'), { code: 'ENOSPC' });
    ready = true;
    return tmp;
  } finally {
    fs.closeSync(fd);
    if (!ready) fs.rmSync(tmp, { force: true });
  }
}

function syncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function failure(error: unknown, files: readonly string[]): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && NO_SPACE.has(code)) {
    return new WorkflowError(`cannot save ${files.map((f) => path.basename(f)).join(', ')} in ${path.dirname(files[0] ?? '.')}: the disk is full; nothing was changed`);
  }
  return error;
}

/**
 * Replaces each file with its data, all or none: the renames happen only once every file was
 * written and synced in full. Renames run in the order given (put the backup first).
 */
export function writeFilesAtomic(entries: readonly (readonly [file: string, data: string | Uint8Array])[]): void {
  const ready: string[] = [];
  try {
    for (const [file, data] of entries) ready.push(prepare(file, data));
  } catch (error) {
    for (const tmp of ready) fs.rmSync(tmp, { force: true });
    throw failure(error, entries.map(([file]) => file));
  }
  entries.forEach(([file], i) => {
    try {
      fs.renameSync(ready[i] ?? '', file);
    } catch (error) {
      for (const tmp of ready.slice(i)) fs.rmSync(tmp, { force: true });
      throw failure(error, [file]);
    }
  });
  // the renames themselves must survive a crash, which takes an fsync of each directory
  for (const dir of new Set(entries.map(([file]) => path.dirname(file)))) syncDir(dir);
}

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeFilesAtomic([[file, data]]);
}
