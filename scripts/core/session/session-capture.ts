// The whole session, mined at a cost that does not grow with it: a per-session file keeps a
// cursor into the transcript (and into each subagent's file) and the facts mined so far, and each
// call reads only the bytes appended since. A cursor that no longer fits (the file shrank or was
// rewritten) starts over; a file far behind is read from its last READ_BUDGET bytes only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { parseEntry } from './transcript-entry.ts';
import { countUnreadable, factsOf, mineEntry, mineLongLineHead, type MinedFacts } from './transcript-miner.ts';
import { MinerState, newMinerState } from './transcript-miner-state.ts';
import { readSessionFile, writeSessionFile } from '../runtime/session-files.ts';

/** Bytes one call reads at most per file: a checkpoint stays bounded on a 1 GB transcript. */
const READ_BUDGET = 128 * 1024 * 1024;
const CHUNK = 1024 * 1024;
/** A line this long is not parsed: its head is scanned for file edits, the rest skipped. */
export const LONG_LINE_BYTES = 4 * 1024 * 1024;
const LONG_LINE_HEAD = 64 * 1024;
/** Bytes before the cursor that must be unchanged for the cursor to still fit. */
const FINGERPRINT_BYTES = 256;
const MAX_SUBAGENT_FILES = 200;
const CAPTURE_VERSION = 1;

const Cursor = z.object({
  offset: z.number(),
  fingerprint: z.string(),
  /** bytes never read because the file was too far behind */
  skipped: z.number(),
});
type Cursor = z.infer<typeof Cursor>;

const Capture = z.object({
  version: z.literal(CAPTURE_VERSION),
  transcript: z.string(),
  cursors: z.record(z.string(), Cursor),
  miner: MinerState,
});
type Capture = z.infer<typeof Capture>;

export interface SessionCapture {
  facts: MinedFacts;
  state: MinerState;
  /** how far back the capture reaches: bytes read over the session's life, bytes skipped */
  coverage: { files: number; skipped_bytes: number };
}

function fingerprintAt(fd: number, offset: number): string {
  const length = Math.min(FINGERPRINT_BYTES, offset);
  const buf = Buffer.alloc(length);
  fs.readSync(fd, buf, 0, length, offset - length);
  return createHash('sha1').update(buf).digest('hex');
}

/**
 * Mines the complete lines of `file` from the cursor on (at most READ_BUDGET bytes) and returns
 * the new cursor. A line still being written (no newline yet) waits for the next call.
 */
function mineFile(file: string, cursor: Cursor | undefined, miner: MinerState, main: boolean, budget: number): Cursor | undefined {
  let fd: number;
  try {
    // only a regular file is read: a FIFO or a device named as a transcript would hang or never end
    if (!fs.statSync(file).isFile()) return cursor;
    fd = fs.openSync(file, 'r');
  } catch {
    return cursor;
  }
  try {
    const size = fs.fstatSync(fd).size;
    let start = cursor?.offset ?? 0;
    let skipped = cursor?.skipped ?? 0;
    if (cursor && (size < start || fingerprintAt(fd, start) !== cursor.fingerprint)) {
      // rewritten under us: what was mined no longer describes this file
      Object.assign(miner, newMinerState());
      start = 0;
      skipped = 0;
    }
    if (size - start > budget) {
      skipped += size - budget - start;
      start = size - budget;
      start = nextLineStart(fd, start, size);
    }
    const end = readLines(fd, start, size, (line, long) => {
      if (long !== null) {
        countUnreadable(miner, true);
        mineLongLineHead(miner, long, main);
        return;
      }
      const entry = parseEntry(line);
      if (entry) mineEntry(miner, entry, main);
      else countUnreadable(miner, false);
    });
    return { offset: end, fingerprint: fingerprintAt(fd, end), skipped };
  } catch {
    return cursor;
  } finally {
    fs.closeSync(fd);
  }
}

