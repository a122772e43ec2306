// Every shape that crosses a boundary (disk, stdin, argv, environment) is declared here once;
// types come from z.infer so the runtime check and the static type cannot drift apart.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
export const WorkflowId = z
  .string()
  .regex(WORKFLOW_ID_PATTERN, 'must be lowercase letters, digits and dashes (at most 81 characters)');

export const WorkflowStatus = z.enum(['active', 'paused', 'waiting_approval', 'completed', 'cancelled']);
export type WorkflowStatus = z.infer<typeof WorkflowStatus>;

const Timestamp = z.iso.datetime({ offset: true });
const Text = z.string();
const TextList = z.array(Text);

export const PhaseStatus = z.enum(['pending', 'in_progress', 'completed', 'approved', 'skipped']);

const Phase = z.object({
  num: z.number().int().nonnegative(),
  name: Text,
  status: PhaseStatus,
  deliverables: TextList.default([]),
  skip_reason: Text.nullable().default(null),
});

const Todo = z.object({
  content: Text,
  status: z.enum(['pending', 'in_progress', 'completed']),
});

const Agent = z.object({
  type: Text,
  description: Text,
  done: z.boolean(),
});

const GitContext = z.object({
  branch: Text.nullable(),
  commit: Text.nullable(),
  commit_message: Text.nullable(),
  status: z.object({
    modified: TextList,
    staged: TextList,
    untracked: TextList,
  }),
  is_clean: z.boolean(),
  ahead: z.number().int().nonnegative(),
  behind: z.number().int().nonnegative(),
});
export type GitContext = z.infer<typeof GitContext>;

export const WorkflowState = z.object({
  schema_version: z.literal(SCHEMA_VERSION),
  id: WorkflowId,
  status: WorkflowStatus,
  created_at: Timestamp,
  updated_at: Timestamp,
  task: z.object({ description: Text, ticket_id: Text.nullable() }),
  summary: Text,
  phase: z.object({ current: z.number().int().nonnegative().nullable(), name: Text.nullable() }),
  phases: z.array(Phase),
  accomplishments: TextList,
  next_steps: TextList,
  decisions: TextList,
  blockers: TextList,
  notes: TextList,
  todos: z.object({ active: z.array(Todo), completed: z.array(Todo) }),
  files_modified: TextList,
  agents: z.array(Agent),
  // null when the handoff was made outside a git work tree
  git: GitContext.nullable(),
  tokens: z
    .object({
      context_tokens: z.number().int().nonnegative(),
      context_window: z.number().int().positive(),
      percent: z.number().nonnegative(),
    })
    .nullable(),
  device: z.object({
    hostname: Text,
    platform: Text,
    node_version: Text,
    plugin_version: Text,
  }),
  project: z.object({ path: Text, name: Text }),
  session: z.object({ id: Text.nullable(), transcript_path: Text.nullable() }),
});
export type WorkflowState = z.infer<typeof WorkflowState>;

// What Claude (or a person) supplies at handoff time; the script adds everything mechanical.
const PhaseInput = z.union([
  Text,
  z.object({ current: z.number().int().nonnegative().nullable().optional(), name: Text.nullable().optional() }),
]);
export const HandoffInput = z
  .object({
    id: WorkflowId.optional(),
    task: z.union([Text, z.object({ description: Text, ticket_id: Text.nullable().optional() })]).optional(),
    ticket_id: Text.optional(),
    summary: Text.optional(),
    phase: PhaseInput.optional(),
    phases: z.array(Phase).optional(),
    status: WorkflowStatus.optional(),
    accomplishments: TextList.optional(),
    next_steps: TextList.optional(),
    decisions: TextList.optional(),
    blockers: TextList.optional(),
    notes: TextList.optional(),
    todos: z.array(Todo).optional(),
    files_modified: TextList.optional(),
  })
  .strict();
export type HandoffInput = z.infer<typeof HandoffInput>;

export const HistoryEntry = z.object({
  at: Timestamp,
  event: z.enum(['handoff', 'resume', 'checkpoint', 'pause', 'complete', 'cancel']),
  device: Text,
  branch: Text.nullable(),
  commit: Text.nullable(),
  summary: Text,
  session_id: Text.nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

// Claude Code hook input: only the fields we use are required; unknown fields pass through
// untouched because Claude Code adds fields between releases.
const HookCommon = z.object({
  session_id: Text,
  transcript_path: Text.optional(),
  cwd: Text,
});

export const SessionStartInput = HookCommon.extend({
  hook_event_name: z.literal('SessionStart'),
  source: z.enum(['startup', 'resume', 'clear', 'compact']),
  model: Text.optional(),
});
export type SessionStartInput = z.infer<typeof SessionStartInput>;
