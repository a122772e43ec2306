// An interval checkpoint that a Stop hook handed to a process of its own runs while Claude Code
// goes on. Its pid is kept in the session's runtime folder until it is done, and whatever else
// saves the session's workflow (a milestone, a compaction, the session's end) waits for it first:
// an older save must not land after a newer one, nor renew the lease the session's end released.
import fs from 'node:fs';
import path from 'node:path';
import { isRunning, sleepSync } from '../shared/processes.ts';
import { logHookProblem } from './hook-log.ts';
import { sessionFile } from './session-runtime.ts';

const SUFFIX = '.checkpointing';
const POLL_MS = 10;
/** a save takes a fraction of a second: a mark this old names a pid that was reused */
const STALE_MS = 60_000;

/** Records that process `pid` is saving the checkpoint of `sessionId`. */
export function markCheckpointInFlight(env: NodeJS.ProcessEnv, sessionId: string, pid: number): void {
  const file = sessionFile(env, sessionId, SUFFIX);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${pid}\n`, { mode: 0o600 });
}

/** The checkpoint process's last step: the mark goes, if it is still its own. */
export function clearCheckpointInFlight(env: NodeJS.ProcessEnv, sessionId: string, pid: number): void {
  const file = sessionFile(env, sessionId, SUFFIX);
  if (readPid(file) === pid) fs.rmSync(file, { force: true });
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The pid of the process saving now, or null: no mark, an unreadable one, a pid gone or stale. */
function runningSaver(file: string): number | null {
  let age: number;
  try {
    age = Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const pid = readPid(file);
  return pid !== null && pid !== process.pid && age < STALE_MS && isRunning(pid) ? pid : null;
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
  logHookProblem(env, waiter, `the checkpoint saving in the background (process ${saver}) was still running after ${maxMs} ms: went on without it`);
  return 'still running';
}
