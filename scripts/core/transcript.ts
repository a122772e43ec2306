// What a Claude Code session transcript (JSONL, one event a line, newest last) says about the
// session: how full the context is and what the work looked like. Hooks call this on every turn
// and transcripts reach hundreds of MB, so everything here reads a bounded tail of the file with
// positioned reads: the cost depends on the bytes asked for, never on the transcript's size.
import fs from 'node:fs';
import * as z from 'zod/mini';
import type { WorkflowState } from './schemas.ts';

/** First read of the usage scan: the newest usage line is almost always in the last few KB. */
export const USAGE_FIRST_CHUNK_BYTES = 64 * 1024;
/** The usage scan stops here; past it, estimating is cheaper than reading on. */
export const USAGE_MAX_BYTES = 8 * 1024 * 1024;
/** Tokens the system prompt, tool definitions and memory files take before the first message. */
export const BASELINE_CONTEXT_TOKENS = 15_000;
const CHARS_PER_TOKEN = 4;
const PROMPT_MAX_CHARS = 300;

export interface ContextUsage {
  tokens: number;
  /** true when no usable usage figure was found and `tokens` is counted from the text instead */
  estimated: boolean;
  /** model of the usage line (`message.model`, never `[1m]`); null for an estimate */
  model: string | null;
  /** `requestedModel` of the usage line (2.1.332+, keeps `[1m]`); null when absent */
  requestedModel: string | null;
  /** the Claude Code version that wrote the usage line */
  version: string | null;
  /** a compaction happened after the newest usage figure, so that figure no longer holds */
  sawCompactBoundary: boolean;
  /** bytes read from the file, at most the scan's cap */
  bytesRead: number;
}

interface MinedTranscript {
  /** null when the tail holds no todo or task tool call */
  todos: WorkflowState['todos'] | null;
  /** files written or edited, oldest touch first */
  files_modified: string[];
  agents: WorkflowState['agents'];
  /** the user's newest real request, clipped */
  last_prompt: string | null;
}

type Todo = WorkflowState['todos']['active'][number];
type TodoStatus = Todo['status'];
type Agent = WorkflowState['agents'][number];

// ---------------------------------------------------------------------------------------------
// Line shapes. Only the fields read here are declared; Claude Code adds fields between releases,
// so objects are loose and a malformed optional field is dropped rather than failing the line.

const Count = z.nullish(z.number().check(z.nonnegative()));
const Usage = z.object({
  input_tokens: Count,
  cache_creation_input_tokens: Count,
  cache_read_input_tokens: Count,
});

