// What a person taking over needs from a session, mined line by line from its transcript: files
// edited, commands run and how they ended, background agents and their state, the plan, the todo
// list, the user's requests, Claude Code's compaction summaries and the session's title. The
// miner's state is plain JSON, so a hook can keep it between runs and feed it only new lines.
import * as z from 'zod/mini';
import {
  blocksOf,
  clip,
  isCompactBoundary,
  isMainChain,
  textOfToolResult,
  ToolResultBlock,
  ToolUseBlock,
  userText,
  type Entry,
  type ToolResult,
  type ToolUse,
} from './transcript-entry.ts';

const PROMPT_MAX_CHARS = 300;
const COMMAND_MAX_CHARS = 200;
const PLAN_MAX_CHARS = 4000;
const SUMMARY_MAX_CHARS = 4000;
/** Bounds that keep the per-session file small whatever the session does. */
const MAX_FILES = 2000;
const MAX_COMMANDS = 12;
const MAX_AGENTS = 200;
const MAX_PENDING = 500;
const MAX_TASKS = 500;

const TodoStatus = z.enum(['pending', 'in_progress', 'completed']);
type TodoStatus = z.infer<typeof TodoStatus>;
const Todo = z.object({ content: z.string(), status: TodoStatus });
const AgentStatus = z.enum(['running', 'completed', 'failed', 'stopped']);
const Command = z.object({ command: z.string(), exit_code: z.nullable(z.number()), ok: z.boolean(), at: z.nullable(z.string()) });
export type MinedCommand = z.infer<typeof Command>;

/** A call waiting for its result: only what the result will need. */
const PendingCall = z.object({
  name: z.string(),
  main: z.boolean(),
  file: z.optional(z.string()),
  todos: z.optional(z.array(Todo)),
  subject: z.optional(z.string()),
  task_id: z.optional(z.string()),
  status: z.optional(z.string()),
  command: z.optional(z.string()),
  plan: z.optional(z.string()),
  at: z.optional(z.nullable(z.string())),
});
type PendingCall = z.infer<typeof PendingCall>;

export const MinerState = z.object({
  pending: z.record(z.string(), PendingCall),
  todo_source: z.nullable(z.enum(['todo_write', 'tasks'])),
  todo_write: z.array(Todo),
  tasks: z.array(z.object({ id: z.nullable(z.string()), content: z.string(), status: TodoStatus })),
  /** order of last touch, oldest first */
  files: z.array(z.string()),
  /** by the tool_use id that launched them */
  agents: z.record(z.string(), z.object({ type: z.string(), description: z.string(), status: AgentStatus, agent_id: z.nullable(z.string()) })),
  commands: z.array(Command),
  last_test: z.nullable(Command),
  last_build: z.nullable(Command),
  first_request: z.nullable(z.string()),
  last_request: z.nullable(z.string()),
  /** Claude Code's own `last-prompt` record, for when the prompt itself was not read */
  recorded_prompt: z.nullable(z.string()),
  plan: z.nullable(z.string()),
  title: z.nullable(z.string()),
  compactions: z.object({
    count: z.number(),
    last: z.nullable(
      z.object({
        at: z.nullable(z.string()),
        trigger: z.nullable(z.string()),
        pre_tokens: z.nullable(z.number()),
        post_tokens: z.nullable(z.number()),
        summary: z.nullable(z.string()),
      }),
    ),
  }),
  lines: z.object({ read: z.number(), unknown_type: z.number(), unreadable: z.number(), long: z.number() }),
});
export type MinerState = z.infer<typeof MinerState>;

export function newMinerState(): MinerState {
  return {
    pending: {},
    todo_source: null,
    todo_write: [],
    tasks: [],
    files: [],
    agents: {},
    commands: [],
    last_test: null,
    last_build: null,
    first_request: null,
    last_request: null,
    recorded_prompt: null,
    plan: null,
    title: null,
    compactions: { count: 0, last: null },
    lines: { read: 0, unknown_type: 0, unreadable: 0, long: 0 },
  };
}

