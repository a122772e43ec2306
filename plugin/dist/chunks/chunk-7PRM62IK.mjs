import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  STORE_FILES,
  withLock,
  workflowDir,
  writeFileAtomic
} from "./chunk-RKD4ZUVQ.mjs";
import {
  redactText
} from "./chunk-W7FPXRNX.mjs";
import {
  HistoryEntry,
  SCHEMA_VERSION
} from "./chunk-65YYEQP7.mjs";
import {
  READ_CAPS,
  appendRegularFile,
  readRegularText,
  withRegularFile
} from "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/store-history.ts
import fs from "node:fs";
import path from "node:path";
var HISTORY_FILE = STORE_FILES.history;
function appendHistory(storeDir, id, entry) {
  const file = path.join(workflowDir(storeDir, id), HISTORY_FILE);
  const separator = endsMidLine(file) ? "\n" : "";
  const parsed = HistoryEntry.parse(entry);
  const line = { ...parsed, summary: redactText(parsed.summary).text, schema_version: SCHEMA_VERSION };
  try {
    withLock(path.dirname(file), () => {
      appendRegularFile(file, `${separator}${JSON.stringify(line)}
`);
      compactHistoryIfLarge(file);
    });
  } catch (error) {
    if (error.code !== "ENOSPC") throw error;
    throw new WorkflowError(`the state of ${id} is saved, but its history line is not: the disk is full`);
  }
}
var HISTORY_COMPACT_BYTES = 2 * 1024 * 1024;
var HISTORY_COMPACT_READ_BYTES = 16 * 1024 * 1024;
var KEEP_CHECKPOINTS = 1e3;
var KEEP_OTHER_EVENTS = 5e3;
function compactHistoryIfLarge(file) {
  const size = fs.lstatSync(file).size;
  if (size <= HISTORY_COMPACT_BYTES) return;
  const from = Math.max(0, size - HISTORY_COMPACT_READ_BYTES);
  const tail = withRegularFile(file, Buffer.alloc(0), (fd) => {
    const bytes = Buffer.alloc(size - from);
    fs.readSync(fd, bytes, 0, bytes.length, from);
    return bytes;
  });
  if (tail.length === 0) return;
  const lines = tail.toString("utf8").split("\n").slice(from > 0 ? 1 : 0).filter((line) => line.trim());
  const isCheckpoint = lines.map((line) => line.includes('"event":"checkpoint"'));
  let checkpoints = isCheckpoint.filter(Boolean).length - KEEP_CHECKPOINTS;
  let others = isCheckpoint.filter((c) => !c).length - KEEP_OTHER_EVENTS;
  const kept = lines.filter((_, i) => {
    if (isCheckpoint[i]) return checkpoints-- <= 0;
    return others-- <= 0;
  });
  writeFileAtomic(file, `${kept.join("\n")}
`);
}
function lastHandoffEntry(storeDir, id) {
  const file = path.join(workflowDir(storeDir, id), HISTORY_FILE);
  return withRegularFile(file, void 0, (fd, size) => {
    const chunk = 256 * 1024;
    let end = size;
    let carry = Buffer.alloc(0);
    while (end > 0) {
      const start = Math.max(0, end - chunk);
      const read = Buffer.alloc(end - start);
      fs.readSync(fd, read, 0, read.length, start);
      let bytes = Buffer.concat([read, carry]);
      let stop = bytes.length;
      for (let at = bytes.lastIndexOf(10, stop - 1); at !== -1; at = bytes.lastIndexOf(10, stop - 1)) {
        const line = bytes.subarray(at + 1, stop).toString("utf8");
        if (line.includes('"event":"handoff"')) {
          const [entry] = parseHistory(line);
          if (entry?.event === "handoff") return entry;
        }
        stop = at;
        if (stop === 0) break;
      }
      bytes = bytes.subarray(0, stop);
      carry = start > 0 ? bytes : Buffer.alloc(0);
      if (start === 0) {
        const [entry] = parseHistory(bytes.toString("utf8"));
        return entry?.event === "handoff" ? entry : void 0;
      }
      end = start;
    }
    return void 0;
  });
}
function endsMidLine(file) {
  return withRegularFile(file, false, (fd, size) => {
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 10;
  });
}
function readHistory(storeDir, id) {
  let text;
  try {
    text = readRegularText(path.join(workflowDir(storeDir, id), HISTORY_FILE), READ_CAPS.history);
  } catch {
    return [];
  }
  return parseHistory(text);
}
function parseHistory(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const parsed = HistoryEntry.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
    } catch {
    }
  }
  return entries;
}

export {
  appendHistory,
  lastHandoffEntry,
  readHistory,
  parseHistory
};
