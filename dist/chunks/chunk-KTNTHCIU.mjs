import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-6DXBHU2Y.mjs";
import {
  readSessionRuntime,
  readStatuslineRecord
} from "./chunk-7J2BBFPX.mjs";
import {
  measureContext
} from "./chunk-ASOXG2VR.mjs";
import {
  ClaudeSettingsFile
} from "./chunk-QFHYYRCR.mjs";
import {
  _catch,
  _enum,
  _minLength,
  _nonnegative,
  array,
  boolean,
  literal,
  looseObject,
  nullish,
  number,
  object,
  optional,
  pipe,
  string,
  transform,
  union,
  unknown
} from "./chunk-CP5ICYCT.mjs";

// scripts/core/transcript.ts
import fs from "node:fs";
var USAGE_FIRST_CHUNK_BYTES = 64 * 1024;
var USAGE_MAX_BYTES = 8 * 1024 * 1024;
var BASELINE_CONTEXT_TOKENS = 15e3;
var CHARS_PER_TOKEN = 4;
var PROMPT_MAX_CHARS = 300;
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
  message: lenient(Message),
  toolUseResult: optional(unknown())
});
var TextBlock = object({ type: literal("text"), text: string() });
var ToolUseBlock = object({ type: literal("tool_use"), id: string(), name: string(), input: unknown() });
var ToolResultBlock = object({
  type: literal("tool_result"),
  tool_use_id: string(),
  content: optional(unknown()),
  is_error: nullish(boolean())
});
var NonEmpty = string().check(_minLength(1));
var TaskId = pipe(union([NonEmpty, number()]), transform(String));
var OptionalText = optional(string());
var FileToolInput = object({ file_path: optional(NonEmpty), notebook_path: optional(NonEmpty) });
var TodoWriteInput = object({ todos: array(unknown()) });
var TodoItem = object({ content: string(), status: string() });
var TaskCreateInput = object({ subject: OptionalText, description: OptionalText });
var TaskUpdateInput = object({ taskId: TaskId, status: OptionalText, subject: OptionalText });
var AgentInput = object({ subagent_type: OptionalText, description: OptionalText, prompt: OptionalText });
var TaskRecordResult = object({
  task: object({ id: TaskId, subject: OptionalText, status: OptionalText })
});
var TaskListResult = object({ tasks: array(unknown()) });
var TaskListItem = object({ id: TaskId, subject: string(), status: string() });
var AgentLaunchResult = object({
  status: _enum(["async_launched", "remote_launched"]),
  agentId: OptionalText,
  taskId: OptionalText
});
var FILE_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
var AGENT_TOOLS = /* @__PURE__ */ new Set(["Task", "Agent"]);
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
    const n = fs.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
