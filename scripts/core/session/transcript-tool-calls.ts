// What a tool call changed, once its result is known: files written, todos, tasks, background
// agents (launched, collected with TaskOutput, stopped), commands and their exit status, the plan.
import * as z from 'zod/mini';
import type { ToolResult, ToolUse } from './transcript-entry.ts';
import { textOfToolResult } from './reading-entry.ts';
import type { MinedCommand, MinerState, PendingCall, TodoStatus } from './transcript-miner-state.ts';
import { fit } from '../shared/text.ts';

const COMMAND_MAX_CHARS = 200;
const PLAN_MAX_CHARS = 4000;
const MAX_FILES = 2000;
const MAX_COMMANDS = 12;
const MAX_AGENTS = 200;
const MAX_PENDING = 500;
const MAX_TASKS = 500;

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
const BashInput = z.object({ command: NonEmpty, run_in_background: z.optional(z.boolean()) });
const PlanInput = z.object({ plan: NonEmpty });
const PlanWriteInput = z.object({ content: z.string() });
const PlanEditInput = z.object({ old_string: z.string(), new_string: z.string() });
// Plan mode writes the plan to ~/.claude/plans/<slug>.md; ExitPlanMode may be off (in -p it is)
const PLAN_FILE = /[\\/]\.claude[\\/]plans[\\/][^\\/]+\.md$/;
// a background Bash answers at once with the id its output is kept under
const BackgroundBashResult = z.object({ backgroundTaskId: NonEmpty });
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

export function setAgentStatus(state: MinerState, ids: { taskId?: string | undefined; toolUseId?: string | undefined }, status: string | undefined): void {
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
    if (file && PLAN_FILE.test(file)) {
      const write = PlanWriteInput.safeParse(use.input);
      const edit = PlanEditInput.safeParse(use.input);
      if (use.name === 'Write' && write.success) call.plan = fit(write.data.content.trim(), PLAN_MAX_CHARS);
      else if (use.name === 'Edit' && edit.success) call.plan_edit = { old: edit.data.old_string, new: edit.data.new_string };
    }
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
    if (firstLine) call.command = fit(firstLine.replace(/\s+/g, ' ').trim(), COMMAND_MAX_CHARS);
    if (input.success && input.data.run_in_background === true) call.background = true;
  } else if (use.name === 'ExitPlanMode') {
    const input = PlanInput.safeParse(use.input);
    if (input.success) call.plan = fit(input.data.plan.trim(), PLAN_MAX_CHARS);
  }
  return call;
}

export function mineToolUse(state: MinerState, use: ToolUse, main: boolean, at: string | null): void {
  state.pending[use.id] = pendingOf(use, main, at);
  bounded(state.pending, MAX_PENDING);
  // Agents are listed from their call on: a running agent is worth knowing about.
  if (!main || !AGENT_TOOLS.has(use.name)) return;
  const input = AgentInput.safeParse(use.input);
  if (!input.success || (input.data.description === undefined && input.data.prompt === undefined)) return;
  state.agents[use.id] = {
    type: input.data.subagent_type || 'general-purpose',
    description: input.data.description ?? fit(input.data.prompt ?? '', 80),
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

/** A plan file written or edited in plan mode: the plan as it now reads. */
function recordPlanFile(state: MinerState, call: PendingCall): void {
  if (call.plan !== undefined) state.plan = call.plan;
  else if (call.plan_edit && state.plan?.includes(call.plan_edit.old)) state.plan = fit(state.plan.replace(call.plan_edit.old, call.plan_edit.new), PLAN_MAX_CHARS);
}

/**
 * A Bash call run in the background has no exit status yet: it is followed like a background
 * agent (TaskStop, KillShell, its notification), under the id its result gives.
 */
function recordBackgroundCommand(state: MinerState, call: PendingCall, useId: string, toolUseResult: unknown, text: string): void {
  const launched = BackgroundBashResult.safeParse(toolUseResult);
  const id = launched.success ? launched.data.backgroundTaskId : /running in background with ID: ([\w-]+)/.exec(text)?.[1];
  state.agents[useId] = { type: 'background shell', description: call.command ?? 'a shell command', status: 'running', agent_id: id ?? null };
  bounded(state.agents, MAX_AGENTS);
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
export function applyCall(state: MinerState, call: PendingCall, result?: ToolResult, toolUseResult?: unknown): void {
  // Edits by subagents changed the project too, so sidechains count here.
  if (call.file) {
    if (call.main && (call.plan !== undefined || call.plan_edit)) recordPlanFile(state, call);
    return touchFile(state, call.file);
  }
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

export function mineToolResult(state: MinerState, result: ToolResult, toolUseResult: unknown): void {
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
  if (call.background && call.main && !result.is_error) return recordBackgroundCommand(state, call, result.tool_use_id, toolUseResult, textOfToolResult(result.content));
  // A refused or failed call (an edit whose text was not found, a tool not enabled) changed nothing;
  // a failed command is still a fact.
  if (!result.is_error || call.name === 'Bash') applyCall(state, call, result, toolUseResult);
}

/** Background agents report back in a line Claude Code writes itself. */
