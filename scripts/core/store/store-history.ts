// A workflow's history.jsonl: one JSON line per event, appended under the workflow's lock,
// compacted when it grows large (the oldest checkpoints go first), and read from its end where
// only the newest entry of a kind is wanted.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { WorkflowError } from '../shared/errors.ts';
import { redactText } from '../redact/redact.ts';
import { appendRegularFile, READ_CAPS, readRegularText, withRegularFile } from '../shared/safe-fs.ts';
import { HistoryEntry } from '../schemas.ts';
import { SCHEMA_VERSION } from '../shared/state-fields.ts';
import { withLock } from './store-lock.ts';
import { STORE_FILES, workflowDir } from './store.ts';

const HISTORY_FILE = STORE_FILES.history;

export function appendHistory(storeDir: string, id: string, entry: HistoryEntry): void {
  const file = path.join(workflowDir(storeDir, id), HISTORY_FILE);
  // a line torn by a crash must not swallow this one: start on a fresh line
  const separator = endsMidLine(file) ? '\n' : '';
  // one write of one short line with O_APPEND: concurrent appenders never interleave. The version
  // stamp is not part of HistoryEntry, so readers (and older plugins) that do not know it drop it.
  const parsed = HistoryEntry.parse(entry);
  // the log is pushed and exported with the workflow: no secret may reach it, whoever built the entry
  const line = { ...parsed, summary: redactText(parsed.summary).text, schema_version: SCHEMA_VERSION };
  try {
    // under the workflow's lock: a compaction must not drop a line appended while it ran
    withLock(path.dirname(file), () => {
      appendRegularFile(file, `${separator}${JSON.stringify(line)}\n`);
      compactHistoryIfLarge(file);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    throw new WorkflowError(`the state of ${id} is saved, but its history line is not: the disk is full`);
  }
}

/** Past this size the history is compacted (about 10,000 lines). */
const HISTORY_COMPACT_BYTES = 2 * 1024 * 1024;
const HISTORY_COMPACT_READ_BYTES = 16 * 1024 * 1024;
/** What a compaction keeps: the newest checkpoints, and the newest of the other events. */
const KEEP_CHECKPOINTS = 1_000;
const KEEP_OTHER_EVENTS = 5_000;

/**
 * Bounds history.jsonl: checkpoints (one every few minutes of a long session) are most of it, so
 * the oldest of them go first; handoffs, resumes, pauses and the life-cycle events are kept, up
 * to the newest 5,000. Lines stay in their order; `log` reads the result like any history.
 */
function compactHistoryIfLarge(file: string): void {
  const size = fs.lstatSync(file).size;
  if (size <= HISTORY_COMPACT_BYTES) return;
  // a history grown huge elsewhere (an older plugin, a crafted store) is compacted from its end
  const from = Math.max(0, size - HISTORY_COMPACT_READ_BYTES);
  const tail = withRegularFile(file, Buffer.alloc(0), (fd) => {
    const bytes = Buffer.alloc(size - from);
    fs.readSync(fd, bytes, 0, bytes.length, from);
    return bytes;
  });
  if (tail.length === 0) return; // not a regular file any more: nothing to compact, nothing lost
  const lines = tail.toString('utf8').split('\n').slice(from > 0 ? 1 : 0).filter((line) => line.trim());
  const isCheckpoint = lines.map((line) => line.includes('"event":"checkpoint"'));
  let checkpoints = isCheckpoint.filter(Boolean).length - KEEP_CHECKPOINTS;
  let others = isCheckpoint.filter((c) => !c).length - KEEP_OTHER_EVENTS;
  const kept = lines.filter((_, i) => {
    if (isCheckpoint[i]) return checkpoints-- <= 0;
    return others-- <= 0;
  });
  writeFileAtomic(file, `${kept.join('\n')}\n`);
}

/**
 * The newest handoff entry of a workflow, read from the end of its history: a resume stays fast
 * however long the history is.
 */
export function lastHandoffEntry(storeDir: string, id: string): HistoryEntry | undefined {
  const file = path.join(workflowDir(storeDir, id), HISTORY_FILE);
  return withRegularFile<HistoryEntry | undefined>(file, undefined, (fd, size) => {
    const chunk = 256 * 1024;
    let end = size;
    // bytes of a line that starts in an earlier chunk (kept as bytes: a character may be split)
    let carry = Buffer.alloc(0);
    while (end > 0) {
      const start = Math.max(0, end - chunk);
      const read = Buffer.alloc(end - start);
      fs.readSync(fd, read, 0, read.length, start);
      let bytes = Buffer.concat([read, carry]);
      let stop = bytes.length;
      for (let at = bytes.lastIndexOf(0x0a, stop - 1); at !== -1; at = bytes.lastIndexOf(0x0a, stop - 1)) {
        const line = bytes.subarray(at + 1, stop).toString('utf8');
        if (line.includes('"event":"handoff"')) {
          const [entry] = parseHistory(line);
          if (entry?.event === 'handoff') return entry;
        }
        stop = at;
        if (stop === 0) break;
      }
      bytes = bytes.subarray(0, stop);
      carry = start > 0 ? bytes : Buffer.alloc(0);
      if (start === 0) {
        const [entry] = parseHistory(bytes.toString('utf8'));
        return entry?.event === 'handoff' ? entry : undefined;
      }
      end = start;
    }
    return undefined;
  });
}

function endsMidLine(file: string): boolean {
  return withRegularFile(file, false, (fd, size) => {
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  });
}

export function readHistory(storeDir: string, id: string): HistoryEntry[] {
  let text: string;
  try {
    text = readRegularText(path.join(workflowDir(storeDir, id), HISTORY_FILE), READ_CAPS.history);
  } catch {
    return [];
  }
  return parseHistory(text);
}

/** The entries of a history.jsonl text (also the copy an archive holds). */
export function parseHistory(text: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = HistoryEntry.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
    } catch {
      // a torn last line from a crash is skipped, not fatal
    }
  }
  return entries;
}