// Line types Claude Code writes (1.0 to 2.1.332) that hold nothing for the miner; any other type
// is counted as unknown and skipped.
const KNOWN_TYPES = new Set([
  'user',
  'assistant',
  'system',
  'summary',
  'custom-title',
  'ai-title',
  'last-prompt',
  'attachment',
  'queue-operation',
  'file-history-snapshot',
  'progress',
  'atis-latch',
  'api-request',
  'api-request-shape',
  'api-request-blob',
  'tools-used',
  'cost-state',
  'tag',
  'agent-name',
  'pr-link',
]);

const FILE_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);
const AGENT_TOOLS = new Set(['Task', 'Agent']);
// Test and build runs, by the tools people run them with (on a command's first line only)
const TEST_COMMAND = /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test|jest|vitest|pytest|mocha|rspec|phpunit|ctest|(?:go|cargo|dotnet|mvn|gradle|gradlew|mix|deno)\s+test|make\s+(?:test|check))\b/;
const BUILD_COMMAND = /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build|tsc|make|cmake|webpack|esbuild|vite\s+build|(?:go|cargo|dotnet|gradle|gradlew|swift)\s+build|mvn\s+(?:package|install|compile))\b/;

const NonEmpty = z.string().check(z.minLength(1));
const TaskId = z.pipe(z.union([NonEmpty, z.number()]), z.transform(String));
const OptionalText = z.optional(z.string());
const FileToolInput = z.object({ file_path: z.optional(NonEmpty), notebook_path: z.optional(NonEmpty) });
const TodoWriteInput = z.object({ todos: z.array(z.unknown()) });
const TodoItem = z.object({ content: z.string(), status: z.string() });
const TaskCreateInput = z.object({ subject: OptionalText, description: OptionalText });
const TaskUpdateInput = z.object({ taskId: TaskId, status: OptionalText, subject: OptionalText });
const AgentInput = z.object({ subagent_type: OptionalText, description: OptionalText, prompt: OptionalText });
const TaskIdInput = z.object({ task_id: z.optional(TaskId), shell_id: z.optional(TaskId), taskId: z.optional(TaskId) });
const BashInput = z.object({ command: NonEmpty });
const PlanInput = z.object({ plan: NonEmpty });
const TaskRecordResult = z.object({ task: z.object({ id: TaskId, subject: OptionalText, status: OptionalText }) });
const TaskListResult = z.object({ tasks: z.array(z.unknown()) });
const TaskListItem = z.object({ id: TaskId, subject: z.string(), status: z.string() });
const AgentLaunchResult = z.object({ status: z.enum(['async_launched', 'remote_launched']), agentId: OptionalText, taskId: OptionalText });
// TaskOutput: `{retrieval_status, task: {task_id, status, …}}`
const TaskOutputResult = z.object({ task: z.object({ task_id: TaskId, status: z.string() }) });

function todoStatus(status: string | undefined): TodoStatus | null {
  if (status === 'deleted') return null;
  if (status === 'completed' || status === 'in_progress') return status;
  return 'pending';
}

/** Background task statuses onto an agent's: `killed` is a stop, anything unknown still runs. */
function agentStatus(status: string | undefined): MinerState['agents'][string]['status'] | null {
  if (status === 'completed') return 'completed';
  if (status === 'failed' || status === 'error') return 'failed';
  if (status === 'killed' || status === 'stopped' || status === 'cancelled') return 'stopped';
  return null;
}

function touchFile(state: MinerState, file: string): void {
  const at = state.files.indexOf(file);
  if (at !== -1) state.files.splice(at, 1);
  state.files.push(file);
  if (state.files.length > MAX_FILES) state.files.shift();
}

function agentByTaskId(state: MinerState, taskId: string): MinerState['agents'][string] | undefined {
  return Object.values(state.agents).find((agent) => agent.agent_id === taskId);
}

