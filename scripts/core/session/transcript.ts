// How full the context is, from a Claude Code session transcript (JSONL, one event a line, newest
// last). Hooks call this on every turn and transcripts reach hundreds of MB, so it reads backwards
// from the end with positioned reads: the cost depends on the bytes asked for, never on the size,
// and one long line (a pasted image, a huge tool result) is stepped over, not parsed.
import fs from 'node:fs';
import { contentChars, contextTokensOf, isCompactBoundary, isMainChain, parseReadingEntry } from './reading-entry.ts';
import type { ReadingEntry } from './transcript-entry.ts';
import { answersNewerLine, collectUuids, parentUuidOfHead } from './reply-order.ts';

/** First read of the usage scan: the newest usage line is almost always in the last few KB. */
export const USAGE_FIRST_CHUNK_BYTES = 64 * 1024;
/** Bytes of lines the usage scan parses at most; past it, estimating is cheaper than reading on. */
export const USAGE_MAX_BYTES = 8 * 1024 * 1024;
/** A line longer than this is stepped over: only its last bytes are looked at. */
export const LONG_LINE_BYTES = 4 * 1024 * 1024;
/** Bytes the scan may step over inside long lines, on top of USAGE_MAX_BYTES. */
const SKIP_MAX_BYTES = 1024 * 1024 * 1024;
const LONG_LINE_TAIL = 64 * 1024;
const SKIP_CHUNK = 1024 * 1024;
/** Tokens the system prompt and tools take, when the session's own first reply does not say. */
export const BASELINE_CONTEXT_TOKENS = 15_000;
/** Where the session's first reply is looked for, to learn its baseline. */
const HEAD_BYTES = 256 * 1024;
const CHARS_PER_TOKEN = 4;

export interface ContextUsage {
  tokens: number;
  /** `measured`: a usage figure; `estimated`: counted from text after a compaction or without usage; `unknown`: no readable transcript */
  kind: 'measured' | 'estimated' | 'unknown';
  /** model of the usage line (`message.model`, never `[1m]`); null for an estimate */
  model: string | null;
  /** `requestedModel` of the usage line (2.1.332+, keeps `[1m]`); null when absent */
  requestedModel: string | null;
  /** the Claude Code version that wrote the usage line */
  version: string | null;
  /** a compaction happened after the newest usage figure, so that figure no longer holds */
  sawCompactBoundary: boolean;
  /** bytes read from the file */
  bytesRead: number;
  /**
   * Bytes of the lines after the newest usage figure (Infinity past a line too long to hold): the
   * most tokens they can add to that figure, since a token is at least a byte.
   */
  bytesSince: number;
  /**
   * The newest main-chain message is the user's (a prompt or tool results), or the whole file holds
   * none yet: a reply Claude Code has announced (a Stop hook's input) is not written yet.
   */
  replyPending: boolean;
}

const NEWLINE = 0x0a;

