"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode) => mod == null ? {} : isNodeMode || !mod.__esModule ? { __proto__: mod, default: mod } : mod;

// lazy:./lazy/background-start.cjs
var require_background_start = __commonJS({
  "lazy:./lazy/background-start.cjs"(exports2, module2) {
    module2.exports = require("./lazy/background-start.cjs");
  }
});

// lazy:./lazy/turn-hook.cjs
var require_turn_hook = __commonJS({
  "lazy:./lazy/turn-hook.cjs"(exports2, module2) {
    module2.exports = require("./lazy/turn-hook.cjs");
  }
});

// scripts/core/workflows/quiet-turn.ts
var import_node_fs8 = __toESM(require("node:fs"), 1);

// scripts/core/shared/json-guards.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var isString = (value) => typeof value === "string";
var isBoolean = (value) => typeof value === "boolean";
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var isStringOrNull = (value) => value === null || isString(value);
var isNumberOrNull = (value) => value === null || isNumber(value);

// scripts/core/session/hook-inputs.ts
function commonOf(event, json) {
  if (!isObject(json) || json.hook_event_name !== event || !isString(json.session_id) || !isString(json.cwd)) return null;
  const { session_id, cwd, transcript_path } = json;
  if (!(transcript_path === void 0 || isString(transcript_path))) return null;
  return { common: { session_id, cwd, ...transcript_path !== void 0 ? { transcript_path } : {} }, rest: json };
}
function turnInputOf(event, json) {
  const read = commonOf(event, json);
  if (!read) return null;
  const { common, rest } = read;
  if (event === "UserPromptSubmit") {
    const { prompt = "" } = rest;
    return isString(prompt) ? { ...common, hook_event_name: event, prompt } : null;
  }
  const { stop_hook_active = false, last_assistant_message } = rest;
  if (typeof stop_hook_active !== "boolean" || !(last_assistant_message === void 0 || last_assistant_message === null || isString(last_assistant_message))) return null;
  return { ...common, hook_event_name: event, stop_hook_active, ...last_assistant_message !== void 0 ? { last_assistant_message } : {} };
}

// scripts/core/session/context-window.ts
var K = 1e3;
var WINDOW_200K = 200 * K;
var WINDOW_1M = 1e3 * K;
var SUMMARY_BUFFER_TOKENS = 13 * K;
var MAX_OUTPUT_RESERVE_TOKENS = 20 * K;
var MIN_AUTO_COMPACT_WINDOW = 100 * K;
var OLDEST_MEASURED = [2, 1, 197];
var CURRENT_MEASURED = [2, 1, 332];
function truthy(value) {
  return value !== void 0 && /^(1|true|yes|on)$/i.test(value.trim());
}
function parseVersion(version) {
  const match = version === null ? null : /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}
