// The miner's state: plain JSON, kept per session between hook runs (session-capture.ts), so each
// run feeds the miner only the lines appended since. Bounded whatever the session does.
import * as z from 'zod/mini';

export const TodoStatus = z.enum(['pending', 'in_progress', 'completed']);
export type TodoStatus = z.infer<typeof TodoStatus>;
export const Todo = z.object({ content: z.string(), status: TodoStatus });
const AgentStatus = z.enum(['running', 'completed', 'failed', 'stopped']);
const Command = z.object({ command: z.string(), exit_code: z.nullable(z.number()), ok: z.boolean(), at: z.nullable(z.string()) });
export type MinedCommand = z.infer<typeof Command>;

/** A call waiting for its result: only what the result will need. */
export const PendingCall = z.object({
  name: z.string(),
  main: z.boolean(),
  file: z.optional(z.string()),
  todos: z.optional(z.array(Todo)),
  subject: z.optional(z.string()),
  task_id: z.optional(z.string()),
  status: z.optional(z.string()),
  command: z.optional(z.string()),
  plan: z.optional(z.string()),
  /** an edit of a plan file: the text it replaces and its replacement */
  plan_edit: z.optional(z.object({ old: z.string(), new: z.string() })),
  background: z.optional(z.boolean()),
  at: z.optional(z.nullable(z.string())),
});
export type PendingCall = z.infer<typeof PendingCall>;

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