function decodeLine(buf: Buffer, start: number, end: number): string {
  const line = buf.toString('utf8', start, end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function parsesAsJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function readFully(fd: number, buf: Buffer, length: number, position: number): number {
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

interface ReadCounter {
  bytesRead: number;
  /** bytes read while stepping over long lines */
  skipped: number;
}

/**
 * A line from the end: its text and its length in the file (without the newline), or for a line
 * over LONG_LINE_BYTES only its first and last bytes.
 */
type TailLine = { text: string; bytes: number; long: false } | { text: string; head: string; long: true };

/**
 * Complete lines from the end of the file backwards (newest first), reading chunks that grow
 * fourfold from `firstChunk` until `cap` bytes of lines have been read or the start of the file is
 * reached. A line over LONG_LINE_BYTES is not held: its last bytes are yielded as a long line and
 * the rest is stepped over in fixed chunks (at most SKIP_MAX_BYTES in all). The first line of the
 * window is dropped unless the window reaches the start of the file: it may be cut. The newest
 * line, when the file does not end in a newline, is kept only if it parses: Claude Code may be
 * writing it right now.
 */
function* linesFromEnd(fd: number, size: number, firstChunk: number, cap: number, counter: ReadCounter): Generator<TailLine> {
  let end = size;
  let carry = Buffer.alloc(0);
  let chunk = Math.max(1, firstChunk);
  let atNewestLine = true;
  /** the last bytes of a long line being stepped over */
  let longTail: string | null = null;
  while (end > 0 && counter.bytesRead - counter.skipped < Math.min(cap, size)) {
    const skipping = longTail !== null;
    if (skipping && counter.skipped >= SKIP_MAX_BYTES) return;
    const length = skipping ? Math.min(SKIP_CHUNK, end) : Math.min(chunk, end, cap - (counter.bytesRead - counter.skipped));
    const start = end - length;
    const buf = Buffer.allocUnsafe(length + (skipping ? 0 : carry.length));
    const got = readFully(fd, buf, length, start);
    counter.bytesRead += got;
    if (skipping) counter.skipped += got;
    if (got < length) return; // the file shrank under us: what was read no longer lines up
    if (!skipping) {
      carry.copy(buf, length);
      chunk *= 4;
    }
    end = start;
    let lineEnd = buf.length;
    let nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    if (skipping) {
      if (nl === -1) continue;
      const tail: string = longTail ?? '';
      longTail = null;
      atNewestLine = false;
      yield { text: tail, head: buf.toString('utf8', nl + 1, Math.min(buf.length, nl + 1 + LONG_LINE_TAIL)), long: true };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    while (nl !== -1) {
      const line = decodeLine(buf, nl + 1, lineEnd);
      const unterminated = atNewestLine;
      atNewestLine = false;
      if (line.trim() && (!unterminated || parsesAsJson(line))) yield { text: line, bytes: lineEnd - nl - 1, long: false };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    carry = buf.subarray(0, lineEnd);
    if (carry.length > LONG_LINE_BYTES) {
      // the line's end is what matters (an assistant line's usage is written last)
      longTail = decodeLine(carry, carry.length - LONG_LINE_TAIL, carry.length);
      if (atNewestLine) longTail = null; // a newest line this long and unterminated is still being written
      atNewestLine = false;
      carry = Buffer.alloc(0);
      longTail ??= '';
    }
  }
  if (end === 0 && carry.length > 0 && longTail === null) {
    const line = decodeLine(carry, 0, carry.length);
    if (line.trim() && (!atNewestLine || parsesAsJson(line))) yield { text: line, bytes: carry.length, long: false };
  }
}

function withTranscript<T>(file: string, fallback: T, read: (fd: number, size: number) => T): T {
  let fd: number;
  try {
    // a FIFO or a device named as the transcript would block or never end: regular files only
    if (!fs.statSync(file).isFile()) return fallback;
    fd = fs.openSync(file, 'r');
  } catch {
    return fallback; // no transcript yet, or not ours to read: nothing to say about it
  }
  try {
    return read(fd, fs.fstatSync(fd).size);
  } catch {
    return fallback;
  } finally {
    fs.closeSync(fd);
  }
}

/** The complete lines among the last `maxBytes` bytes of the file, oldest first; [] when missing. */
export function readTranscriptTail(file: string, maxBytes: number): string[] {
  if (!(maxBytes > 0)) return [];
  return withTranscript(file, [], (fd, size) =>
    [...linesFromEnd(fd, size, maxBytes, maxBytes, { bytesRead: 0, skipped: 0 })]
      .filter((line) => !line.long)
      .map((line) => line.text)
      .reverse(),
  );
}

/**
 * The usage of a main-chain assistant line too long to parse, from its first and last bytes: the
 * line's type and chain are near its start or end, the usage after the content, near the end.
 */
function usageFromLongLine(head: string, tail: string): number | null {
  const ends = head + tail;
  if (!ends.includes('"type":"assistant"') || /"isSidechain":\s*true/.test(head) || ends.includes('"model":"<synthetic>"')) return null;
  const at = tail.lastIndexOf('"usage":{');
  if (at === -1) return null;
  const usage = tail.slice(at, at + 600);
  const figure = (name: string) => Number(new RegExp(`"${name}":(\\d+)`).exec(usage)?.[1] ?? 0);
  if (!usage.includes('"input_tokens"')) return null;
  return figure('input_tokens') + figure('cache_creation_input_tokens') + figure('cache_read_input_tokens');
}

/** Whose message a line is, when it is a main-chain message (Claude Code's meta lines are no one's). */
function whoseMessage(entry: ReadingEntry): 'user' | 'assistant' | null {
  if (!isMainChain(entry) || entry.isMeta === true) return null;
  return entry.type === 'user' || entry.type === 'assistant' ? entry.type : null;
}

/** The same for a line too long to parse, from its first bytes (where Claude Code writes these fields). */
function whoseLongLine(head: string): 'user' | 'assistant' | null {
  if (/"isSidechain":\s*true/.test(head) || /"isMeta":\s*true/.test(head)) return null;
  return head.includes('"type":"user"') ? 'user' : head.includes('"type":"assistant"') ? 'assistant' : null;
}

/**
 * What the context holds before any conversation (system prompt, tools, memory files), as this
 * session measured it: the smallest figure among its first replies; a fixed guess without one.
 */
function sessionBaseline(fd: number, size: number): number {
  const length = Math.min(HEAD_BYTES, size);
  const buf = Buffer.allocUnsafe(length);
  const got = readFully(fd, buf, length, 0);
  const lines = buf.toString('utf8', 0, got).split('\n');
  if (got < size) lines.pop(); // cut
  let smallest = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (!line.includes('"usage"')) continue;
    const entry = parseReadingEntry(line);
    const tokens = entry ? contextTokensOf(entry) : null;
    if (tokens) smallest = Math.min(smallest, tokens);
  }
  return Number.isFinite(smallest) ? smallest : BASELINE_CONTEXT_TOKENS;
}

function textTokens(linesNewestFirst: string[], withSummary = true): number {
  let chars = 0;
  for (const line of linesNewestFirst) {
    const entry = parseReadingEntry(line);
    if (!entry || (!withSummary && entry.isCompactSummary)) continue;
    if ((entry.type === 'user' || entry.type === 'assistant') && isMainChain(entry)) chars += contentChars(entry);
  }
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

/** The usage of a session without a transcript to read. */
export const NO_USAGE: ContextUsage = {
  tokens: 0,
  kind: 'unknown',
  model: null,
  requestedModel: null,
  version: null,
  sawCompactBoundary: false,
  bytesRead: 0,
  bytesSince: 0,
  replyPending: false,
};

/**
 * How many tokens the context holds now: the usage Claude Code recorded for the newest main-chain
 * API reply. After a compaction that came later, it is estimated: the session's baseline plus
 * Claude Code's own `postTokens` and the text since (or the summary's text when there is none). With no usage within `maxBytes` of the end, it is estimated from the text read;
 * with no readable transcript it is unknown.
 */
export function readContextUsage(file: string, options: { firstChunkBytes?: number; maxBytes?: number } = {}): ContextUsage {
  const firstChunk = options.firstChunkBytes ?? USAGE_FIRST_CHUNK_BYTES;
  const cap = options.maxBytes ?? USAGE_MAX_BYTES;
  const counter: ReadCounter = { bytesRead: 0, skipped: 0 };
  /** whose the newest main-chain message is, once a line has told */
  let newest: 'user' | 'assistant' | null = null;
  let bytesSince = 0;
  const result = (tokens: number, kind: ContextUsage['kind'], sawCompactBoundary: boolean, entry?: ReadingEntry): ContextUsage => ({
    tokens,
    kind,
    model: entry?.message?.model ?? null,
    requestedModel: entry?.requestedModel ?? null,
    version: entry?.version ?? null,
    sawCompactBoundary,
    bytesRead: counter.bytesRead,
    bytesSince,
    replyPending: newest === 'user',
  });
  const unknown = result(0, 'unknown', false);
  return withTranscript(file, unknown, (fd, size) => {
    if (size === 0) return unknown;
    const newer: string[] = [];
    let longSeen = false;
    // ids of the lines newer than the one being read, while the newest message may be a prompt
    const newerIds = new Set<string>();
    for (const line of linesFromEnd(fd, size, firstChunk, cap, counter)) {
      if (line.long) {
        const tokens = usageFromLongLine(line.head, line.text);
        newest ??= tokens !== null ? 'assistant' : whoseLongLine(line.head);
        if (tokens !== null) {
          if (newest === 'user' && answersNewerLine(parentUuidOfHead(line.head), newerIds)) newest = 'assistant';
          return result(tokens, 'measured', false);
        }
        if (newest !== 'assistant') collectUuids(line.head, newerIds);
        longSeen = true;
        bytesSince = Number.POSITIVE_INFINITY;
        continue;
      }
      // Most lines are tool output; only these substrings can start a line that matters here, so
      // the rest are kept unparsed in case an estimate needs them.
      const counts = line.text.includes('"usage"') || line.text.includes('compact_boundary');
      const tells = newest === null && (line.text.includes('"type":"user"') || line.text.includes('"type":"assistant"'));
      const entry = counts || tells ? parseReadingEntry(line.text) : null;
      if (tells && entry) newest = whoseMessage(entry);
      if (counts) {
        if (entry && isCompactBoundary(entry)) {
          // postTokens (2.1.197 and 2.1.332 alike) counts what the compaction kept (the summary and
          // any preserved messages), not the system prompt and tools: the session's baseline adds those
          const post = entry.compactMetadata?.postTokens;
          const kept = typeof post === 'number' ? post + textTokens(newer, false) : textTokens(newer);
          return result(sessionBaseline(fd, size) + kept, 'estimated', true);
        }
        const tokens = entry ? contextTokensOf(entry) : null;
        if (entry && tokens !== null) {
          if (newest === 'user' && answersNewerLine(entry.parentUuid, newerIds)) newest = 'assistant';
          return result(tokens, 'measured', false, entry);
        }
      }
      if (newest !== 'assistant') collectUuids(line.text, newerIds);
      newer.push(line.text);
      bytesSince += line.bytes + 1;
    }
    // the whole file read and no message in it: Claude Code has not written this turn yet
    if (counter.bytesRead >= size) newest ??= 'user';
    if (newer.length === 0 && !longSeen) return result(0, 'unknown', false);
    return result(sessionBaseline(fd, size) + textTokens(newer), 'estimated', false);
  });
}
