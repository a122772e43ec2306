// A checkpoint that a hook handed to a process of its own (Stop's on the interval, PreCompact's)
// runs while Claude Code goes on. Its pid is kept in the session's runtime folder until it is done, and whatever else
// saves the session's workflow (a milestone, a compaction, the session's end) waits for it first:
// an older save must not land after a newer one, nor renew the lease the session's end released.
import fs from 'node:fs';
import path from 'node:path';
import { isRunning, sleepSync } from '../shared/processes.ts';
import { replaceRegularFile, withRegularFile } from '../shared/safe-fs.ts';
import { logOwnNotice } from './hook-log-file.ts';
import { sessionFile } from './session-files.ts';

/** The variable that carries a BackgroundCheckpointRequest, as JSON, to the process that saves it. */
export const BACKGROUND_REQUEST_VARIABLE = 'WORKFLOW_BACKGROUND_CHECKPOINT';

const SUFFIX = '.checkpointing';
const POLL_MS = 10;
/** a save takes a fraction of a second: a mark this old names a pid that was reused */
const STALE_MS = 60_000;
/** How long a save waits for the session's checkpoint running in the background (it takes a fraction of a second). */
export const IN_FLIGHT_WAIT_MS = 2_000;

/** Records that process `pid` is saving the checkpoint of `sessionId`; a mark that cannot be written only means nobody waits for it. */
export function markCheckpointInFlight(env: NodeJS.ProcessEnv, sessionId: string, pid: number): void {
  const file = sessionFile(env, sessionId, SUFFIX);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    replaceRegularFile(file, `${pid}\n`);
  } catch {
    // a full disk, a read-only home, a link or a special file at its name
  }
}

/** The checkpoint process's last step: the mark goes, if it is still its own. */
export function clearCheckpointInFlight(env: NodeJS.ProcessEnv, sessionId: string, pid: number): void {
  const file = sessionFile(env, sessionId, SUFFIX);
  if (readMark(file)?.pid === pid) fs.rmSync(file, { force: true });
}

/** The pid a mark names and how old it is; null for none, a link, a special file, or anything else but a pid. */
function readMark(file: string): { pid: number; ageMs: number } | null {
  return withRegularFile(file, null, (fd, size) => {
    if (size > 32) return null;
    const pid = Number(fs.readFileSync(fd, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? { pid, ageMs: Date.now() - fs.fstatSync(fd).mtimeMs } : null;
  });
}

/** The pid of the process saving now, or null: no mark, an unreadable one, a pid gone or stale. */
function runningSaver(file: string): number | null {
  const mark = readMark(file);
  return mark !== null && mark.pid !== process.pid && mark.ageMs < STALE_MS && isRunning(mark.pid) ? mark.pid : null;
}

/**
 * Waits (at most `maxMs`) for a checkpoint of `sessionId` that runs in the background. Returns
 * what it found: none running, one that finished while waiting, or one still running, which is
 * also written to the hook log under `waiter` (the hook that goes on without it).
 */
export function awaitCheckpointInFlight(env: NodeJS.ProcessEnv, sessionId: string, maxMs: number, waiter: string): 'none' | 'finished' | 'still running' {
  const file = sessionFile(env, sessionId, SUFFIX);
  const saver = runningSaver(file);
  if (saver === null) return 'none';
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    sleepSync(POLL_MS);
    if (runningSaver(file) === null) return 'finished';
  }
  logOwnNotice(env, waiter, `the checkpoint saving in the background (process ${saver}) was still running after ${maxMs} ms: went on without it`);
  return 'still running';
}
