import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  readSessionRuntime,
  readStatuslineRecord
} from "./chunk-NHQYGJ6M.mjs";
import {
  measureContext
} from "./chunk-YET4IWNJ.mjs";
import {
  loadConfig
} from "./chunk-MUBUFQC4.mjs";
import {
  existingIds,
  listWorkflows,
  newestFirst,
  readWorkflow
} from "./chunk-RKD4ZUVQ.mjs";
import {
  ClaudeSettingsFile,
  StatePeek,
  _catch,
  _lazy,
  _nonnegative,
  array,
  boolean,
  literal,
  looseObject,
  nullish,
  number,
  object,
  optional,
  string,
  union,
  unknown
} from "./chunk-65YYEQP7.mjs";
import {
  READ_CAPS,
  readRegularText
} from "./chunk-SWQQR4HO.mjs";

// scripts/core/workflow-origin.ts
import os from "node:os";
var FUTURE_SLACK_MS = 5 * 6e4;
function isForeign(state) {
  return state.device.hostname !== os.hostname() || Date.parse(state.updated_at) > Date.now() + FUTURE_SLACK_MS;
}

// scripts/core/store-choice.ts
import path from "node:path";
var RESUMABLE = ["active", "paused", "waiting_approval"];
function isResumable(state) {
  return RESUMABLE.includes(state.status);
}
function choose(items) {
  const resumable = items.filter(({ state }) => isResumable(state));
  const ranked = [...resumable.filter(({ state }) => !isForeign(state)), ...resumable.filter(({ state }) => isForeign(state))];
  const saved = ranked.find(({ state }) => !state.automatic) ?? null;
  const automatic = ranked.find(({ state }) => state.automatic) ?? null;
  const current = saved && automatic && isForeign(saved.state) && !isForeign(automatic.state) ? automatic : saved ?? automatic;
  return { current, automatic: current === saved ? automatic : null };
}
function chooseAmongAll(place) {
  const { workflows, problems } = listWorkflows(place.storeDir);
  return { ...choose(workflows), all: workflows, problems };
}
function peek(dir) {
  try {
    const parsed = StatePeek.safeParse(JSON.parse(readRegularText(`${dir}${path.sep}state.json`, READ_CAPS.state)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
function candidates(storeDir) {
  const found = [];
  for (const id of existingIds(storeDir)) {
    const dir = `${storeDir}${path.sep}${id}`;
    const state = peek(dir);
    if (state) found.push({ dir, state, loaded: null });
    else {
      try {
        const loaded = readWorkflow(dir);
        found.push({ dir, state: loaded.state, loaded });
      } catch {
      }
    }
  }
  return found.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
}
function confirm(picked, all) {
  for (const candidate of picked) {
    if (!candidate || candidate.loaded) continue;
    const peeked = candidate.state;
    try {
      candidate.loaded = readWorkflow(candidate.dir);
    } catch {
      all.splice(all.indexOf(candidate), 1);
      return false;
    }
    candidate.state = candidate.loaded.state;
    const full = candidate.state;
    if (full.status !== peeked.status || full.automatic !== peeked.automatic || full.updated_at !== peeked.updated_at || full.device.hostname !== peeked.device.hostname || full.session.id !== peeked.session.id) {
      all.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
      return false;
    }
  }
  return true;
}
function currentWorkflow(place) {
  const all = candidates(place.storeDir);
  for (; ; ) {
    const choice = choose(all);
    if (confirm([choice.current, choice.automatic], all)) return { current: choice.current?.loaded ?? null, automatic: choice.automatic?.loaded ?? null };
  }
}
function sessionWorkflow(place, sessionId) {
  if (!sessionId) return null;
  const all = candidates(place.storeDir);
  for (; ; ) {
    const held = all.find(({ state }) => state.session.id === sessionId && isResumable(state)) ?? null;
    if (confirm([held], all)) return held?.loaded ?? null;
  }
}
function workflowOfSession(place, sessionId) {
  return sessionWorkflow(place, sessionId)?.state.id ?? null;
}

// scripts/core/claude-settings.ts
import fs from "node:fs";
import os2 from "node:os";
import path2 from "node:path";
var MAX_SETTINGS_BYTES = 1024 * 1024;
function managedSettingsFile() {
  if (process.platform === "darwin") return "/Library/Application Support/ClaudeCode/managed-settings.json";
  if (process.platform === "win32") return "C:\\Program Files\\ClaudeCode\\managed-settings.json";
  return "/etc/claude-code/managed-settings.json";
}
function settingsFiles(startDir, env) {
  const configDir = env.CLAUDE_CONFIG_DIR || path2.join(os2.homedir(), ".claude");
  return [
    path2.join(configDir, "settings.json"),
    path2.join(startDir, ".claude", "settings.json"),
    path2.join(startDir, ".claude", "settings.local.json"),
    managedSettingsFile()
  ];
}
function readSettingsFile(file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_SETTINGS_BYTES) return null;
    const parsed = ClaudeSettingsFile.safeParse(JSON.parse(fs.readFileSync(fd, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
function readClaudeSettings(startDir, env) {
  const merged = { model: void 0, autoCompactWindow: void 0, autoCompactEnabled: void 0, env: {} };
  for (const file of settingsFiles(startDir, env)) {
    const layer = readSettingsFile(file);
    if (!layer) continue;
    merged.model = layer.model ?? merged.model;
    merged.autoCompactWindow = layer.autoCompactWindow ?? merged.autoCompactWindow;
    merged.autoCompactEnabled = layer.autoCompactEnabled ?? merged.autoCompactEnabled;
    Object.assign(merged.env, layer.env ?? {});
  }
  return merged;
}

// scripts/core/transcript.ts
import fs2 from "node:fs";

// scripts/core/transcript-entry.ts
var Count = nullish(number().check(_nonnegative()));
var Usage = object({
  input_tokens: Count,
  cache_creation_input_tokens: Count,
  cache_read_input_tokens: Count
});
var lenient = (schema) => _catch(optional(schema), void 0);
var Message = looseObject({
  model: lenient(string()),
  content: lenient(union([string(), array(unknown())])),
  usage: lenient(Usage)
});
var Entry = looseObject({
  type: string(),
  subtype: lenient(string()),
  isSidechain: lenient(boolean()),
  isMeta: lenient(boolean()),
  isCompactSummary: lenient(boolean()),
  lastPrompt: lenient(string()),
  requestedModel: lenient(string()),
  version: lenient(string()),
  timestamp: lenient(string()),
  message: lenient(Message),
  toolUseResult: optional(unknown()),
  /** queue-operation lines: what was queued (task notifications among them) */
  operation: lenient(string()),
  content: lenient(string()),
  /** attachment lines */
  attachment: lenient(looseObject({ type: lenient(string()), prompt: lenient(string()) })),
  /** system/compact_boundary */
  compactMetadata: lenient(looseObject({ trigger: lenient(string()), preTokens: Count, postTokens: Count })),
  /** the session's title: `summary` lines (1.x), `custom-title` and `ai-title` lines */
  summary: lenient(string()),
  customTitle: lenient(string()),
  aiTitle: lenient(string())
});
var TextBlock = _lazy(() => object({ type: literal("text"), text: string() }));
var ToolUseBlock = _lazy(() => object({ type: literal("tool_use"), id: string(), name: string(), input: unknown() }));
var ToolResultBlock = _lazy(
  () => object({
    type: literal("tool_result"),
    tool_use_id: string(),
    content: optional(unknown()),
    is_error: nullish(boolean())
  })
);
function parseEntry(line) {
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = Entry.safeParse(json);
  return parsed.success ? parsed.data : null;
}
function isMainChain(entry) {
  return entry.isSidechain !== true;
}
function isCompactBoundary(entry) {
  return entry.type === "system" && entry.subtype === "compact_boundary";
}
function contextTokensOf(entry) {
  const usage = entry.message?.usage;
  if (entry.type !== "assistant" || !isMainChain(entry) || !usage) return null;
  if (entry.message?.model === "<synthetic>") return null;
  return (usage.input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
}
function blocksOf(entry, schema) {
  const content = entry.message?.content;
  if (!Array.isArray(content)) return [];
  const out = [];
  for (const block of content) {
    const parsed = schema.safeParse(block);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
function textOfToolResult(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((block) => {
    const text = TextBlock.safeParse(block);
    return text.success ? text.data.text : "";
  }).join("\n");
}
function userText(entry) {
  const content = entry.message?.content;
  if (typeof content === "string") return content;
  if (!content) return null;
  const texts = blocksOf(entry, TextBlock).map((b) => b.text);
  return texts.length > 0 ? texts.join("\n") : null;
}
function contentChars(entry) {
  const content = entry.message?.content;
  if (typeof content === "string") return content.length;
  if (!content) return 0;
  let chars = 0;
  for (const block of content) {
    if (typeof block !== "object" || block === null) continue;
    if ("text" in block && typeof block.text === "string") chars += block.text.length;
    else if ("thinking" in block && typeof block.thinking === "string") chars += block.thinking.length;
    else if ("input" in block) chars += JSON.stringify(block.input ?? null).length;
    else if ("content" in block) chars += textOfToolResult(block.content).length;
  }
  return chars;
}
function clip(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// scripts/core/transcript.ts
var USAGE_FIRST_CHUNK_BYTES = 64 * 1024;
var USAGE_MAX_BYTES = 8 * 1024 * 1024;
var LONG_LINE_BYTES = 4 * 1024 * 1024;
var SKIP_MAX_BYTES = 1024 * 1024 * 1024;
var LONG_LINE_TAIL = 64 * 1024;
var SKIP_CHUNK = 1024 * 1024;
var BASELINE_CONTEXT_TOKENS = 15e3;
var HEAD_BYTES = 256 * 1024;
var CHARS_PER_TOKEN = 4;
var NEWLINE = 10;
function decodeLine(buf, start, end) {
  const line = buf.toString("utf8", start, end);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function parsesAsJson(line) {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
function readFully(fd, buf, length, position) {
  let done = 0;
  while (done < length) {
    const n = fs2.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
function* linesFromEnd(fd, size, firstChunk, cap, counter) {
  let end = size;
  let carry = Buffer.alloc(0);
  let chunk = Math.max(1, firstChunk);
  let atNewestLine = true;
  let longTail = null;
  while (end > 0 && counter.bytesRead - counter.skipped < Math.min(cap, size)) {
    const skipping = longTail !== null;
    if (skipping && counter.skipped >= SKIP_MAX_BYTES) return;
    const length = skipping ? Math.min(SKIP_CHUNK, end) : Math.min(chunk, end, cap - (counter.bytesRead - counter.skipped));
    const start = end - length;
    const buf = Buffer.allocUnsafe(length + (skipping ? 0 : carry.length));
    const got = readFully(fd, buf, length, start);
    counter.bytesRead += got;
    if (skipping) counter.skipped += got;
    if (got < length) return;
    if (!skipping) {
      carry.copy(buf, length);
      chunk *= 4;
    }
    end = start;
    let lineEnd = buf.length;
    let nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    if (skipping) {
      if (nl === -1) continue;
      const tail = longTail ?? "";
      longTail = null;
      atNewestLine = false;
      yield { text: tail, head: buf.toString("utf8", nl + 1, Math.min(buf.length, nl + 1 + LONG_LINE_TAIL)), long: true };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    while (nl !== -1) {
      const line = decodeLine(buf, nl + 1, lineEnd);
      const unterminated = atNewestLine;
      atNewestLine = false;
      if (line.trim() && (!unterminated || parsesAsJson(line))) yield { text: line, long: false };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    carry = buf.subarray(0, lineEnd);
    if (carry.length > LONG_LINE_BYTES) {
      longTail = decodeLine(carry, carry.length - LONG_LINE_TAIL, carry.length);
      if (atNewestLine) longTail = null;
      atNewestLine = false;
      carry = Buffer.alloc(0);
      longTail ??= "";
    }
  }
  if (end === 0 && carry.length > 0 && longTail === null) {
    const line = decodeLine(carry, 0, carry.length);
    if (line.trim() && (!atNewestLine || parsesAsJson(line))) yield { text: line, long: false };
  }
}
function withTranscript(file, fallback, read) {
  let fd;
  try {
    if (!fs2.statSync(file).isFile()) return fallback;
    fd = fs2.openSync(file, "r");
  } catch {
    return fallback;
  }
  try {
    return read(fd, fs2.fstatSync(fd).size);
  } catch {
    return fallback;
  } finally {
    fs2.closeSync(fd);
  }
}
function usageFromLongLine(head, tail) {
  const ends = head + tail;
  if (!ends.includes('"type":"assistant"') || /"isSidechain":\s*true/.test(head) || ends.includes('"model":"<synthetic>"')) return null;
  const at = tail.lastIndexOf('"usage":{');
  if (at === -1) return null;
  const usage = tail.slice(at, at + 600);
  const figure = (name) => Number(new RegExp(`"${name}":(\\d+)`).exec(usage)?.[1] ?? 0);
  if (!usage.includes('"input_tokens"')) return null;
  return figure("input_tokens") + figure("cache_creation_input_tokens") + figure("cache_read_input_tokens");
}
function sessionBaseline(fd, size) {
  const length = Math.min(HEAD_BYTES, size);
  const buf = Buffer.allocUnsafe(length);
  const got = readFully(fd, buf, length, 0);
  const lines = buf.toString("utf8", 0, got).split("\n");
  if (got < size) lines.pop();
  let smallest = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (!line.includes('"usage"')) continue;
    const entry = parseEntry(line);
    const tokens = entry ? contextTokensOf(entry) : null;
    if (tokens) smallest = Math.min(smallest, tokens);
  }
  return Number.isFinite(smallest) ? smallest : BASELINE_CONTEXT_TOKENS;
}
function textTokens(linesNewestFirst, withSummary = true) {
  let chars = 0;
  for (const line of linesNewestFirst) {
    const entry = parseEntry(line);
    if (!entry || !withSummary && entry.isCompactSummary) continue;
    if ((entry.type === "user" || entry.type === "assistant") && isMainChain(entry)) chars += contentChars(entry);
  }
  return Math.ceil(chars / CHARS_PER_TOKEN);
}
function readContextUsage(file, options = {}) {
  const firstChunk = options.firstChunkBytes ?? USAGE_FIRST_CHUNK_BYTES;
  const cap = options.maxBytes ?? USAGE_MAX_BYTES;
  const counter = { bytesRead: 0, skipped: 0 };
  const result = (tokens, kind, sawCompactBoundary, entry) => ({
    tokens,
    kind,
    model: entry?.message?.model ?? null,
    requestedModel: entry?.requestedModel ?? null,
    version: entry?.version ?? null,
    sawCompactBoundary,
    bytesRead: counter.bytesRead
  });
  const unknown2 = result(0, "unknown", false);
  return withTranscript(file, unknown2, (fd, size) => {
    if (size === 0) return unknown2;
    const newer = [];
    let longSeen = false;
    for (const line of linesFromEnd(fd, size, firstChunk, cap, counter)) {
      if (line.long) {
        const tokens = usageFromLongLine(line.head, line.text);
        if (tokens !== null) return result(tokens, "measured", false);
        longSeen = true;
        continue;
      }
      if (line.text.includes('"usage"') || line.text.includes("compact_boundary")) {
        const entry = parseEntry(line.text);
        if (entry && isCompactBoundary(entry)) {
          const post = entry.compactMetadata?.postTokens;
          const kept = typeof post === "number" ? post + textTokens(newer, false) : textTokens(newer);
          return result(sessionBaseline(fd, size) + kept, "estimated", true);
        }
        const tokens = entry ? contextTokensOf(entry) : null;
        if (entry && tokens !== null) return result(tokens, "measured", false, entry);
      }
      newer.push(line.text);
    }
    if (newer.length === 0 && !longSeen) return unknown2;
    return result(sessionBaseline(fd, size) + textTokens(newer), "estimated", false);
  });
}

// scripts/core/session-context.ts
var NO_USAGE = {
  tokens: 0,
  kind: "unknown",
  model: null,
  requestedModel: null,
  version: null,
  sawCompactBoundary: false,
  bytesRead: 0
};
function sessionStartDir(fallback, env) {
  return env.CLAUDE_PROJECT_DIR || fallback;
}
function readSessionContext(request) {
  const { runtime } = request;
  const usage = request.transcriptPath ? readContextUsage(request.transcriptPath) : NO_USAGE;
  const reading = measureContext({
    usage,
    statusline: request.sessionId ? readStatuslineRecord(request.env, request.sessionId) : null,
    startModel: runtime?.model ?? null,
    seen: runtime?.seen ?? null,
    settings: readClaudeSettings(request.startDir, request.env),
    config: request.config,
    env: request.env,
    now: request.now
  });
  let runtimeChanged = false;
  if (runtime && usage.kind === "measured") {
    const seen = { model: usage.model, requested_model: usage.requestedModel, version: usage.version };
    if (JSON.stringify(seen) !== JSON.stringify(runtime.seen)) {
      runtime.seen = seen;
      runtimeChanged = true;
    }
  }
  return { reading, runtimeChanged };
}
function readSessionContextOf(projectDir, session, env, now) {
  return readSessionContext({
    startDir: sessionStartDir(projectDir, env),
    sessionId: session.id,
    transcriptPath: session.transcript_path,
    runtime: session.id ? readSessionRuntime(env, session.id) : null,
    config: loadConfig(projectDir, env).config,
    env,
    now
  }).reading;
}

export {
  ToolUseBlock,
  ToolResultBlock,
  parseEntry,
  isMainChain,
  isCompactBoundary,
  blocksOf,
  textOfToolResult,
  userText,
  clip,
  isForeign,
  chooseAmongAll,
  currentWorkflow,
  sessionWorkflow,
  workflowOfSession,
  sessionStartDir,
  readSessionContext,
  readSessionContextOf
};