/** The offset just after the next newline at or after `from` (the start of a whole line). */
function nextLineStart(fd: number, from: number, size: number): number {
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (let at = from; at < size; at += buf.length) {
    const got = fs.readSync(fd, buf, 0, Math.min(buf.length, size - at), at);
    const nl = buf.subarray(0, got).indexOf(0x0a);
    if (nl !== -1) return at + nl + 1;
  }
  return size;
}

/**
 * Calls `onLine` for each complete line in [start, size): the line's text, or, for a line over
 * LONG_LINE_BYTES, null text and its head. Returns the offset after the last complete line.
 */
function readLines(fd: number, start: number, size: number, onLine: (line: string, longHead: string | null) => void): number {
  const buf = Buffer.allocUnsafe(CHUNK);
  let parts: Buffer[] = [];
  let partBytes = 0;
  let longHead: string | null = null;
  let lineStart = start;
  for (let at = start; at < size; ) {
    const got = fs.readSync(fd, buf, 0, Math.min(CHUNK, size - at), at);
    if (got === 0) break;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, 0); nl !== -1 && nl < got; nl = buf.indexOf(0x0a, from)) {
      const piece = buf.subarray(from, nl);
      if (longHead !== null) onLine('', longHead);
      else {
        const line = partBytes > 0 ? Buffer.concat([...parts, piece]).toString('utf8') : piece.toString('utf8');
        if (line.trim()) onLine(line, null);
      }
      parts = [];
      partBytes = 0;
      longHead = null;
      from = nl + 1;
      lineStart = at + from;
    }
    if (from < got) {
      const rest = buf.subarray(from, got);
      if (longHead === null) {
        parts.push(Buffer.from(rest));
        partBytes += rest.length;
        if (partBytes > LONG_LINE_BYTES) {
          // too long to hold: keep its head for the scan, drop the rest as it streams past
          longHead = Buffer.concat(parts).subarray(0, LONG_LINE_HEAD).toString('utf8');
          parts = [];
        }
      }
    }
    at += got;
  }
  return lineStart;
}

function subagentFiles(transcript: string): string[] {
  const dir = path.join(transcript.replace(/\.jsonl$/, ''), 'subagents');
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /^agent-[\w-]+\.jsonl$/.test(entry.name))
      .map((entry) => path.join(dir, entry.name))
      .sort()
      .slice(0, MAX_SUBAGENT_FILES);
  } catch {
    return [];
  }
}

function readCapture(env: NodeJS.ProcessEnv, sessionId: string, transcript: string): Capture {
  const parsed = Capture.safeParse(readSessionFile(env, sessionId, '.capture.json'));
  // another transcript (a fork, a moved file) or an older layout: mine afresh
  return parsed.success && parsed.data.transcript === transcript ? parsed.data : emptyCapture(transcript);
}

function emptyCapture(transcript: string): Capture {
  return { version: CAPTURE_VERSION, transcript, cursors: {}, miner: newMinerState() };
}

/**
 * Brings the session's capture up to date with its transcript and subagent files, and returns
 * what it holds. Without a session id the transcript is mined from scratch and nothing is kept.
 */
export function captureSession(
  env: NodeJS.ProcessEnv,
  sessionId: string | null,
  transcript: string,
  options: { readBudget?: number } = {},
): SessionCapture {
  const capture = sessionId ? readCapture(env, sessionId, transcript) : emptyCapture(transcript);
  const files = [transcript, ...subagentFiles(transcript)];
  for (const file of files) {
    const next = mineFile(file, capture.cursors[file], capture.miner, file === transcript, options.readBudget ?? READ_BUDGET);
    if (next) capture.cursors[file] = next;
  }
  if (sessionId) {
    try {
      writeSessionFile(env, sessionId, '.capture.json', capture);
    } catch {
      // a capture that cannot be kept is mined again next time: slower, never wrong
    }
  }
  return {
    facts: factsOf(capture.miner),
    state: capture.miner,
    coverage: { files: Object.keys(capture.cursors).length, skipped_bytes: Object.values(capture.cursors).reduce((sum, c) => sum + c.skipped, 0) },
  };
}
