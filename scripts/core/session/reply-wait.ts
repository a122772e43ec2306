// A Stop hook is told of Claude's reply (last_assistant_message) before the transcript may hold it:
// the reading waits for it, in the hook and in the quiet-turn check alike.
import fs from 'node:fs';
import { sleepSync } from '../shared/processes.ts';
import { readContextUsage, type ContextUsage } from './transcript.ts';

/**
 * How long a Stop hook waits for the reply it was told of to reach the transcript. Claude Code
 * runs Stop before its transcript writes land, now and then: measured 5–40 ms late on 2.1.197 and
 * 2.1.332 on an idle machine, longer under load. Past this the hook measures what is there.
 */
export const REPLY_WAIT_MS = 2_000;
const REPLY_POLL_MS = 10;

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return -1;
  }
}

/**
 * The transcript's usage once it holds the reply a Stop hook was told of, polling its size for at
 * most `waitMs`; `late` says the reply never came (the reading is then the turn before's).
 */
export function readUsageWithReply(file: string, waitMs: number): { usage: ContextUsage; late: boolean } {
  let usage = readContextUsage(file);
  if (!usage.replyPending || waitMs <= 0) return { usage, late: false };
  const until = Date.now() + waitMs;
  let size = sizeOf(file);
  while (Date.now() < until) {
    sleepSync(REPLY_POLL_MS);
    const now = sizeOf(file);
    if (now === size) continue;
    size = now;
    usage = readContextUsage(file);
    if (!usage.replyPending) return { usage, late: false };
  }
  return { usage, late: true };
}
