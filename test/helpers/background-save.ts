// A Stop hook hands an interval checkpoint to a process of its own and returns (hook-process.ts).
// Tests that read what it saved wait for it first: the session's `.checkpointing` mark goes when
// that process exits, after the state and its compiled code are written.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from '../../scripts/core/shared/processes.ts';

const WAIT_MS = 15_000;

/**
 * Resolves once no checkpoint of `sessionId` is saving in the background. Returns whether one
 * still was when this looked (false also for one that was already done).
 */
export async function awaitBackgroundSave(runtimeDir: string, sessionId: string): Promise<boolean> {
  const mark = path.join(runtimeDir, 'sessions', `${sessionId}.checkpointing`);
  const until = Date.now() + WAIT_MS;
  let pid: number | null = null;
  while (fs.existsSync(mark)) {
    pid ??= Number(fs.readFileSync(mark, 'utf8')) || null;
    if (Date.now() > until) throw new Error(`the checkpoint saving in the background still marks ${mark} after ${WAIT_MS} ms`);
    await sleep(5);
  }
  while (pid !== null && isRunning(pid)) {
    if (Date.now() > until) throw new Error(`the background checkpoint process ${pid} still runs after ${WAIT_MS} ms`);
    await sleep(5);
  }
  return pid !== null;
}

/**
 * Resolves once no checkpoint of any session under `runtimeDir` is saving in the background (a
 * mark of a process that is gone does not count): what a finished Claude Code run left to do.
 */
export async function awaitAllBackgroundSaves(runtimeDir: string): Promise<void> {
  const sessions = path.join(runtimeDir, 'sessions');
  const marked = fs.existsSync(sessions) ? fs.readdirSync(sessions).filter((name) => name.endsWith('.checkpointing')) : [];
  for (const name of marked) {
    const pid = Number(fs.readFileSync(path.join(sessions, name), 'utf8')) || null;
    if (pid !== null && isRunning(pid)) await awaitBackgroundSave(runtimeDir, name.slice(0, -'.checkpointing'.length));
  }
}
