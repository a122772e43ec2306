// A Stop hook is told of Claude's reply (last_assistant_message) before the transcript may hold it:
// the reading waits for it when it could matter, in the hook and in the quiet-turn check alike.
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

/** What a Stop hook waits for: nothing, the reply in the transcript, or the transcript itself too. */
export interface ReplyWait {
  waitMs: number;
  /**
   * A transcript not there yet (or still empty) is waited for as well. On a session's first turn
   * the interactive UI of 2.1.197 starts Stop while it is still creating the file (measured: gone
   * 4–6 ms into Stop, written 10–50 ms later). Elsewhere a missing file may never come: print mode
   * with --no-session-persistence names one it never writes (both versions, measured); in the
   * terminal UI one that cannot be written (a read-only or full disk) is waited for once.
   */
  forFile: boolean;
}

export const NO_REPLY_WAIT: ReplyWait = { waitMs: 0, forFile: false };

/**
 * The wait for this Stop: for the reply it was told of, if any; for the file too in the terminal
 * UI (Claude Code's CLAUDE_CODE_ENTRYPOINT is `cli` there, `sdk-…` in print mode and the SDKs),
 * unless this session once waited for its transcript in vain.
 */
export function replyWaitOf(replyAnnounced: boolean, env: NodeJS.ProcessEnv, transcriptAbsent: boolean): ReplyWait {
  if (!replyAnnounced) return NO_REPLY_WAIT;
  return { waitMs: REPLY_WAIT_MS, forFile: env.CLAUDE_CODE_ENTRYPOINT === 'cli' && !transcriptAbsent };
}

function sizeOf(file: string): number {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.size : -1;
  } catch {
    return -1;
  }
}

// The quiet-turn check and the hook it hands a turn to run in one process, from separate bundles:
// the wait's end is kept on the global object, so a reply the check waited for in vain is not
// waited for again by the hook (measured: 2 s, then 2 s more, before the hook spoke).
const UNTIL: unique symbol = Symbol.for('claude-workflow.reply-wait-until');
const holder: typeof globalThis & { [UNTIL]?: { file: string; until: number } } = globalThis;

function waitUntil(file: string, waitMs: number): number {
  const started = holder[UNTIL];
  if (started?.file === file) return started.until;
  const until = Date.now() + waitMs;
  holder[UNTIL] = { file, until };
  return until;
}

export interface ReplyReading {
  usage: ContextUsage;
  /** the reply never came: the reading is the turn before's */
  late: boolean;
  /** the transcript was still missing or empty when the wait for it ended */
  absent: boolean;
}

/**
 * The largest max_tokens Claude Code asks for (measured: 128,000 for 2.1.332's default model;
 * 64,000 or 32,000 for the others on 2.1.197 and 2.1.332). A reply's thinking and text together
 * stay under it, unless CLAUDE_CODE_MAX_OUTPUT_TOKENS asks for more.
 */
const REPLY_OUTPUT_MAX_TOKENS = 128_000;

/**
 * The most a reply not written yet can add to the newest usage figure: the lines written since
 * that figure (a prompt, tool results) and the reply's own output.
 */
export function replyReachTokens(usage: Pick<ContextUsage, 'bytesSince'>, env: NodeJS.ProcessEnv): number {
  const asked = Number(env.CLAUDE_CODE_MAX_OUTPUT_TOKENS);
  return usage.bytesSince + (Number.isFinite(asked) ? Math.max(asked, REPLY_OUTPUT_MAX_TOKENS) : REPLY_OUTPUT_MAX_TOKENS);
}

/**
 * The transcript's usage once it holds the reply a Stop hook was told of, polling its size for at
 * most `wait.waitMs` in all in this process. A reply `worthWaiting` says cannot matter is not
 * waited for: given the usage measured without it, it answers whether the reply could change what
 * the turn does.
 */
export function readUsageWithReply(file: string, wait: ReplyWait, worthWaiting: (without: ContextUsage) => boolean = () => true): ReplyReading {
  let usage = readContextUsage(file);
  if (wait.waitMs <= 0 || !(usage.replyPending || wait.forFile)) return { usage, late: false, absent: false };
  let size = sizeOf(file);
  const pending = () => usage.replyPending || (wait.forFile && size <= 0);
  if (!pending()) return { usage, late: false, absent: false };
  // only a figure measured before the reply bounds what the reply can bring
  if (usage.kind === 'measured' && !worthWaiting(usage)) return { usage, late: false, absent: false };
  const until = waitUntil(file, wait.waitMs);
  while (Date.now() < until) {
    sleepSync(REPLY_POLL_MS);
    const now = sizeOf(file);
    if (now === size) continue;
    size = now;
    usage = readContextUsage(file);
    if (!pending()) return { usage, late: false, absent: false };
  }
  return { usage, late: true, absent: size <= 0 };
}