/** An optional field that is dropped, not fatal, when Claude Code writes it in another shape. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const Message = z.looseObject({
  model: lenient(z.string()),
  content: lenient(z.union([z.string(), z.array(z.unknown())])),
  usage: lenient(Usage),
});

const Entry = z.looseObject({
  type: z.string(),
  subtype: lenient(z.string()),
  isSidechain: lenient(z.boolean()),
  isMeta: lenient(z.boolean()),
  isCompactSummary: lenient(z.boolean()),
  lastPrompt: lenient(z.string()),
  requestedModel: lenient(z.string()),
  version: lenient(z.string()),
  message: lenient(Message),
  toolUseResult: z.optional(z.unknown()),
});
type Entry = z.infer<typeof Entry>;

const TextBlock = z.object({ type: z.literal('text'), text: z.string() });
const ToolUseBlock = z.object({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: z.unknown() });
const ToolResultBlock = z.object({
  type: z.literal('tool_result'),
  tool_use_id: z.string(),
  content: z.optional(z.unknown()),
  is_error: z.nullish(z.boolean()),
});
type ToolUse = z.infer<typeof ToolUseBlock>;
type ToolResult = z.infer<typeof ToolResultBlock>;

const NonEmpty = z.string().check(z.minLength(1));
// Task ids are strings in the tool schema; a model may still send a number.
const TaskId = z.pipe(z.union([NonEmpty, z.number()]), z.transform(String));
const OptionalText = z.optional(z.string());

const FileToolInput = z.object({ file_path: z.optional(NonEmpty), notebook_path: z.optional(NonEmpty) });
const TodoWriteInput = z.object({ todos: z.array(z.unknown()) });
const TodoItem = z.object({ content: z.string(), status: z.string() });
const TaskCreateInput = z.object({ subject: OptionalText, description: OptionalText });
const TaskUpdateInput = z.object({ taskId: TaskId, status: OptionalText, subject: OptionalText });
const AgentInput = z.object({ subagent_type: OptionalText, description: OptionalText, prompt: OptionalText });
// TaskCreate and TaskGet results both carry the task under `task` (TaskGet: null when unknown).
const TaskRecordResult = z.object({
  task: z.object({ id: TaskId, subject: OptionalText, status: OptionalText }),
});
const TaskListResult = z.object({ tasks: z.array(z.unknown()) });
const TaskListItem = z.object({ id: TaskId, subject: z.string(), status: z.string() });
const AgentLaunchResult = z.object({
  status: z.enum(['async_launched', 'remote_launched']),
  agentId: OptionalText,
  taskId: OptionalText,
});

const FILE_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);
const AGENT_TOOLS = new Set(['Task', 'Agent']);

// ---------------------------------------------------------------------------------------------
// Reading the tail

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
}

/**
 * Complete lines from the end of the file backwards (newest first), reading chunks that grow
 * fourfold from `firstChunk` until `cap` bytes have been read or the start of the file is reached.
 * Each byte is read once: the partial line at a chunk's start is carried into the next read.
 * The first line of the window is dropped unless the window reaches the start of the file: it
 * may be cut. The last line, when the file does not end in a newline, is kept only if it parses:
 * Claude Code may be writing it right now.
 */
function* linesFromEnd(fd: number, size: number, firstChunk: number, cap: number, counter: ReadCounter): Generator<string> {
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
    if (got < length) return; // the file shrank under us: what was read no longer lines up
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

function withTranscript<T>(file: string, fallback: T, read: (fd: number, size: number) => T): T {
  let fd: number;
  try {
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
  return withTranscript(file, [], (fd, size) => [...linesFromEnd(fd, size, maxBytes, maxBytes, { bytesRead: 0 })].reverse());
}

function parseEntry(line: string): Entry | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = Entry.safeParse(json);
  return parsed.success ? parsed.data : null;
}

// ---------------------------------------------------------------------------------------------
// Context usage

function isMainChain(entry: Entry): boolean {
  return entry.isSidechain !== true;
}

function isCompactBoundary(entry: Entry): boolean {
  return entry.type === 'system' && entry.subtype === 'compact_boundary';
}

/** Tokens in the context when this line was written, if it is a real main-chain API reply. */
function contextTokensOf(entry: Entry): number | null {
  const usage = entry.message?.usage;
  if (entry.type !== 'assistant' || !isMainChain(entry) || !usage) return null;
  // Claude Code writes `<synthetic>` replies itself (errors, interruptions) with zero usage.
  if (entry.message?.model === '<synthetic>') return null;
  return (usage.input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
}

function textOfToolResult(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((block) => {
      const text = TextBlock.safeParse(block);
      return text.success ? text.data.text : '';
    })
    .join('\n');
}

/** Characters a message puts into the context: text, thinking, tool calls and tool results. */
function contentChars(entry: Entry): number {
  const content = entry.message?.content;
  if (typeof content === 'string') return content.length;
  if (!content) return 0;
  let chars = 0;
  for (const block of content) {
    if (typeof block !== 'object' || block === null) continue;
    if ('text' in block && typeof block.text === 'string') chars += block.text.length;
    else if ('thinking' in block && typeof block.thinking === 'string') chars += block.thinking.length;
    else if ('input' in block) chars += JSON.stringify(block.input ?? null).length;
    else if ('content' in block) chars += textOfToolResult(block.content).length;
  }
  return chars;
}

function estimateTokens(linesNewestFirst: string[]): number {
  let chars = 0;
  for (const line of linesNewestFirst) {
    const entry = parseEntry(line);
    if (entry && (entry.type === 'user' || entry.type === 'assistant') && isMainChain(entry)) chars += contentChars(entry);
  }
  return BASELINE_CONTEXT_TOKENS + Math.ceil(chars / CHARS_PER_TOKEN);
}

/**
 * How many tokens the context holds now: the usage Claude Code recorded for the newest main-chain
 * API reply. When a compaction came after that reply, or there is none within `maxBytes` of the
 * end, the figure is estimated from the text since the compaction (or in the bytes read).
 */
export function readContextUsage(
  file: string,
  options: { firstChunkBytes?: number; maxBytes?: number } = {},
): ContextUsage {
  const firstChunk = options.firstChunkBytes ?? USAGE_FIRST_CHUNK_BYTES;
  const cap = options.maxBytes ?? USAGE_MAX_BYTES;
  const counter: ReadCounter = { bytesRead: 0 };
  const estimate = (newer: string[], sawCompactBoundary: boolean): ContextUsage => ({
    tokens: estimateTokens(newer),
    estimated: true,
    model: null,
    requestedModel: null,
    version: null,
    sawCompactBoundary,
    bytesRead: counter.bytesRead,
  });
  return withTranscript(file, estimate([], false), (fd, size) => {
    const newer: string[] = [];
    for (const line of linesFromEnd(fd, size, firstChunk, cap, counter)) {
      // Most lines are tool output; only these two substrings can start a line that matters here,
      // so the rest are kept unparsed in case an estimate needs them.
      if (line.includes('"usage"') || line.includes('compact_boundary')) {
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
            bytesRead: counter.bytesRead,
          };
        }
      }
      newer.push(line);
    }
    return estimate(newer, false);
  });
}