function setAgentStatus(state: MinerState, ids: { taskId?: string | undefined; toolUseId?: string | undefined }, status: string | undefined): void {
  const next = agentStatus(status);
  if (!next) return;
  const agent = (ids.toolUseId ? state.agents[ids.toolUseId] : undefined) ?? (ids.taskId ? agentByTaskId(state, ids.taskId) : undefined);
  if (agent) agent.status = next;
}

function bounded<T>(record: Record<string, T>, max: number): void {
  const keys = Object.keys(record);
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) delete record[key];
}

/** What a call's result will need, kept until the result comes. */
function pendingOf(use: ToolUse, main: boolean, at: string | null): PendingCall {
  const call: PendingCall = { name: use.name, main, at };
  if (FILE_TOOLS.has(use.name)) {
    const input = FileToolInput.safeParse(use.input);
    const file = input.success ? (input.data.file_path ?? input.data.notebook_path) : undefined;
    if (file) call.file = file;
  } else if (use.name === 'TodoWrite') {
    const input = TodoWriteInput.safeParse(use.input);
    if (input.success) {
      call.todos = [];
      for (const item of input.data.todos) {
        const todo = TodoItem.safeParse(item);
        const status = todo.success ? todoStatus(todo.data.status) : null;
        if (todo.success && status) call.todos.push({ content: todo.data.content, status });
      }
    }
  } else if (use.name === 'TaskCreate') {
    const input = TaskCreateInput.safeParse(use.input);
    if (input.success) call.subject = input.data.subject ?? input.data.description ?? '';
  } else if (use.name === 'TaskUpdate') {
    const input = TaskUpdateInput.safeParse(use.input);
    if (input.success) Object.assign(call, { task_id: input.data.taskId }, input.data.status ? { status: input.data.status } : {}, input.data.subject ? { subject: input.data.subject } : {});
  } else if (use.name === 'TaskStop' || use.name === 'KillShell' || use.name === 'TaskOutput') {
    const input = TaskIdInput.safeParse(use.input);
    const id = input.success ? (input.data.task_id ?? input.data.shell_id ?? input.data.taskId) : undefined;
    if (id) call.task_id = id;
  } else if (use.name === 'Bash') {
    const input = BashInput.safeParse(use.input);
    // the first line is the command; what follows (a heredoc's body) is data
    const firstLine = input.success ? input.data.command.trim().split('\n')[0] : undefined;
    if (firstLine) call.command = clip(firstLine.replace(/\s+/g, ' ').trim(), COMMAND_MAX_CHARS);
  } else if (use.name === 'ExitPlanMode') {
    const input = PlanInput.safeParse(use.input);
    if (input.success) call.plan = clip(input.data.plan.trim(), PLAN_MAX_CHARS);
  }
  return call;
}

function mineToolUse(state: MinerState, use: ToolUse, main: boolean, at: string | null): void {
  state.pending[use.id] = pendingOf(use, main, at);
  bounded(state.pending, MAX_PENDING);
  // Agents are listed from their call on: a running agent is worth knowing about.
  if (!main || !AGENT_TOOLS.has(use.name)) return;
  const input = AgentInput.safeParse(use.input);
  if (!input.success || (input.data.description === undefined && input.data.prompt === undefined)) return;
  state.agents[use.id] = {
    type: input.data.subagent_type || 'general-purpose',
    description: input.data.description ?? clip(input.data.prompt ?? '', 80),
    status: 'running',
    agent_id: null,
  };
  bounded(state.agents, MAX_AGENTS);
}

function setTaskStatus(state: MinerState, id: string, status: string | undefined, subject: string | undefined): void {
  const next = status === undefined ? undefined : todoStatus(status);
  let task = state.tasks.find((t) => t.id === id);
  if (next === null) {
    state.tasks = state.tasks.filter((t) => t !== task);
    return;
  }
  if (!task) {
    task = { id, content: subject ?? `Task #${id}`, status: 'pending' };
    state.tasks.push(task);
    if (state.tasks.length > MAX_TASKS) state.tasks.shift();
  }
  if (subject) task.content = subject;
  if (next) task.status = next;
}

