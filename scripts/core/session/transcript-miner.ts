// What a person taking over needs from a session, mined line by line from its transcript: files
// edited, commands run and how they ended, background agents and their state, the plan, the todo
// list, the user's requests, Claude Code's compaction summaries and the session's title. The
// state (transcript-miner-state.ts) is plain JSON, so a hook can keep it and feed only new lines.
import type * as z from 'zod/mini';
import { blocksOf, ToolResultBlock, ToolUseBlock, userText, type Entry } from './transcript-entry.ts';
import { isCompactBoundary, isMainChain } from './reading-entry.ts';
import type { MinerState, Todo } from './transcript-miner-state.ts';
import { applyCall, mineToolResult, mineToolUse, setAgentStatus } from './transcript-tool-calls.ts';
import { fit } from '../shared/text.ts';

const PROMPT_MAX_CHARS = 300;
const SUMMARY_MAX_CHARS = 4000;

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

// A nudge to go on says nothing of the work: the request it continues stays the one to show
const NUDGE = /^(?:continue|keep going|go on|go ahead|carry on|proceed|next|yes|y|ok(?:ay)?|sure|do it|please continue)[\s.!]*$/i;

function requestFromText(raw: string): string | null {
  const text = raw.replace(/<system-reminder>[\s\S]*?<\/system-reminder>/g, '').trim();
  const name = /<command-name>([^<]*)<\/command-name>/.exec(text)?.[1]?.trim();
  if (name !== undefined) {
    const args = /<command-args>([\s\S]*?)<\/command-args>/.exec(text)?.[1]?.trim() ?? '';
    const command = `${name.startsWith('/') ? name : `/${name}`}${args ? ` ${args}` : ''}`;
    return !args || NOT_A_REQUEST.test(command) ? null : fit(command.replace(/\s+/g, ' '), PROMPT_MAX_CHARS);
  }
  if (!text || HARNESS_TEXT.test(text) || NUDGE.test(text) || text.startsWith('[Request interrupted by user')) return null;
  return fit(text.replace(/\s+/g, ' '), PROMPT_MAX_CHARS);
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
    if (last && text) last.summary = fit(text.trim(), SUMMARY_MAX_CHARS);
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
      if (title?.trim() && (entry.type === 'custom-title' || state.title === null || entry.type === 'ai-title')) state.title = fit(title.trim(), 120);
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