// ---------------------------------------------------------------------------------------------
// Mining the work

interface TrackedTask {
  /** null when the TaskCreate result is not in the tail */
  id: string | null;
  content: string;
  status: TodoStatus;
}

interface ToolCall {
  use: ToolUse;
  mainChain: boolean;
}

interface Miner {
  /** calls whose result has not been seen yet, by tool_use id */
  calls: Map<string, ToolCall>;
  todoSource: 'todo_write' | 'tasks' | null;
  todoWrite: Todo[];
  tasks: TrackedTask[];
  /** insertion order is the order of last touch */
  files: Set<string>;
  agents: Map<string, Agent>;
  /** background agent id → tool_use id that launched it */
  launchedAgents: Map<string, string>;
  lastPrompt: string | null;
  /** from Claude Code's own `last-prompt` record, for when the prompt itself is out of the tail */
  recordedPrompt: string | null;
}

/** Task tool statuses onto todo statuses; null means the task is gone. */
function todoStatus(status: string | undefined): TodoStatus | null {
  if (status === 'deleted') return null;
  if (status === 'completed' || status === 'in_progress') return status;
  return 'pending';
}

function blocksOf<T>(entry: Entry, schema: z.ZodMiniType<T>): T[] {
  const content = entry.message?.content;
  if (!Array.isArray(content)) return [];
  const out: T[] = [];
  for (const block of content) {
    const parsed = schema.safeParse(block);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

function touchFile(miner: Miner, file: string): void {
  miner.files.delete(file);
  miner.files.add(file);
}

function setTaskStatus(miner: Miner, id: string, status: string | undefined, subject: string | undefined): void {
  const next = status === undefined ? undefined : todoStatus(status);
  let task = miner.tasks.find((t) => t.id === id);
  if (next === null) {
    miner.tasks = miner.tasks.filter((t) => t !== task);
    return;
  }
  if (!task) {
    // created before the tail we read: the subject may come with a later TaskList
    task = { id, content: subject ?? `Task #${id}`, status: 'pending' };
    miner.tasks.push(task);
  }
  if (subject) task.content = subject;
  if (next) task.status = next;
}

function mineToolUse(miner: Miner, use: ToolUse, mainChain: boolean): void {
  miner.calls.set(use.id, { use, mainChain });
  // Agents are listed from their call on: a running agent is worth knowing about.
  if (!mainChain || !AGENT_TOOLS.has(use.name)) return;
  const input = AgentInput.safeParse(use.input);
  if (!input.success || (input.data.description === undefined && input.data.prompt === undefined)) return;
  miner.agents.set(use.id, {
    type: input.data.subagent_type || 'general-purpose',
    description: input.data.description ?? input.data.prompt?.slice(0, 80) ?? '',
    done: false,
  });
}

/**
 * What a successful call changed. `result` is undefined for a call still waiting for its result
 * at the end of the tail: it is in flight, and counting it beats losing it.
 */
function applyCall(miner: Miner, { use, mainChain }: ToolCall, result?: ToolResult, toolUseResult?: unknown): void {
  if (FILE_TOOLS.has(use.name)) {
    // Edits by subagents changed the project too, so sidechains count here.
    const input = FileToolInput.safeParse(use.input);
    const file = input.success ? (input.data.file_path ?? input.data.notebook_path) : undefined;
    if (file) touchFile(miner, file);
    return;
  }
  if (!mainChain) return; // a subagent's todos are its own business
  if (use.name === 'TodoWrite') {
    const input = TodoWriteInput.safeParse(use.input);
    if (!input.success) return;
    miner.todoSource = 'todo_write';
    miner.todoWrite = [];
    for (const item of input.data.todos) {
      const todo = TodoItem.safeParse(item);
      const status = todo.success ? todoStatus(todo.data.status) : null;
      if (todo.success && status) miner.todoWrite.push({ content: todo.data.content, status });
    }
  } else if (use.name === 'TaskCreate') {
    const input = TaskCreateInput.safeParse(use.input);
    if (!input.success) return;
    miner.todoSource = 'tasks';
    const record = TaskRecordResult.safeParse(toolUseResult);
    // Without the structured result the id is in the text: "Task #3 created successfully: …"
    const id = record.success ? record.data.task.id : result ? /#(\d+)/.exec(textOfToolResult(result.content))?.[1] : undefined;
    miner.tasks.push({ id: id ?? null, content: input.data.subject ?? input.data.description ?? '', status: 'pending' });
  } else if (use.name === 'TaskUpdate') {
    const input = TaskUpdateInput.safeParse(use.input);
    if (!input.success) return;
    miner.todoSource = 'tasks';
    setTaskStatus(miner, input.data.taskId, input.data.status, input.data.subject);
  } else if (use.name === 'TaskGet') {
    const record = TaskRecordResult.safeParse(toolUseResult);
    if (!record.success) return;
    miner.todoSource = 'tasks';
    setTaskStatus(miner, record.data.task.id, record.data.task.status, record.data.task.subject);
  } else if (use.name === 'TaskList' && result) {
    const snapshot = tasksFromList(toolUseResult, textOfToolResult(result.content));
    if (!snapshot) return;
    miner.todoSource = 'tasks';
    miner.tasks = snapshot;
  }
}

/** A TaskList result states the whole list: structured when present, else its text form. */
function tasksFromList(toolUseResult: unknown, text: string): TrackedTask[] | null {
  const listed = TaskListResult.safeParse(toolUseResult);
  const tasks: TrackedTask[] = [];
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

function mineToolResult(miner: Miner, result: ToolResult, toolUseResult: unknown): void {
  const call = miner.calls.get(result.tool_use_id);
  if (!call) return; // its call is older than the tail
  miner.calls.delete(result.tool_use_id);
  const agent = miner.agents.get(result.tool_use_id);
  if (agent) {
    const launch = AgentLaunchResult.safeParse(toolUseResult);
    const launchedAs = launch.success ? (launch.data.agentId ?? launch.data.taskId) : undefined;
    if (launchedAs) miner.launchedAgents.set(launchedAs, result.tool_use_id);
    // A background launch answers at once; the agent is done only when its notification comes.
    agent.done = !launch.success;
    return;
  }
  // A refused or failed call (an edit whose text was not found, a tool not enabled) changed nothing.
  if (!result.is_error) applyCall(miner, call, result, toolUseResult);
}

function userText(entry: Entry): string | null {
  const content = entry.message?.content;
  if (typeof content === 'string') return content;
  if (!content) return null;
  const texts = blocksOf(entry, TextBlock).map((b) => b.text);
  return texts.length > 0 ? texts.join('\n') : null;
}

/** Background agents report back in a user line Claude Code writes itself. */
function mineTaskNotification(miner: Miner, text: string): boolean {
  if (!text.includes('<task-notification>')) return false;
  const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
  const status = tag('status');
  if (status === 'running') return true;
  const taskId = tag('task-id');
  const toolUseId = tag('tool-use-id') ?? (taskId === undefined ? undefined : miner.launchedAgents.get(taskId));
  const agent = toolUseId === undefined ? undefined : miner.agents.get(toolUseId);
  if (agent) agent.done = true;
  return true;
}

// Lines Claude Code writes in the user's name: slash command wrappers, `!` shell output, hook and
// task notifications. None of them is a request the user typed.
const HARNESS_TEXT = /^<(command-[a-z]+|local-command-[a-z]+|bash-[a-z]+|task-notification|user-prompt-submit-hook)>/;

function promptFromText(raw: string): string | null {
  const text = raw.replace(/<system-reminder>[\s\S]*?<\/system-reminder>/g, '').trim();
  if (!text || HARNESS_TEXT.test(text) || text.startsWith('[Request interrupted by user')) return null;
  return clip(text.replace(/\s+/g, ' '), PROMPT_MAX_CHARS);
}

function clip(text: string, max: number): string {
  const chars = Array.from(text); // by code point: never split a surrogate pair
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function mineEntry(miner: Miner, entry: Entry): void {
  const mainChain = isMainChain(entry);
  if (entry.type === 'assistant') {
    for (const use of blocksOf(entry, ToolUseBlock)) mineToolUse(miner, use, mainChain);
    return;
  }
  if (entry.type === 'last-prompt') {
    const recorded = entry.lastPrompt === undefined ? null : promptFromText(entry.lastPrompt);
    if (recorded !== null) miner.recordedPrompt = recorded;
    return;
  }
  if (entry.type !== 'user') return;
  const results = blocksOf(entry, ToolResultBlock);
  // toolUseResult belongs to the line; it is unambiguous only when the line answers one call.
  for (const result of results) mineToolResult(miner, result, results.length === 1 ? entry.toolUseResult : undefined);
  if (results.length > 0 || !mainChain) return;
  const text = userText(entry);
  if (text !== null && mineTaskNotification(miner, text)) return;
  const prompt = entry.isMeta || entry.isCompactSummary || text === null ? null : promptFromText(text);
  if (prompt !== null) miner.lastPrompt = prompt;
}

function splitTodos(todos: readonly { content: string; status: TodoStatus }[]): WorkflowState['todos'] {
  const strip = ({ content, status }: { content: string; status: TodoStatus }): Todo => ({ content, status });
  return {
    active: todos.filter((t) => t.status !== 'completed').map(strip),
    completed: todos.filter((t) => t.status === 'completed').map(strip),
  };
}

/** Todos, edited files, subagents and the latest request, from the last `maxBytes` of the file. */
export function mineTranscript(file: string, maxBytes: number): MinedTranscript {
  const miner: Miner = {
    calls: new Map(),
    todoSource: null,
    todoWrite: [],
    tasks: [],
    files: new Set(),
    agents: new Map(),
    launchedAgents: new Map(),
    lastPrompt: null,
    recordedPrompt: null,
  };
  for (const line of readTranscriptTail(file, maxBytes)) {
    const entry = parseEntry(line);
    if (entry) mineEntry(miner, entry);
  }
  for (const call of miner.calls.values()) applyCall(miner, call);
  return {
    todos:
      miner.todoSource === 'todo_write' ? splitTodos(miner.todoWrite) : miner.todoSource === 'tasks' ? splitTodos(miner.tasks) : null,
    files_modified: [...miner.files],
    agents: [...miner.agents.values()],
    last_prompt: miner.lastPrompt ?? miner.recordedPrompt,
  };
}