function* linesFromEnd(fd, size, firstChunk, cap, counter) {
  const budget = Math.min(cap, size);
  let end = size;
  let carry = Buffer.alloc(0);
  let chunk = Math.max(1, firstChunk);
  let atNewestLine = true;
  while (end > 0 && counter.bytesRead < budget) {
    const length = Math.min(chunk, end, budget - counter.bytesRead);
    const start = end - length;
    const buf = Buffer.allocUnsafe(length + carry.length);
    const got = readFully(fd, buf, length, start);
    counter.bytesRead += got;
    if (got < length) return;
    carry.copy(buf, length);
    end = start;
    chunk *= 4;
    let lineEnd = buf.length;
    let nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    while (nl !== -1) {
      const line = decodeLine(buf, nl + 1, lineEnd);
      const unterminated = atNewestLine;
      atNewestLine = false;
      if (line.trim() && (!unterminated || parsesAsJson(line))) yield line;
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    carry = buf.subarray(0, lineEnd);
  }
  if (end === 0 && carry.length > 0) {
    const line = decodeLine(carry, 0, carry.length);
    if (line.trim() && (!atNewestLine || parsesAsJson(line))) yield line;
  }
}
function withTranscript(file, fallback, read) {
  let fd;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return fallback;
  }
  try {
    return read(fd, fs.fstatSync(fd).size);
  } catch {
    return fallback;
  } finally {
    fs.closeSync(fd);
  }
}
function readTranscriptTail(file, maxBytes) {
  if (!(maxBytes > 0)) return [];
  return withTranscript(file, [], (fd, size) => [...linesFromEnd(fd, size, maxBytes, maxBytes, { bytesRead: 0 })].reverse());
}
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
function textOfToolResult(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((block) => {
    const text = TextBlock.safeParse(block);
    return text.success ? text.data.text : "";
  }).join("\n");
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
function estimateTokens(linesNewestFirst) {
  let chars = 0;
  for (const line of linesNewestFirst) {
    const entry = parseEntry(line);
    if (entry && (entry.type === "user" || entry.type === "assistant") && isMainChain(entry)) chars += contentChars(entry);
  }
  return BASELINE_CONTEXT_TOKENS + Math.ceil(chars / CHARS_PER_TOKEN);
}
function readContextUsage(file, options = {}) {
  const firstChunk = options.firstChunkBytes ?? USAGE_FIRST_CHUNK_BYTES;
  const cap = options.maxBytes ?? USAGE_MAX_BYTES;
  const counter = { bytesRead: 0 };
  const estimate = (newer, sawCompactBoundary) => ({
    tokens: estimateTokens(newer),
    estimated: true,
    model: null,
    requestedModel: null,
    version: null,
    sawCompactBoundary,
    bytesRead: counter.bytesRead
  });
  return withTranscript(file, estimate([], false), (fd, size) => {
    const newer = [];
    for (const line of linesFromEnd(fd, size, firstChunk, cap, counter)) {
      if (line.includes('"usage"') || line.includes("compact_boundary")) {
        const entry = parseEntry(line);
        if (entry && isCompactBoundary(entry)) return estimate(newer, true);
        const tokens = entry ? contextTokensOf(entry) : null;
        if (entry && tokens !== null) {
          return {
            tokens,
            estimated: false,
            model: entry.message?.model ?? null,
            requestedModel: entry.requestedModel ?? null,
            version: entry.version ?? null,
            sawCompactBoundary: false,
            bytesRead: counter.bytesRead
          };
        }
      }
      newer.push(line);
    }
    return estimate(newer, false);
  });
}
function todoStatus(status) {
  if (status === "deleted") return null;
  if (status === "completed" || status === "in_progress") return status;
  return "pending";
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
function touchFile(miner, file) {
  miner.files.delete(file);
  miner.files.add(file);
}
function setTaskStatus(miner, id, status, subject) {
  const next = status === void 0 ? void 0 : todoStatus(status);
  let task = miner.tasks.find((t) => t.id === id);
  if (next === null) {
    miner.tasks = miner.tasks.filter((t) => t !== task);
    return;
  }
  if (!task) {
    task = { id, content: subject ?? `Task #${id}`, status: "pending" };
    miner.tasks.push(task);
  }
  if (subject) task.content = subject;
  if (next) task.status = next;
}
function mineToolUse(miner, use, mainChain) {
  miner.calls.set(use.id, { use, mainChain });
  if (!mainChain || !AGENT_TOOLS.has(use.name)) return;
  const input = AgentInput.safeParse(use.input);
  if (!input.success || input.data.description === void 0 && input.data.prompt === void 0) return;
  miner.agents.set(use.id, {
    type: input.data.subagent_type || "general-purpose",
    description: input.data.description ?? input.data.prompt?.slice(0, 80) ?? "",
    done: false
  });
}
function applyCall(miner, { use, mainChain }, result, toolUseResult) {
  if (FILE_TOOLS.has(use.name)) {
    const input = FileToolInput.safeParse(use.input);
    const file = input.success ? input.data.file_path ?? input.data.notebook_path : void 0;
    if (file) touchFile(miner, file);
    return;
  }
  if (!mainChain) return;
  if (use.name === "TodoWrite") {
    const input = TodoWriteInput.safeParse(use.input);
    if (!input.success) return;
    miner.todoSource = "todo_write";
    miner.todoWrite = [];
    for (const item of input.data.todos) {
      const todo = TodoItem.safeParse(item);
      const status = todo.success ? todoStatus(todo.data.status) : null;
      if (todo.success && status) miner.todoWrite.push({ content: todo.data.content, status });
    }
  } else if (use.name === "TaskCreate") {
    const input = TaskCreateInput.safeParse(use.input);
    if (!input.success) return;
    miner.todoSource = "tasks";
    const record = TaskRecordResult.safeParse(toolUseResult);
    const id = record.success ? record.data.task.id : result ? /#(\d+)/.exec(textOfToolResult(result.content))?.[1] : void 0;
    miner.tasks.push({ id: id ?? null, content: input.data.subject ?? input.data.description ?? "", status: "pending" });
  } else if (use.name === "TaskUpdate") {
    const input = TaskUpdateInput.safeParse(use.input);
    if (!input.success) return;
    miner.todoSource = "tasks";
    setTaskStatus(miner, input.data.taskId, input.data.status, input.data.subject);
  } else if (use.name === "TaskGet") {
    const record = TaskRecordResult.safeParse(toolUseResult);
    if (!record.success) return;
    miner.todoSource = "tasks";
    setTaskStatus(miner, record.data.task.id, record.data.task.status, record.data.task.subject);
  } else if (use.name === "TaskList" && result) {
    const snapshot = tasksFromList(toolUseResult, textOfToolResult(result.content));
    if (!snapshot) return;
    miner.todoSource = "tasks";
    miner.tasks = snapshot;
  }
}
function tasksFromList(toolUseResult, text) {
  const listed = TaskListResult.safeParse(toolUseResult);
  const tasks = [];
  if (listed.success) {
    for (const item of listed.data.tasks) {
      const task = TaskListItem.safeParse(item);
      const status = task.success ? todoStatus(task.data.status) : null;
      if (task.success && status) tasks.push({ id: task.data.id, content: task.data.subject, status });
    }
    return tasks;
  }
  for (const match of text.matchAll(/^#(\d+)\s+\[([a-z_]+)\]\s+(.+)$/gm)) {
    const [, id, status, subject] = match;
    const todo = todoStatus(status);
    if (id && subject && todo) tasks.push({ id, content: subject.trim(), status: todo });
  }
  return tasks.length > 0 || /no tasks/i.test(text) ? tasks : null;
}
function mineToolResult(miner, result, toolUseResult) {
  const call = miner.calls.get(result.tool_use_id);
  if (!call) return;
  miner.calls.delete(result.tool_use_id);
  const agent = miner.agents.get(result.tool_use_id);
  if (agent) {
    const launch = AgentLaunchResult.safeParse(toolUseResult);
    const launchedAs = launch.success ? launch.data.agentId ?? launch.data.taskId : void 0;
    if (launchedAs) miner.launchedAgents.set(launchedAs, result.tool_use_id);
    agent.done = !launch.success;
    return;
  }
  if (!result.is_error) applyCall(miner, call, result, toolUseResult);
}
function userText(entry) {
  const content = entry.message?.content;
  if (typeof content === "string") return content;
  if (!content) return null;
  const texts = blocksOf(entry, TextBlock).map((b) => b.text);
  return texts.length > 0 ? texts.join("\n") : null;
}
function mineTaskNotification(miner, text) {
  if (!text.includes("<task-notification>")) return false;
  const tag = (name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
  const status = tag("status");
  if (status === "running") return true;
  const taskId = tag("task-id");
  const toolUseId = tag("tool-use-id") ?? (taskId === void 0 ? void 0 : miner.launchedAgents.get(taskId));
  const agent = toolUseId === void 0 ? void 0 : miner.agents.get(toolUseId);
  if (agent) agent.done = true;
  return true;
}
var HARNESS_TEXT = /^<(command-[a-z]+|local-command-[a-z]+|bash-[a-z]+|task-notification|user-prompt-submit-hook)>/;
function promptFromText(raw) {
  const text = raw.replace(/<system-reminder>[\s\S]*?<\/system-reminder>/g, "").trim();
  if (!text || HARNESS_TEXT.test(text) || text.startsWith("[Request interrupted by user")) return null;
  return clip(text.replace(/\s+/g, " "), PROMPT_MAX_CHARS);
}
function clip(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function mineEntry(miner, entry) {
  const mainChain = isMainChain(entry);
  if (entry.type === "assistant") {
    for (const use of blocksOf(entry, ToolUseBlock)) mineToolUse(miner, use, mainChain);
    return;
  }
  if (entry.type === "last-prompt") {
    const recorded = entry.lastPrompt === void 0 ? null : promptFromText(entry.lastPrompt);
    if (recorded !== null) miner.recordedPrompt = recorded;
    return;
  }
  if (entry.type !== "user") return;
  const results = blocksOf(entry, ToolResultBlock);
  for (const result of results) mineToolResult(miner, result, results.length === 1 ? entry.toolUseResult : void 0);
  if (results.length > 0 || !mainChain) return;
  const text = userText(entry);
  if (text !== null && mineTaskNotification(miner, text)) return;
  const prompt = entry.isMeta || entry.isCompactSummary || text === null ? null : promptFromText(text);
  if (prompt !== null) miner.lastPrompt = prompt;
}
function splitTodos(todos) {
  const strip = ({ content, status }) => ({ content, status });
  return {
    active: todos.filter((t) => t.status !== "completed").map(strip),
    completed: todos.filter((t) => t.status === "completed").map(strip)
  };
}
function mineTranscript(file, maxBytes) {
  const miner = {
    calls: /* @__PURE__ */ new Map(),
    todoSource: null,
    todoWrite: [],
    tasks: [],
    files: /* @__PURE__ */ new Set(),
    agents: /* @__PURE__ */ new Map(),
    launchedAgents: /* @__PURE__ */ new Map(),
    lastPrompt: null,
    recordedPrompt: null
  };
  for (const line of readTranscriptTail(file, maxBytes)) {
    const entry = parseEntry(line);
    if (entry) mineEntry(miner, entry);
  }
  for (const call of miner.calls.values()) applyCall(miner, call);
  return {
    todos: miner.todoSource === "todo_write" ? splitTodos(miner.todoWrite) : miner.todoSource === "tasks" ? splitTodos(miner.tasks) : null,
    files_modified: [...miner.files],
    agents: [...miner.agents.values()],
    last_prompt: miner.lastPrompt ?? miner.recordedPrompt
  };
}

// scripts/core/claude-settings.ts
import fs2 from "node:fs";
import os from "node:os";
import path from "node:path";
var MAX_SETTINGS_BYTES = 1024 * 1024;
function managedSettingsFile() {
  if (process.platform === "darwin") return "/Library/Application Support/ClaudeCode/managed-settings.json";
  if (process.platform === "win32") return "C:\\Program Files\\ClaudeCode\\managed-settings.json";
  return "/etc/claude-code/managed-settings.json";
}
function settingsFiles(startDir, env) {
  const configDir = env.CLAUDE_CONFIG_DIR || path.join(os.homedir(), ".claude");
  return [
    path.join(configDir, "settings.json"),
    path.join(startDir, ".claude", "settings.json"),
    path.join(startDir, ".claude", "settings.local.json"),
    managedSettingsFile()
  ];
}
function readSettingsFile(file) {
  let fd;
  try {
    fd = fs2.openSync(file, fs2.constants.O_RDONLY | (fs2.constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fs2.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_SETTINGS_BYTES) return null;
    const parsed = ClaudeSettingsFile.safeParse(JSON.parse(fs2.readFileSync(fd, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    fs2.closeSync(fd);
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

// scripts/core/session-context.ts
var NO_USAGE = {
  tokens: 0,
  estimated: true,
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
  if (runtime && !usage.estimated) {
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
  mineTranscript,
  sessionStartDir,
  readSessionContext,
  readSessionContextOf
};