function tasksFromList(toolUseResult: unknown, text: string): MinerState['tasks'] | null {
  const listed = TaskListResult.safeParse(toolUseResult);
  const tasks: MinerState['tasks'] = [];
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

function recordCommand(state: MinerState, call: PendingCall, result: ToolResult | undefined): void {
  if (!call.command || !result) return;
  const text = textOfToolResult(result.content);
  const exit = /^Exit code (\d+)/.exec(text)?.[1];
  const ok = result.is_error !== true;
  const command: MinedCommand = { command: call.command, exit_code: exit !== undefined ? Number(exit) : ok ? 0 : null, ok, at: call.at ?? null };
  state.commands.push(command);
  if (state.commands.length > MAX_COMMANDS) state.commands.shift();
  if (TEST_COMMAND.test(call.command)) state.last_test = command;
  else if (BUILD_COMMAND.test(call.command)) state.last_build = command;
}

/**
 * What a call changed, once its result is known. `result` is undefined for a call still waiting
 * at the end of the session: it is in flight, and counting it beats losing it.
 */
function applyCall(state: MinerState, call: PendingCall, result?: ToolResult, toolUseResult?: unknown): void {
  // Edits by subagents changed the project too, so sidechains count here.
  if (call.file) return touchFile(state, call.file);
  if (call.name === 'Bash') return recordCommand(state, call, result);
  if (!call.main) return; // a subagent's todos and plans are its own business
  if (call.todos) {
    state.todo_source = 'todo_write';
    state.todo_write = call.todos;
  } else if (call.name === 'ExitPlanMode' && call.plan) {
    state.plan = call.plan;
  } else if (call.name === 'TaskCreate' && call.subject !== undefined) {
    state.todo_source = 'tasks';
    const record = TaskRecordResult.safeParse(toolUseResult);
    // Without the structured result the id is in the text: "Task #3 created successfully: …"
    const id = record.success ? record.data.task.id : result ? /#(\d+)/.exec(textOfToolResult(result.content))?.[1] : undefined;
    state.tasks.push({ id: id ?? null, content: call.subject, status: 'pending' });
  } else if (call.name === 'TaskUpdate' && call.task_id) {
    state.todo_source = 'tasks';
    setTaskStatus(state, call.task_id, call.status, call.subject);
  } else if (call.name === 'TaskGet') {
    const record = TaskRecordResult.safeParse(toolUseResult);
    if (!record.success) return;
    state.todo_source = 'tasks';
    setTaskStatus(state, record.data.task.id, record.data.task.status, record.data.task.subject);
  } else if (call.name === 'TaskList' && result) {
    const snapshot = tasksFromList(toolUseResult, textOfToolResult(result.content));
    if (!snapshot) return;
    state.todo_source = 'tasks';
    state.tasks = snapshot;
  } else if (call.name === 'TaskOutput' && result) {
    const output = TaskOutputResult.safeParse(toolUseResult);
    const text = textOfToolResult(result.content);
    const taskId = output.success ? output.data.task.task_id : (/<task_id>([^<]+)<\/task_id>/.exec(text)?.[1] ?? call.task_id);
    const status = output.success ? output.data.task.status : /<status>([^<]+)<\/status>/.exec(text)?.[1];
    setAgentStatus(state, { taskId }, status);
  } else if ((call.name === 'TaskStop' || call.name === 'KillShell') && call.task_id && result) {
    setAgentStatus(state, { taskId: call.task_id }, 'killed');
  }
}

function mineToolResult(state: MinerState, result: ToolResult, toolUseResult: unknown): void {
  const call = state.pending[result.tool_use_id];
  if (!call) return; // its call was not read
  delete state.pending[result.tool_use_id];
  const agent = state.agents[result.tool_use_id];
  if (agent) {
    const launch = AgentLaunchResult.safeParse(toolUseResult);
    const text = textOfToolResult(result.content);
    const launchedAs = launch.success ? (launch.data.agentId ?? launch.data.taskId) : /^Async agent launched[\s\S]*?agentId: ([\w-]+)/.exec(text)?.[1];
    // A background launch answers at once; the agent is done when its notification or TaskOutput says so.
    if (launchedAs) agent.agent_id = launchedAs;
    else agent.status = result.is_error ? 'failed' : 'completed';
    return;
  }
  // A refused or failed call (an edit whose text was not found, a tool not enabled) changed nothing;
  // a failed command is still a fact.
  if (!result.is_error || call.name === 'Bash') applyCall(state, call, result, toolUseResult);
}

/** Background agents report back in a line Claude Code writes itself. */
function mineTaskNotification(state: MinerState, text: string): boolean {
  if (!text.includes('<task-notification>')) return false;
  const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
  // a notification without a status (older releases) reports an end
  setAgentStatus(state, { taskId: tag('task-id'), toolUseId: tag('tool-use-id') }, tag('status') ?? 'completed');
  return true;
}

// Lines Claude Code writes in the user's name: `!` shell output, hook and task notifications. None
// is a request the user typed. Slash commands are requests, read from their name and arguments.
const HARNESS_TEXT = /^<(command-[a-z]+|local-command-[a-z]+|bash-[a-z]+|task-notification|user-prompt-submit-hook)>/;
// Built-in commands and this plugin's own: they say nothing about the work
const NOT_A_REQUEST = /^\/(workflow:|compact\b|clear\b|resume\b|continue\b|exit\b|model\b|config\b|cost\b|context\b|help\b|login\b|logout\b|status\b|doctor\b|memory\b|permissions\b|init\b|plugin\b|mcp\b|hooks\b|agents\b|rewind\b|export\b|statusline\b|ide\b|vim\b|theme\b|usage\b|release-notes\b|fast\b|effort\b|plan\b)/;

function requestFromText(raw: string): string | null {
  const text = raw.replace(/<system-reminder>[\s\S]*?<\/system-reminder>/g, '').trim();
  const name = /<command-name>([^<]*)<\/command-name>/.exec(text)?.[1]?.trim();
  if (name !== undefined) {
    const args = /<command-args>([\s\S]*?)<\/command-args>/.exec(text)?.[1]?.trim() ?? '';
    const command = `${name.startsWith('/') ? name : `/${name}`}${args ? ` ${args}` : ''}`;
    return !args || NOT_A_REQUEST.test(command) ? null : clip(command.replace(/\s+/g, ' '), PROMPT_MAX_CHARS);
  }
  if (!text || HARNESS_TEXT.test(text) || text.startsWith('[Request interrupted by user')) return null;
  return clip(text.replace(/\s+/g, ' '), PROMPT_MAX_CHARS);
}

function noteRequest(state: MinerState, request: string): void {
  state.first_request ??= request;
  state.last_request = request;
}

function mineUser(state: MinerState, entry: Entry, main: boolean): void {
  const results = blocksOf(entry, ToolResultBlock);
  // toolUseResult belongs to the line; it is unambiguous only when the line answers one call.
  for (const result of results) mineToolResult(state, result, results.length === 1 ? entry.toolUseResult : undefined);
  if (results.length > 0 || !main) return;
  const text = userText(entry);
  if (entry.isCompactSummary) {
    const last = state.compactions.last;
    if (last && text) last.summary = clip(text.trim(), SUMMARY_MAX_CHARS);
    return;
  }
  if (text === null || mineTaskNotification(state, text) || entry.isMeta) return;
  const request = requestFromText(text);
  if (request !== null) noteRequest(state, request);
}

/** One transcript line into the state. `main` is false for a subagent's own file. */
export function mineEntry(state: MinerState, entry: Entry, main: boolean): void {
  state.lines.read += 1;
  if (!KNOWN_TYPES.has(entry.type)) {
    state.lines.unknown_type += 1;
    return;
  }
  const onMainChain = main && isMainChain(entry);
  switch (entry.type) {
    case 'assistant':
      for (const use of blocksOf(entry, ToolUseBlock)) mineToolUse(state, use, onMainChain, entry.timestamp ?? null);
      return;
    case 'user':
      return mineUser(state, entry, onMainChain);
    case 'last-prompt': {
      const recorded = entry.lastPrompt === undefined ? null : requestFromText(entry.lastPrompt);
      if (recorded !== null) state.recorded_prompt = recorded;
      return;
    }
    case 'queue-operation':
      if (entry.operation === 'enqueue' && entry.content) mineTaskNotification(state, entry.content);
      return;
    case 'attachment':
      if (entry.attachment?.prompt) mineTaskNotification(state, entry.attachment.prompt);
      return;
    case 'system':
      if (onMainChain && isCompactBoundary(entry)) {
        const meta = entry.compactMetadata;
        state.compactions.count += 1;
        state.compactions.last = {
          at: entry.timestamp ?? null,
          trigger: meta?.trigger ?? null,
          pre_tokens: meta?.preTokens ?? null,
          post_tokens: meta?.postTokens ?? null,
          summary: null,
        };
      }
      return;
    case 'summary':
    case 'custom-title':
    case 'ai-title': {
      const title = entry.customTitle ?? entry.aiTitle ?? entry.summary;
      // a title the user set wins over one Claude Code made up
      if (title?.trim() && (entry.type === 'custom-title' || state.title === null || entry.type === 'ai-title')) state.title = clip(title.trim(), 120);
      return;
    }
    default:
      return;
  }
}

/** A line that could not be read as a whole (too long to parse, or not JSON). */
export function countUnreadable(state: MinerState, long: boolean): void {
  state.lines.read += 1;
  if (long) state.lines.long += 1;
  else state.lines.unreadable += 1;
}

/** A file edit found in a line too long to parse, by scanning its head. */
export function mineLongLineHead(state: MinerState, head: string, main: boolean): void {
  if (!/"type":"assistant"/.test(head)) return;
  for (const match of head.matchAll(/"type":"tool_use","id":"([^"]+)","name":"(Edit|Write|MultiEdit|NotebookEdit)","input":\{"(?:file_path|notebook_path)":"((?:[^"\\]|\\.)*)"/g)) {
    const [, id, name, file] = match;
    if (!id || !name || !file) continue;
    let path: string;
    try {
      path = JSON.parse(`"${file}"`) as string;
    } catch {
      continue;
    }
    state.pending[id] = { name, main, file: path };
  }
}

export interface MinedFacts {
  todos: { active: z.infer<typeof Todo>[]; completed: z.infer<typeof Todo>[] } | null;
  /** files written or edited (by the session and its subagents), oldest touch first */
  files: string[];
  agents: { type: string; description: string; done: boolean; status: MinerState['agents'][string]['status'] }[];
  first_request: string | null;
  last_request: string | null;
}

function splitTodos(todos: readonly z.infer<typeof Todo>[]): NonNullable<MinedFacts['todos']> {
  return {
    active: todos.filter((t) => t.status !== 'completed').map(({ content, status }) => ({ content, status })),
    completed: todos.filter((t) => t.status === 'completed').map(({ content, status }) => ({ content, status })),
  };
}

/** The facts as of now: calls still waiting for a result count as done (they are in flight). */
export function factsOf(state: MinerState): MinedFacts {
  const settled: MinerState = structuredClone(state);
  for (const call of Object.values(settled.pending)) applyCall(settled, call);
  return {
    todos:
      settled.todo_source === 'todo_write' ? splitTodos(settled.todo_write) : settled.todo_source === 'tasks' ? splitTodos(settled.tasks) : null,
    files: settled.files,
    agents: Object.values(settled.agents).map((agent) => ({
      type: agent.type,
      description: agent.description,
      done: agent.status !== 'running',
      status: agent.status,
    })),
    first_request: settled.first_request ?? settled.recorded_prompt,
    last_request: settled.last_request ?? settled.recorded_prompt,
  };
}
