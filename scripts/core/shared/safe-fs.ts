// Reading and appending files that may come from elsewhere (a committed or synced store, a
// teammate's project, a planted path): never through a symbolic link at the last step, never a
// device, a FIFO or a socket (opened non-blocking, so a FIFO cannot hang a hook), and never more
// than a cap, checked before anything is read.
import fs from 'node:fs';
import { WorkflowError } from './errors.ts';

const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = fs.constants.O_NONBLOCK ?? 0;

/** Caps for the files the plugin reads, by kind. */
export const READ_CAPS = {
  state: 8 * 1024 * 1024,
  history: 256 * 1024 * 1024,
  config: 1024 * 1024,
  small: 64 * 1024,
  lockfile: 64 * 1024 * 1024,
  /** a synced folder's version: a state and its history, as a sync remote may send them */
  syncVersion: 48 * 1024 * 1024,
} as const;

/**
 * Runs `read` on a regular file opened without following a link (non-blocking: a FIFO cannot
 * hang it); `fallback` when the file is missing, a link or not a regular file.
 */
export function withRegularFile<T>(file: string, fallback: T, read: (fd: number, size: number) => T): T {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return fallback;
  }
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFile() ? read(fd, stat.size) : fallback;
  } finally {
    fs.closeSync(fd);
  }
}

function refused(file: string, why: string): WorkflowError {
  return new WorkflowError(`${file} ${why}; it was not read`);
}

/**
 * The bytes of a regular file of at most `maxBytes`; throws a WorkflowError naming the file for a
 * link, a special file or one too large, and the fs error (ENOENT…) when it cannot be opened.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  return readRegularFileAndStat(file, maxBytes).bytes;
}

/** readRegularFile, with what fstat said of the file that was read. */
export function readRegularFileAndStat(file: string, maxBytes: number): { bytes: Buffer; stat: fs.Stats } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw refused(file, 'is a symbolic link');
    throw error;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw refused(file, 'is not a regular file (a device, a pipe or a socket)');
    if (stat.size > maxBytes) throw refused(file, `is ${stat.size} bytes, over the limit of ${maxBytes}`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break; // it shrank while being read
      read += n;
    }
    return { bytes: buffer.subarray(0, read), stat };
  } finally {
    fs.closeSync(fd);
  }
}

export function readRegularText(file: string, maxBytes: number): string {
  return readRegularFile(file, maxBytes).toString('utf8');
}

/**
 * The bytes of a file this user wrote and nobody else may change (what a process runs or trusts
 * from its per-user folder); undefined for anything else, or when it cannot be read.
 */
export function readOwnFile(file: string, maxBytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes || (process.getuid && stat.uid !== process.getuid()) || (stat.mode & 0o022) !== 0) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Appends to a regular file (created if missing, 0600), never through a link. */
export function appendRegularFile(file: string, text: string): void {
  writeRegular(file, text, fs.constants.O_APPEND);
}

/** Replaces what a regular file holds (created if missing, 0600), never through a link; not atomic: for a few bytes nobody depends on. */
export function replaceRegularFile(file: string, text: string): void {
  writeRegular(file, text, fs.constants.O_TRUNC);
}

function writeRegular(file: string, text: string, how: number): void {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | how | fs.constants.O_CREAT | NO_FOLLOW | NON_BLOCK, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new WorkflowError(`${file} is a symbolic link; nothing was written to it`);
    throw error;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new WorkflowError(`${file} is not a regular file; nothing was written to it`);
    const bytes = Buffer.from(text);
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    fs.closeSync(fd);
  }
}