function atLeast(version, floor) {
  for (let i = 0; i < floor.length; i++) {
    const a = version[i] ?? 0;
    const b = floor[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
function ruleSets(version) {
  const parsed = parseVersion(version);
  if (parsed !== null && atLeast(parsed, CURRENT_MEASURED)) return ["current"];
  if (parsed !== null && !atLeast(parsed, [OLDEST_MEASURED[0], OLDEST_MEASURED[1], OLDEST_MEASURED[2] + 1])) return ["oldest"];
  return ["current", "oldest"];
}
function hasOneMillionSuffix(model) {
  return /\[1m\]\s*$/i.test(model);
}
function normalizeModelId(model) {
  let id = withoutSuffix(model.trim().toLowerCase(), "[1m]");
  const region = REGION_PREFIXES.find((prefix) => id.startsWith(prefix));
  if (region) id = id.slice(region.length);
  if (id.startsWith("anthropic.")) id = id.slice("anthropic.".length);
  id = withoutDigitsAfter(id, ":", 1);
  id = withoutDigitsAfter(id, "@", 8, 8);
  id = withoutDigitsAfter(id, "-v", 1);
  return id.endsWith("-latest") ? id.slice(0, -"-latest".length) : withoutDigitsAfter(id, "-", 8, 8);
}
var REGION_PREFIXES = ["us.", "eu.", "apac.", "global.", "jp.", "au."];
var withoutSuffix = (id, suffix) => id.endsWith(suffix) ? id.slice(0, -suffix.length) : id;
function withoutDigitsAfter(id, marker, min, max = Number.POSITIVE_INFINITY) {
  let digits = 0;
  while (digits < id.length && isDigit(id.charCodeAt(id.length - 1 - digits))) digits++;
  if (digits < min || digits > max) return id;
  const end = id.length - digits;
  return id.slice(end - marker.length, end) === marker ? id.slice(0, end - marker.length) : id;
}
var isDigit = (code) => code >= 48 && code <= 57;
var RETIRED_TO_DEFAULT = /* @__PURE__ */ new Set(["claude-opus-4-0", "claude-opus-4-1", "claude-opus-4-1-20250805", "claude-opus-4-20250514"]);
var FAMILIES_200K = [/^claude-3-/, /^claude-(?:opus|sonnet)-4(?:-[0-6])?$/, /^claude-haiku-4(?:-[0-5])?$/];
var OLDEST_DEFAULT_MODEL = "claude-opus-4-8";
function native1M(model) {
  const raw = model.trim().toLowerCase().replace(/\[1m\]$/, "");
  if (RETIRED_TO_DEFAULT.has(raw)) return true;
  const id = normalizeModelId(model);
  return !FAMILIES_200K.some((family) => family.test(id));
}
function maxOutputTokens(model) {
  const id = model === null ? "" : normalizeModelId(model);
  if (/^claude-3-(?:haiku|opus)/.test(id)) return 4096;
  if (/^claude-3-(?:5-|sonnet)/.test(id)) return 8192;
  return 32 * K;
}
function modelWindow(model, rules, suffixKnown, explicitChoice) {
  if (hasOneMillionSuffix(model)) return { window: WINDOW_1M, optIn: rules === "oldest" || !native1M(model), assumed: false };
  if (rules === "current") return { window: native1M(model) ? WINDOW_1M : WINDOW_200K, optIn: false, assumed: false };
  const id = normalizeModelId(model);
  if (id === "default") return { window: WINDOW_1M, optIn: true, assumed: false };
  if (!suffixKnown && !explicitChoice && id === OLDEST_DEFAULT_MODEL) return { window: WINDOW_1M, optIn: true, assumed: true };
  return { window: WINDOW_200K, optIn: false, assumed: false };
}
function chooseModel(facts) {
  if (facts.requestedModel) return { model: facts.requestedModel, suffixKnown: true };
  const seen = facts.responseModel ?? facts.startModel;
  const configured = facts.configuredModel;
  if (seen && configured && normalizeModelId(seen) === normalizeModelId(configured)) return { model: configured, suffixKnown: true };
  if (seen) return { model: seen, suffixKnown: false };
  if (configured) return { model: configured, suffixKnown: true };
  return null;
}
function parseTokens(raw) {
  const value = raw === void 0 ? Number.NaN : Number(raw.trim());
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : null;
}
function resolveContextWindow(facts) {
  const disable1M = truthy(facts.env.CLAUDE_CODE_DISABLE_1M_CONTEXT);
  const choice = chooseModel(facts);
  const explicitChoice = facts.configuredModel !== null;
  let window;
  let source;
  let certain;
  let optIn = false;
  if (choice === null) {
    window = disable1M ? WINDOW_200K : WINDOW_1M;
    source = disable1M ? "setting" : "default";
    certain = disable1M;
  } else {
    const candidates = ruleSets(facts.version).map((rules) => modelWindow(choice.model, rules, choice.suffixKnown, explicitChoice));
    const widest = candidates.reduce((a, b) => b.window > a.window ? b : a);
    window = disable1M ? WINDOW_200K : widest.window;
    optIn = widest.optIn;
    source = disable1M ? "setting" : widest.assumed ? "default" : "model";
    certain = disable1M || candidates.every((c) => c.window === widest.window) && !widest.assumed;
  }
  if (facts.statuslineWindow !== null) {
    window = facts.statuslineWindow;
    source = "statusline";
    certain = true;
  }
  if (facts.configWindow !== null) {
    window = facts.configWindow;
    source = "config";
    certain = true;
  }
  if (facts.tokens > window) {
    window = Math.max(WINDOW_1M, facts.tokens);
    source = "tokens";
    certain = false;
  }
  return { window, source, certain, ...compactionPoint(window, facts, optIn && !disable1M, choice?.model ?? null) };
}
function compactionPoint(window, facts, optIn, model) {
  const off = truthy(facts.env.DISABLE_AUTO_COMPACT) || truthy(facts.env.DISABLE_COMPACT) || facts.settings.autoCompactEnabled === false;
  const fromEnv = parseTokens(facts.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW);
  const fromSetting = typeof facts.settings.autoCompactWindow === "number" && facts.settings.autoCompactWindow > 0 ? facts.settings.autoCompactWindow : null;
  const chosen = fromEnv !== null ? Math.max(fromEnv, MIN_AUTO_COMPACT_WINDOW) : fromSetting;
  const budget = chosen === null ? window : Math.min(window, chosen);
  const budgetSource = chosen === null || budget >= window ? null : fromEnv !== null ? "env" : "setting";
  if (off) return { compaction: "off", autoCompactAt: null, budget, budgetSource };
  if (optIn && budgetSource === null) return { compaction: "reactive", autoCompactAt: window, budget, budgetSource };
  const effective = budget - Math.min(maxOutputTokens(model), MAX_OUTPUT_RESERVE_TOKENS);
  let point = effective - SUMMARY_BUFFER_TOKENS;
  const pct = Number(facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() ?? "");
  if (facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() && Number.isFinite(pct) && pct > 0 && pct <= 100) {
    point = Math.min(Math.floor(effective * pct / 100), point);
  }
  return { compaction: "auto", autoCompactAt: Math.max(0, point), budget, budgetSource };
}

// scripts/core/session/context.ts
var STATUSLINE_MAX_AGE_MS = 6e4;
var COMPACT_MARGIN = 0.02;
var CONTEXT_VARIABLES = {
  ANTHROPIC_MODEL: true,
  CLAUDE_CODE_DISABLE_1M_CONTEXT: true,
  CLAUDE_CODE_AUTO_COMPACT_WINDOW: true,
  CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: true,
  DISABLE_AUTO_COMPACT: true,
  DISABLE_COMPACT: true
};
function contextVariables(...layers) {
  const picked = {};
  for (const name of Object.keys(CONTEXT_VARIABLES)) {
    let value;
    for (const layer of layers) if (Object.hasOwn(layer, name)) value = layer[name];
    if (value !== void 0) picked[name] = value;
  }
  return picked;
}
var round1 = (value) => Math.round(value * 10) / 10;
function measureContext(inputs) {
  const { statusline, usage, settings, config, now } = inputs;
  const env = contextVariables(settings.env ?? {}, inputs.env);
  const fresh = statusline !== null && statusline.used_percentage !== null && statusline.context_window_size !== null && now.getTime() - Date.parse(statusline.at) <= STATUSLINE_MAX_AGE_MS;
  const statuslineWindow = fresh ? statusline.context_window_size : null;
  let tokens = usage.tokens;
  let tokenSource = usage.kind === "measured" ? "transcript" : usage.kind === "estimated" ? "estimate" : "unknown";
  if (fresh && statusline.used_percentage !== null && statusline.context_window_size !== null) {
    const exact = Math.round(statusline.used_percentage / 100 * statusline.context_window_size);
    if (usage.kind !== "measured" || usage.tokens <= exact) {
      tokens = exact;
      tokenSource = "statusline";
    }
  }
  const measured = usage.kind === "measured" ? usage : null;
  const window = resolveContextWindow({
    requestedModel: measured ? measured.requestedModel : inputs.seen?.requested_model ?? null,
    responseModel: measured ? measured.model : inputs.seen?.model ?? null,
    startModel: inputs.startModel,
    configuredModel: env.ANTHROPIC_MODEL || settings.model || null,
    version: measured?.version ?? inputs.seen?.version ?? null,
    tokens,
    configWindow: config.context_window,
    statuslineWindow,
    env,
    settings
  });
  return { ...window, tokens, percent: round1(tokens / window.window * 100), tokenSource };
}
function changedSeen(seen, usage) {
  if (usage.kind !== "measured") return null;
  const now = { model: usage.model, requested_model: usage.requestedModel, version: usage.version };
  return JSON.stringify(now) === JSON.stringify(seen) ? null : now;
}
function tokensOfReading(context) {
  if (context.tokenSource === "unknown") return null;
  return {
    context_tokens: context.tokens,
    context_window: context.window,
    percent: context.percent,
    window_source: context.source,
    window_certain: context.certain,
    token_source: context.tokenSource,
    compaction: context.compaction,
    auto_compact_at: context.autoCompactAt
  };
}
function thresholdTokens(fraction, context) {
  if (context.compaction === "off" || context.autoCompactAt === null) return Number.POSITIVE_INFINITY;
  return Math.min(Math.round(fraction * context.budget), Math.round(context.autoCompactAt - COMPACT_MARGIN * context.budget));
}
function crossMilestones(context, config, announced) {
  const crossed = [...config.milestones].sort((a, b) => a - b).filter((m) => !announced.includes(m) && context.tokens >= thresholdTokens(m, context));
  return {
    crossed,
    atHandoffThreshold: context.tokens >= thresholdTokens(config.handoff_threshold, context)
  };
}
function couldCross(context, reach, config, announced, handoffToAsk) {
  const crossing = crossMilestones({ ...context, tokens: context.tokens + reach }, config, announced);
  return crossing.crossed.length > 0 || handoffToAsk && crossing.atHandoffThreshold;
}

// scripts/core/session/transcript.ts
var import_node_fs = __toESM(require("node:fs"), 1);

// scripts/core/session/reading-entry.ts
var lenient = (value, ok) => ok(value) ? value : void 0;
function isCount(value) {
  return value === void 0 || value === null || isNumber(value) && value >= 0;
}
function usageOf(value) {
  if (!isObject(value)) return void 0;
  const { input_tokens, cache_creation_input_tokens, cache_read_input_tokens } = value;
  if (!isCount(input_tokens) || !isCount(cache_creation_input_tokens) || !isCount(cache_read_input_tokens)) return void 0;
  return { input_tokens, cache_creation_input_tokens, cache_read_input_tokens };
}
function messageOf(value) {
  if (!isObject(value)) return void 0;
  const content = value.content;
  return {
    ...value,
    model: lenient(value.model, isString),
    content: isString(content) || Array.isArray(content) ? content : void 0,
    usage: usageOf(value.usage)
  };
}
function compactMetadataOf(value) {
  if (!isObject(value)) return void 0;
  const { preTokens, postTokens } = value;
  if (!isCount(preTokens) || !isCount(postTokens)) return void 0;
  return { ...value, trigger: lenient(value.trigger, isString), preTokens, postTokens };
}
function readingEntryOf(json) {
  if (!isObject(json) || !isString(json.type)) return null;
  return {
    ...json,
    type: json.type,
    subtype: lenient(json.subtype, isString),
    isSidechain: lenient(json.isSidechain, isBoolean),
    isMeta: lenient(json.isMeta, isBoolean),
    isCompactSummary: lenient(json.isCompactSummary, isBoolean),
    requestedModel: lenient(json.requestedModel, isString),
    version: lenient(json.version, isString),
    message: messageOf(json.message),
    compactMetadata: compactMetadataOf(json.compactMetadata)
  };
}
function parseReadingEntry(line) {
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  return readingEntryOf(json);
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
function textOfToolResult(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((block) => isObject(block) && block.type === "text" && isString(block.text) ? block.text : "").join("\n");
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

// scripts/core/session/reply-order.ts
var UUID_KEY = '"uuid":"';
var UUID_MAX = 64;
function collectUuids(line, into) {
  for (let at = line.indexOf(UUID_KEY); at !== -1; at = line.indexOf(UUID_KEY, at + UUID_KEY.length)) {
    const start = at + UUID_KEY.length;
    const end = line.indexOf('"', start);
    if (end !== -1 && end - start <= UUID_MAX) into.add(line.slice(start, end));
  }
}
function answersNewerLine(parentUuid, newer) {
  return typeof parentUuid === "string" && newer.has(parentUuid);
}
function parentUuidOfHead(head) {
  return /^\{[^{]*?"parentUuid":"([^"]{1,64})"/.exec(head)?.[1] ?? null;
}

// scripts/core/session/transcript.ts
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
    const n = import_node_fs.default.readSync(fd, buf, done, length - done, position + done);
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
      if (line.trim() && (!unterminated || parsesAsJson(line))) yield { text: line, bytes: lineEnd - nl - 1, long: false };
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
    if (line.trim() && (!atNewestLine || parsesAsJson(line))) yield { text: line, bytes: carry.length, long: false };
  }
}
function withTranscript(file, fallback, read) {
  let fd;
  try {
    if (!import_node_fs.default.statSync(file).isFile()) return fallback;
    fd = import_node_fs.default.openSync(file, "r");
  } catch {
    return fallback;
  }
  try {
    return read(fd, import_node_fs.default.fstatSync(fd).size);
  } catch {
    return fallback;
  } finally {
    import_node_fs.default.closeSync(fd);
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
function whoseMessage(entry) {
  if (!isMainChain(entry) || entry.isMeta === true) return null;
  return entry.type === "user" || entry.type === "assistant" ? entry.type : null;
}
function whoseLongLine(head) {
  if (/"isSidechain":\s*true/.test(head) || /"isMeta":\s*true/.test(head)) return null;
  return head.includes('"type":"user"') ? "user" : head.includes('"type":"assistant"') ? "assistant" : null;
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
    const entry = parseReadingEntry(line);
    const tokens = entry ? contextTokensOf(entry) : null;
    if (tokens) smallest = Math.min(smallest, tokens);
  }
  return Number.isFinite(smallest) ? smallest : BASELINE_CONTEXT_TOKENS;
}
function textTokens(linesNewestFirst, withSummary = true) {
  let chars = 0;
  for (const line of linesNewestFirst) {
    const entry = parseReadingEntry(line);
    if (!entry || !withSummary && entry.isCompactSummary) continue;
    if ((entry.type === "user" || entry.type === "assistant") && isMainChain(entry)) chars += contentChars(entry);
  }
  return Math.ceil(chars / CHARS_PER_TOKEN);
}
var NO_USAGE = {
  tokens: 0,
  kind: "unknown",
  model: null,
  requestedModel: null,
  version: null,
  sawCompactBoundary: false,
  bytesRead: 0,
  bytesSince: 0,
  replyPending: false
};
function readContextUsage(file, options = {}) {
  const firstChunk = options.firstChunkBytes ?? USAGE_FIRST_CHUNK_BYTES;
  const cap = options.maxBytes ?? USAGE_MAX_BYTES;
  const counter = { bytesRead: 0, skipped: 0 };
  let newest = null;
  let bytesSince = 0;
  const result = (tokens, kind, sawCompactBoundary, entry) => ({
    tokens,
    kind,
    model: entry?.message?.model ?? null,
    requestedModel: entry?.requestedModel ?? null,
    version: entry?.version ?? null,
    sawCompactBoundary,
    bytesRead: counter.bytesRead,
    bytesSince,
    replyPending: newest === "user"
  });
  const unknown = result(0, "unknown", false);
  return withTranscript(file, unknown, (fd, size) => {
    if (size === 0) return unknown;
    const newer = [];
    let longSeen = false;
    const newerIds = /* @__PURE__ */ new Set();
    for (const line of linesFromEnd(fd, size, firstChunk, cap, counter)) {
      if (line.long) {
        const tokens = usageFromLongLine(line.head, line.text);
        newest ??= tokens !== null ? "assistant" : whoseLongLine(line.head);
        if (tokens !== null) {
          if (newest === "user" && answersNewerLine(parentUuidOfHead(line.head), newerIds)) newest = "assistant";
          return result(tokens, "measured", false);
        }
        if (newest !== "assistant") collectUuids(line.head, newerIds);
        longSeen = true;
        bytesSince = Number.POSITIVE_INFINITY;
        continue;
      }
      const counts = line.text.includes('"usage"') || line.text.includes("compact_boundary");
      const tells = newest === null && (line.text.includes('"type":"user"') || line.text.includes('"type":"assistant"'));
      const entry = counts || tells ? parseReadingEntry(line.text) : null;
      if (tells && entry) newest = whoseMessage(entry);
      if (counts) {
        if (entry && isCompactBoundary(entry)) {
          const post = entry.compactMetadata?.postTokens;
          const kept = typeof post === "number" ? post + textTokens(newer, false) : textTokens(newer);
          return result(sessionBaseline(fd, size) + kept, "estimated", true);
        }
        const tokens = entry ? contextTokensOf(entry) : null;
        if (entry && tokens !== null) {
          if (newest === "user" && answersNewerLine(entry.parentUuid, newerIds)) newest = "assistant";
          return result(tokens, "measured", false, entry);
        }
      }
      if (newest !== "assistant") collectUuids(line.text, newerIds);
      newer.push(line.text);
      bytesSince += line.bytes + 1;
    }
    if (counter.bytesRead >= size) newest ??= "user";
    if (newer.length === 0 && !longSeen) return result(0, "unknown", false);
    return result(sessionBaseline(fd, size) + textTokens(newer), "estimated", false);
  });
}

// scripts/core/session/reply-wait.ts
var import_node_fs2 = __toESM(require("node:fs"), 1);

// scripts/core/shared/processes.ts
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}

// scripts/core/session/reply-wait.ts
var REPLY_WAIT_MS = 2e3;
var REPLY_POLL_MS = 10;
var NO_REPLY_WAIT = { waitMs: 0, forFile: false };
function replyWaitOf(replyAnnounced, env, transcriptAbsent) {
  if (!replyAnnounced) return NO_REPLY_WAIT;
  return { waitMs: REPLY_WAIT_MS, forFile: env.CLAUDE_CODE_ENTRYPOINT === "cli" && !transcriptAbsent };
}
function sizeOf(file) {
  try {
    const stat = import_node_fs2.default.statSync(file);
    return stat.isFile() ? stat.size : -1;
  } catch {
    return -1;
  }
}
var UNTIL = /* @__PURE__ */ Symbol.for("claude-workflow.reply-wait-until");
var holder = globalThis;
function waitUntil(file, waitMs) {
  const started = holder[UNTIL];
  if (started?.file === file) return started.until;
  const until = Date.now() + waitMs;
  holder[UNTIL] = { file, until };
  return until;
}
var REPLY_OUTPUT_MAX_TOKENS = 128e3;
function replyReachTokens(usage, env) {
  const asked = Number(env.CLAUDE_CODE_MAX_OUTPUT_TOKENS);
  return usage.bytesSince + (Number.isFinite(asked) ? Math.max(asked, REPLY_OUTPUT_MAX_TOKENS) : REPLY_OUTPUT_MAX_TOKENS);
}
function readUsageWithReply(file, wait, worthWaiting = () => true) {
  let usage = readContextUsage(file);
  if (wait.waitMs <= 0 || !(usage.replyPending || wait.forFile)) return { usage, late: false, absent: false };
  let size = sizeOf(file);
  const pending = () => usage.replyPending || wait.forFile && size <= 0;
  if (!pending()) return { usage, late: false, absent: false };
  if (usage.kind === "measured" && !worthWaiting(usage)) return { usage, late: false, absent: false };
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

// scripts/core/shared/node-builtins.ts
var nodeOs = () => typeof require === "function" ? require("node:os") : process.getBuiltinModule("node:os");
var nodeCrypto = () => typeof require === "function" ? require("node:crypto") : process.getBuiltinModule("node:crypto");
function homeDir() {
  return process.platform !== "win32" && process.env.HOME || nodeOs().homedir();
}

// scripts/core/session/settings-files.ts
var import_node_path = __toESM(require("node:path"), 1);
function managedSettingsFile() {
  if (process.platform === "darwin") return "/Library/Application Support/ClaudeCode/managed-settings.json";
  if (process.platform === "win32") return "C:\\Program Files\\ClaudeCode\\managed-settings.json";
  return "/etc/claude-code/managed-settings.json";
}
function sessionStartDir(fallback, env) {
  return env.CLAUDE_PROJECT_DIR || fallback;
}
function settingsFiles(startDir, env) {
  const configDir = env.CLAUDE_CONFIG_DIR || import_node_path.default.join(homeDir(), ".claude");
  return [
    import_node_path.default.join(configDir, "settings.json"),
    import_node_path.default.join(startDir, ".claude", "settings.json"),
    import_node_path.default.join(startDir, ".claude", "settings.local.json"),
    managedSettingsFile()
  ];
}

// scripts/core/git/project.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"), 1);

// scripts/core/shared/errors.ts
var EXPECTED = /* @__PURE__ */ Symbol.for("claude-workflow.expected-failure");
var WorkflowError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
  name = "WorkflowError";
  [EXPECTED] = true;
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && EXPECTED in value;
  }
};

// scripts/core/git/project.ts
function resolveProjectDir(explicit, cwd, env) {
  if (explicit !== void 0) {
    const dir = import_node_path2.default.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return gitTopLevel(dir) ?? dir;
  }
  const start = import_node_path2.default.resolve(env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR) ? env.CLAUDE_PROJECT_DIR : cwd);
  return gitTopLevel(start) ?? start;
}
function gitTopLevel(start) {
  for (let dir = start; ; dir = import_node_path2.default.dirname(dir)) {
    if ((0, import_node_fs3.existsSync)(import_node_path2.default.join(dir, ".git"))) return dir;
    if (import_node_path2.default.dirname(dir) === dir) return null;
  }
}
function isDirectory(p) {
  try {
    return (0, import_node_fs3.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}

// scripts/core/handoff/handoff-phrases.ts
var HANDOFF = /\b(hand ?off|handover|save (the )?state|save (my |our )?progress|pause here|context is (getting )?(full|tight)|running out of context|wrap up for (today|now))\b/i;
var RESUME = /\b(resume (the |my |our )?(workflow|work|handoff)|continue where (we|i) left off|pick up where (we|i) left off|where were we)\b/i;
var PHRASE_WORDS = ["hand", "save", "pause", "context", "wrap up", "resume", "left off", "where were"];
function detectHandoffIntent(prompt) {
  if (prompt.trimStart().startsWith("/")) return null;
  const lower = prompt.toLowerCase();
  if (!PHRASE_WORDS.some((word) => lower.includes(word))) return null;
  if (RESUME.test(prompt)) return "resume";
  if (HANDOFF.test(prompt)) return "handoff";
  return null;
}

// scripts/core/runtime/session-notices.ts
var import_node_fs6 = __toESM(require("node:fs"), 1);

// scripts/core/shared/safe-fs.ts
var import_node_fs4 = __toESM(require("node:fs"), 1);
var NO_FOLLOW = import_node_fs4.default.constants.O_NOFOLLOW ?? 0;
var NON_BLOCK = import_node_fs4.default.constants.O_NONBLOCK ?? 0;
var READ_CAPS = {
  state: 8 * 1024 * 1024,
  history: 256 * 1024 * 1024,
  config: 1024 * 1024,
  small: 64 * 1024,
  lockfile: 64 * 1024 * 1024,
  /** a synced folder's version: a state and its history, as a sync remote may send them */
  syncVersion: 48 * 1024 * 1024
};

// scripts/core/runtime/session-files.ts
var import_node_fs5 = __toESM(require("node:fs"), 1);
var import_node_path4 = __toESM(require("node:path"), 1);

// scripts/core/shared/lazy-crypto.ts
function sha256Hex(data) {
  return nodeCrypto().createHash("sha256").update(data).digest("hex");
}

// scripts/core/runtime/runtime-dir.ts
var import_node_path3 = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path3.default.join(homeDir(), ".claude", "workflow");
}

// scripts/core/runtime/session-files.ts
var RUNTIME_SUFFIX = ".json";
var STATUSLINE_SUFFIX = ".statusline.json";
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return import_node_path4.default.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}
function readJson(file) {
  try {
    return JSON.parse(import_node_fs5.default.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function readSessionFile(env, sessionId, suffix) {
  return readJson(sessionFile(env, sessionId, suffix));
}

// scripts/core/runtime/session-notices.ts
var SUFFIX = ".notices";
function hasSessionNotices(env, sessionId) {
  try {
    import_node_fs6.default.lstatSync(sessionFile(env, sessionId, SUFFIX));
    return true;
  } catch (error) {
    return error.code !== "ENOENT";
  }
}

// scripts/core/runtime/session-runtime-check.ts
function withDefault(value, ok, fallback) {
  if (value === void 0) return fallback;
  return ok(value) ? value : void 0;
}
function seenOf(value) {
  if (value === void 0 || value === null) return null;
  if (!isObject(value)) return void 0;
  const { model, requested_model, version } = value;
  if (!isStringOrNull(model) || !isStringOrNull(requested_model) || !isStringOrNull(version)) return void 0;
  return { model, requested_model, version };
}
function sessionRuntimeOf(json) {
  const fields = json ?? {};
  if (!isObject(fields)) return null;
  const announced = withDefault(fields.announced, (v) => Array.isArray(v) && v.every(isNumber), []);
  const handoff_asked = withDefault(fields.handoff_asked, isBoolean, false);
  const model = withDefault(fields.model, isStringOrNull, null);
  const seen = seenOf(fields.seen);
  const last_checkpoint_at = withDefault(fields.last_checkpoint_at, isStringOrNull, null);
  const shown_workflow = withDefault(fields.shown_workflow, isStringOrNull, null);
  const checkpoint_transcript_size = withDefault(fields.checkpoint_transcript_size, isNumber, 0);
  const pending_notice = withDefault(fields.pending_notice, isStringOrNull, null);
  const transcript_absent = withDefault(fields.transcript_absent, isBoolean, false);
  if (announced === void 0 || handoff_asked === void 0 || model === void 0 || seen === void 0 || last_checkpoint_at === void 0 || shown_workflow === void 0 || checkpoint_transcript_size === void 0 || pending_notice === void 0 || transcript_absent === void 0) {
    return null;
  }
  return { announced, handoff_asked, model, seen, last_checkpoint_at, shown_workflow, checkpoint_transcript_size, pending_notice, transcript_absent };
}
function statuslineRecordOf(json) {
  if (!isObject(json)) return null;
  const { at, used_percentage, context_window_size, model } = json;
  if (!isString(at) || !isNumberOrNull(used_percentage) || !isNumberOrNull(context_window_size) || !isStringOrNull(model)) return null;
  return { at, used_percentage, context_window_size, model };
}
function checkSessionRuntime(env, sessionId) {
  return sessionRuntimeOf(readSessionFile(env, sessionId, RUNTIME_SUFFIX));
}
function checkStatuslineRecord(env, sessionId) {
  return statuslineRecordOf(readSessionFile(env, sessionId, STATUSLINE_SUFFIX));
}

// scripts/core/shared/config-sources.ts
var import_node_path5 = __toESM(require("node:path"), 1);
var CONFIG_ENV_PREFIXES = ["CLAUDE_PLUGIN_OPTION_", "WORKFLOW_"];
var CONFIG_ENV_SETTINGS = [
  "MILESTONES",
  "HANDOFF_THRESHOLD",
  "CONTEXT_WINDOW",
  "MODE",
  "CHECKPOINT_INTERVAL_MINUTES",
  "AUTO_CREATE",
  "STALE_AFTER_DAYS",
  "RETENTION_COMPLETED_DAYS",
  "RETENTION_CANCELLED_DAYS",
  "SYNC_REMOTE",
  "SYNC_AUTO",
  "SYNC_DIR"
];
function userConfigPath() {
  return import_node_path5.default.join(homeDir(), ".claude", "workflow.json");
}
function configFiles(projectDir) {
  return [userConfigPath(), import_node_path5.default.join(projectDir, ".claude", "workflow.json")];
}

// scripts/core/shared/file-signature.ts
var import_node_fs7 = __toESM(require("node:fs"), 1);
function fileSignature(stat) {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}
function pathSignature(file) {
  try {
    return fileSignature(import_node_fs7.default.statSync(file));
  } catch (error) {
    const code = error.code ?? "error";
    return code === "ENOENT" || code === "ENOTDIR" ? "-" : code;
  }
}

// scripts/core/session/turn-memo.ts
var SUFFIX2 = ".turn.json";
function memoConfigOf(value) {
  if (!isObject(value)) return null;
  const { milestones, handoff_threshold, context_window, mode, checkpoint_interval_minutes } = value;
  if (!Array.isArray(milestones) || !milestones.every(isNumber) || !isNumber(handoff_threshold) || !isNumber(checkpoint_interval_minutes)) return null;
  if (!isNumberOrNull(context_window) || mode !== "suggest" && mode !== "auto") return null;
  return { milestones, handoff_threshold, context_window, mode, checkpoint_interval_minutes };
}
function memoSettingsOf(value) {
  if (!isObject(value)) return null;
  const { model, autoCompactWindow, autoCompactEnabled, env } = value;
  if (!(model === void 0 || isString(model)) || !(autoCompactWindow === void 0 || isNumber(autoCompactWindow))) return null;
  if (!(autoCompactEnabled === void 0 || isBoolean(autoCompactEnabled)) || !isObject(env) || !Object.values(env).every(isString)) return null;
  return {
    ...model !== void 0 ? { model } : {},
    ...autoCompactWindow !== void 0 ? { autoCompactWindow } : {},
    ...autoCompactEnabled !== void 0 ? { autoCompactEnabled } : {},
    env: Object.fromEntries(Object.entries(env).filter((entry) => isString(entry[1])))
  };
}
function turnMemoOf(json) {
  if (!isObject(json) || json.version !== 1 || !isString(json.key) || !Array.isArray(json.files)) return null;
  const files = [];
  for (const entry of json.files) {
    if (!Array.isArray(entry) || entry.length !== 2 || !isString(entry[0]) || !isString(entry[1])) return null;
    files.push([entry[0], entry[1]]);
  }
  const config = memoConfigOf(json.config);
  const settings = memoSettingsOf(json.settings);
  return config && settings ? { version: 1, key: json.key, files, config, settings } : null;
}
function turnSources(projectDir, startDir, env) {
  const variables = CONFIG_ENV_PREFIXES.flatMap((prefix) => CONFIG_ENV_SETTINGS.map((name) => env[`${prefix}${name}`] ?? null));
  return {
    key: JSON.stringify([projectDir, startDir, homeDir(), env.CLAUDE_CONFIG_DIR ?? null, variables]),
    files: [...configFiles(projectDir), ...settingsFiles(startDir, env)]
  };
}
function sourcesUnchanged(memo, sources) {
  if (memo.key !== sources.key || memo.files.length !== sources.files.length) return false;
  return memo.files.every(([file, signature], i) => file === sources.files[i] && pathSignature(file) === signature);
}
function readTurnMemo(env, sessionId, sources) {
  const memo = turnMemoOf(readSessionFile(env, sessionId, SUFFIX2));
  if (!memo || !sourcesUnchanged(memo, sources)) return null;
  const { model, autoCompactWindow, autoCompactEnabled, env: variables } = memo.settings;
  return { config: memo.config, settings: { model, autoCompactWindow, autoCompactEnabled, env: variables } };
}

// scripts/core/workflows/quiet-turn.ts
function transcriptSize(file) {
  if (!file) return 0;
  try {
    return import_node_fs8.default.statSync(file).size;
  } catch {
    return 0;
  }
}
function intervalCheckpointDue(runtime, intervalMinutes, now, size) {
  const last = runtime.last_checkpoint_at ? Date.parse(runtime.last_checkpoint_at) : 0;
  return now.getTime() - last >= intervalMinutes * 6e4 && size !== runtime.checkpoint_transcript_size;
}
function intervalCheckpointRequest(input, tokens, now) {
  return { reason: "interval", session_id: input.session_id, transcript_path: input.transcript_path ?? null, cwd: input.cwd, tokens, at: now.toISOString() };
}
function afterIntervalCheckpoint(runtime, now, size) {
  return { ...runtime, last_checkpoint_at: now.toISOString(), checkpoint_transcript_size: size };
}
function replyMatters(without, reach, config, runtime, checkpointDue) {
  return checkpointDue || couldCross(without, reach, config, runtime.announced, config.mode === "auto" && !runtime.handoff_asked);
}
var HOOK = { kind: "hook" };
var QUIET = { kind: "quiet" };
function checkTurnQuiet(event, stdin, env, now) {
  try {
    return verdict(event, stdin, env, now);
  } catch {
    return HOOK;
  }
}
function verdict(event, stdin, env, now) {
  const input = turnInputOf(event, JSON.parse(stdin));
  if (!input) return HOOK;
  if (hasSessionNotices(env, input.session_id)) return HOOK;
  if ("stop_hook_active" in input && input.stop_hook_active) return QUIET;
  if ("prompt" in input && detectHandoffIntent(input.prompt) !== null) return HOOK;
  const startDir = sessionStartDir(input.cwd, env);
  const remembered = readTurnMemo(env, input.session_id, turnSources(resolveProjectDir(void 0, input.cwd, env), startDir, env));
  if (!remembered) return HOOK;
  const { config, settings } = remembered;
  const runtime = checkSessionRuntime(env, input.session_id);
  if (!runtime || event === "UserPromptSubmit" && runtime.pending_notice !== null) return HOOK;
  const replyAnnounced = "last_assistant_message" in input && Boolean(input.last_assistant_message);
  const figures = {
    statusline: checkStatuslineRecord(env, input.session_id),
    startModel: runtime.model,
    seen: runtime.seen,
    settings,
    config,
    env,
    now
  };
  const { usage, late } = input.transcript_path ? readUsageWithReply(
    input.transcript_path,
    replyWaitOf(replyAnnounced, env, runtime.transcript_absent),
    (without) => replyMatters(measureContext({ ...figures, usage: without }), replyReachTokens(without, env), config, runtime, intervalCheckpointDue(runtime, config.checkpoint_interval_minutes, now, transcriptSize(input.transcript_path)))
  ) : { usage: NO_USAGE, late: false };
  if (late) return HOOK;
  if (changedSeen(runtime.seen, usage) !== null) return HOOK;
  const context = measureContext({ ...figures, usage });
  const crossing = crossMilestones(context, config, runtime.announced);
  if (crossing.crossed.length > 0) return HOOK;
  if (event === "UserPromptSubmit") return QUIET;
  if (config.mode === "auto" && crossing.atHandoffThreshold && !runtime.handoff_asked) return HOOK;
  const size = transcriptSize(input.transcript_path);
  if (!intervalCheckpointDue(runtime, config.checkpoint_interval_minutes, now, size)) return QUIET;
  return { kind: "interval-checkpoint", request: intervalCheckpointRequest(input, tokensOfReading(context), now), runtime: afterIntervalCheckpoint(runtime, now, size) };
}

// scripts/process-io.ts
var import_node_fs9 = require("node:fs");
function readByStream() {
  return new Promise((resolve, reject) => {
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => data += chunk);
    process.stdin.on("end", () => resolve(data));
    process.stdin.on("error", reject);
  });
}
function readAtOnce() {
  try {
    if ((0, import_node_fs9.fstatSync)(0).isCharacterDevice()) return "";
    return (0, import_node_fs9.readFileSync)(0, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "EBADF" || code === "EINVAL") return "";
    if (code === "EAGAIN") return null;
    throw error;
  }
}
var READ = /* @__PURE__ */ Symbol.for("claude-workflow.stdin");
var holder2 = globalThis;
function readStdin() {
  holder2[READ] ??= (async () => readAtOnce() ?? readByStream())();
  return holder2[READ];
}
var throughStream = false;
function writeStdout(text) {
  if (throughStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += (0, import_node_fs9.writeSync)(1, bytes, written);
  } catch (error) {
    if (error.code !== "EAGAIN") throw error;
    throughStream = true;
    process.stdout.write(bytes.subarray(written));
  }
}

// scripts/quick-path-signal.ts
var SIGNAL = /* @__PURE__ */ Symbol.for("claude-workflow.quick-path-answered");
var holder3 = globalThis;
function quickPathAnswered() {
  holder3[SIGNAL]?.();
}

// scripts/quick-process.ts
async function runQuickHook(event, quick, loadHook, now) {
  let input;
  try {
    input = { text: await readStdin() };
  } catch (error) {
    input = { error };
  }
  let said = null;
  try {
    said = "text" in input ? await quick(input.text, now) : null;
  } catch {
  }
  if (said !== null) {
    quickPathAnswered();
    return said;
  }
  try {
    const hook = await loadHook();
    return await hook(async () => "text" in input ? input.text : Promise.reject(input.error), now);
  } catch (error) {
    return JSON.stringify({ systemMessage: `workflow: ${event} hook skipped (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); reinstall the plugin` });
  }
}
function runQuickHookProcess(event, quick, loadHook) {
  void runQuickHook(event, quick, loadHook, /* @__PURE__ */ new Date()).then((output) => {
    if (output) writeStdout(`${output}
`);
    process.exitCode = 0;
  });
}

// scripts/turn-process.ts
async function startIntervalCheckpoint({ request, runtime }) {
  try {
    return (await Promise.resolve().then(() => __toESM(require_background_start(), 1))).startIntervalCheckpoint(process.env, request, runtime);
  } catch {
    return null;
  }
}
function runTurnProcess(event) {
  runQuickHookProcess(
    event,
    async (stdin, now) => {
      const verdict2 = checkTurnQuiet(event, stdin, process.env, now);
      if (verdict2.kind === "quiet") return "";
      return verdict2.kind === "interval-checkpoint" ? startIntervalCheckpoint(verdict2) : null;
    },
    async () => {
      const { runTurnHook } = await Promise.resolve().then(() => __toESM(require_turn_hook(), 1));
      return (readInput, now) => runTurnHook(event, readInput, now);
    }
  );
}

// scripts/hook-entries/user-prompt-submit.ts
runTurnProcess("UserPromptSubmit");
