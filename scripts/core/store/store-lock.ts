// One writer at a time per folder of the store, across processes: a `.lock` file made with
// O_EXCL that names its holder (pid, host). A lock whose holder is gone is stale at once: a pid
// of this host that no longer runs; otherwise (another host, an unreadable file) after
// LOCK_STALE_MS, and one of a live pid after 5 minutes (the pid may have been reused). Breaking
// a stale lock is itself serialised, so that two waiters never remove a lock a third just took.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { isRunning, sleepSync as pause } from '../shared/processes.ts';

export const LOCK_FILE = '.lock';
export const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 10_000;
const BREAK_STALE_MS = 5_000;
const LIVE_HOLDER_MAX_MS = 5 * 60_000;
const FILE_MODE = 0o600;

function holderText(): string {
  return `${process.pid} ${os.hostname()} ${new Date().toISOString()}\n`;
}

/** Whether the lock with this text (read now, `mtimeMs` old) has no live holder. */
function isStale(text: string, mtimeMs: number): boolean {
  const [pid, host] = text.trim().split(' ');
  const holder = Number(pid);
  const age = Date.now() - mtimeMs;
  // a live pid may be another process that took the number of a dead holder: no save lasts minutes
  if (host === os.hostname() && Number.isInteger(holder) && holder > 0) return !isRunning(holder) || age > LIVE_HOLDER_MAX_MS;
  return age > LOCK_STALE_MS;
}

function readLock(lock: string): { text: string; mtimeMs: number } | null {
  try {
    const stat = fs.lstatSync(lock);
    if (!stat.isFile() || stat.size > 256) return { text: '', mtimeMs: stat.mtimeMs };
    return { text: fs.readFileSync(lock, 'utf8'), mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

/** Removes `lock` if it is still the stale one that was read, under a lock of its own; false when another waiter is at it. */
function breakStaleLock(lock: string, seen: string): boolean {
  const breaker = `${lock}.break`;
  try {
    fs.writeFileSync(breaker, holderText(), { flag: 'wx', mode: FILE_MODE });
  } catch {
    // another waiter is breaking it; a breaker that died leaves its file, gone after a while
    const left = readLock(breaker);
    if (left && Date.now() - left.mtimeMs > BREAK_STALE_MS) fs.rmSync(breaker, { force: true });
    return false;
  }
  try {
    const now = readLock(lock);
    if (now && now.text === seen) fs.rmSync(lock, { force: true });
    return true;
  } finally {
    fs.rmSync(breaker, { force: true });
  }
}

/** Serialises read-modify-write cycles on one folder of the store across processes. */
export function withLock<T>(dir: string, fn: () => T): T {
  const lock = path.join(dir, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(lock, holderText(), { flag: 'wx', mode: FILE_MODE });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = readLock(lock);
      // a holder that is gone never makes a waiter fail: its lock is broken and the wait goes on
      if (held && isStale(held.text, held.mtimeMs)) {
        if (!breakStaleLock(lock, held.text)) pause(5);
        continue;
      }
      if (Date.now() > deadline) {
        throw new WorkflowError(`${lock} is held by another process (${held?.text.trim() || 'unknown'}); try again once it is done`);
      }
      pause(10 + Math.floor(Math.random() * 20));
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
