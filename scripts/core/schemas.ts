// Every shape that crosses a boundary (disk, stdin, argv, environment) is declared here once;
// types come from z.infer so the runtime check and the static type cannot drift apart.
// zod/mini: the same validation as zod with a fraction of its start-up cost, which every hook pays.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { COMMIT_ID_PATTERN, SCHEMA_VERSION, WORKFLOW_ID_PATTERN, WORKFLOW_STATUSES } from './shared/state-fields.ts';

// mini ships no messages by default; errors must read well for a person
z.config(en());

export const WorkflowId = z
  .string()
  .check(z.regex(WORKFLOW_ID_PATTERN, 'must be lowercase letters, digits and dashes (at most 81 characters)'));

export const WorkflowStatus = z.enum(WORKFLOW_STATUSES);
export type WorkflowStatus = z.infer<typeof WorkflowStatus>;

// The stored state and what a handoff supplies: built on first use, not when this module loads.
// Building them all costs about 8 ms, which a hook that only reads its input and a setting would
// pay on every turn; z.lazy keeps parse, safeParse and z.infer as they are.
let stateSchemas: ReturnType<typeof buildStateSchemas> | undefined;
const built = () => (stateSchemas ??= buildStateSchemas());

function buildStateSchemas() {
  const Timestamp = z.iso.datetime({ offset: true });
  const Text = z.string();
  const TextList = z.array(Text);
  const Count = z.int().check(z.nonnegative());
  const CommitId = z.string().check(z.regex(COMMIT_ID_PATTERN, 'must be a full git commit id (40 or 64 lowercase hex digits)'));

  /** the context figures of a save */
  const Tokens = z.object({
    context_tokens: Count,
    context_window: z.int().check(z.positive()),
    percent: z.number().check(z.nonnegative()),
    // where the figures came from; absent in states saved before they were recorded
    window_source: z.optional(z.enum(['config', 'statusline', 'model', 'setting', 'default', 'tokens', 'unknown'])),
    window_certain: z.optional(z.boolean()),
    token_source: z.optional(z.enum(['statusline', 'transcript', 'estimate'])),
    compaction: z.optional(z.enum(['auto', 'reactive', 'off'])),
    auto_compact_at: z.optional(z.nullable(Count)),
  });

  const PhaseStatus = z.enum(['pending', 'in_progress', 'completed', 'approved', 'skipped']);

  /** A file a phase produced: its path (project-relative) and content hash when it was recorded. */
  const Deliverable = z.object({
    path: Text,
    /** hex sha256 of the content; null when the file was missing or the entry came from a v1 state */
    sha256: z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'))),
  });

  const phaseFields = {
    num: Count,
    name: Text,
    status: PhaseStatus,
    skip_reason: z._default(z.nullable(Text), null),
  };

  const Phase = z.object({ ...phaseFields, deliverables: z._default(z.array(Deliverable), []) });

  const Todo = z.object({
    content: Text,
    status: z.enum(['pending', 'in_progress', 'completed']),
  });

  const Agent = z.object({
    type: Text,
    description: Text,
    done: z.boolean(),
    /** absent in states saved before background agents were followed to their end */
    status: z.optional(z.enum(['running', 'completed', 'failed', 'stopped'])),
  });

  // `at` is the transcript's own timestamp, kept as written
  const SessionCommand = z.object({ command: Text, exit_code: z.nullable(z.number()), ok: z.boolean(), at: z.nullable(Text) });

  /** What the transcript says that the model cannot be trusted to remember; absent in older states. */
  const SessionFacts = z.object({
    first_request: z.nullable(Text),
    last_request: z.nullable(Text),
    title: z.nullable(Text),
    /** the latest commands run, oldest first, and the latest test and build commands */
    commands: z.array(SessionCommand),
    last_test: z.nullable(SessionCommand),
    last_build: z.nullable(SessionCommand),
    /** the plan approved in plan mode (ExitPlanMode), clipped */
    plan: z.nullable(Text),
    /** files written outside the project (plan files, scratch files), kept apart from files_modified */
    outside_files: TextList,
    compactions: Count,
    /** how much of the session was read: lines, subagent files, bytes left unread at the start */
    coverage: z.object({ lines: Count, subagent_files: Count, skipped_bytes: Count, unreadable_lines: Count }),
  });

  const GitContext = z.object({
    branch: z.nullable(Text),
    commit: z.nullable(CommitId),
    commit_message: z.nullable(Text),
    status: z.object({
      modified: TextList,
      staged: TextList,
      untracked: TextList,
      /** deleted in the index or the work tree: not "missing" at resume */
      deleted: z._default(TextList, []),
    }),
    is_clean: z.boolean(),
    ahead: Count,
    behind: Count,
  });

  const WorkflowState = z.object({
    schema_version: z.literal(SCHEMA_VERSION),
    id: WorkflowId,
    status: WorkflowStatus,
    /** created by the hooks for a long session nobody handed off yet */
    automatic: z._default(z.boolean(), false),
    created_at: Timestamp,
    updated_at: Timestamp,
    task: z.object({ description: Text, ticket_id: z.nullable(Text) }),
    summary: Text,
    phase: z.object({ current: z.nullable(Count), name: z.nullable(Text), sub: z._default(z.nullable(Text), null) }),
    phases: z.array(Phase),
    accomplishments: TextList,
    next_steps: TextList,
    decisions: TextList,
    blockers: TextList,
    notes: TextList,
    todos: z.object({ active: z.array(Todo), completed: z.array(Todo) }),
    files_modified: TextList,
    /** sha256 of the dependency lockfiles at save time, to flag reinstalls at resume */
    lockfiles: z._default(z.record(z.string(), z.string()), {}),
    agents: z.array(Agent),
    // null when the handoff was made outside a git work tree
    git: z.nullable(GitContext),
    tokens: z.nullable(Tokens),
    device: z.object({
      hostname: Text,
      platform: Text,
      node_version: Text,
      plugin_version: Text,
    }),
    project: z.object({ path: Text, name: Text }),
    session: z.object({ id: z.nullable(Text), transcript_path: z.nullable(Text) }),
    session_facts: z.optional(z.nullable(SessionFacts)),
    /** Claude Code's own summary at the latest compaction (PostCompact's compact_summary), clipped */
    compact_summary: z.optional(z.nullable(z.object({ at: Timestamp, text: Text }))),
  });

  // What Claude (or a person) supplies at handoff time; the script adds everything mechanical.
  const PhaseInput = z.union([
    Text,
    z.object({ current: z.optional(z.nullable(Count)), name: z.optional(z.nullable(Text)), sub: z.optional(z.nullable(Text)) }),
  ]);
  /** A phase as handed off: a deliverable may be a bare path, hashed from the file at save time. */
  const PhaseEntryInput = z.object({
    ...phaseFields,
    deliverables: z._default(z.array(z.union([Text, z.object({ path: Text, sha256: z.optional(Deliverable.shape.sha256) })])), []),
  });
  const HandoffInput = z.strictObject({
    id: z.optional(WorkflowId),
    task: z.optional(z.union([Text, z.object({ description: Text, ticket_id: z.optional(z.nullable(Text)) })])),
    ticket_id: z.optional(Text),
    summary: z.optional(Text),
    phase: z.optional(PhaseInput),
    /** the sub-phase, for inputs that give the phase as text */
    sub_phase: z.optional(Text),
    phases: z.optional(z.array(PhaseEntryInput)),
    status: z.optional(WorkflowStatus),
    accomplishments: z.optional(TextList),
    next_steps: z.optional(TextList),
    decisions: z.optional(TextList),
    blockers: z.optional(TextList),
    notes: z.optional(TextList),
    todos: z.optional(z.array(Todo)),
    files_modified: z.optional(TextList),
  });

  const HistoryEntry = z.object({
    at: Timestamp,
    event: z.enum(['handoff', 'resume', 'checkpoint', 'pause', 'complete', 'cancel']),
    device: Text,
    branch: z.nullable(Text),
    commit: z.nullable(CommitId),
    summary: Text,
    session_id: z.nullable(Text),
  });

  return { Deliverable, Phase, SessionFacts, GitContext, Tokens, WorkflowState, PhaseEntryInput, HandoffInput, HistoryEntry };
}
type StateSchemas = ReturnType<typeof buildStateSchemas>;

export const WorkflowState = z.lazy(() => built().WorkflowState);
export type WorkflowState = z.infer<typeof WorkflowState>;
export const HandoffInput = z.lazy(() => built().HandoffInput);
export type HandoffInput = z.infer<typeof HandoffInput>;
export const HistoryEntry = z.lazy(() => built().HistoryEntry);
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type Deliverable = z.infer<StateSchemas['Deliverable']>;
export type Phase = z.infer<StateSchemas['Phase']>;
export type SessionFacts = z.infer<StateSchemas['SessionFacts']>;
export type GitContext = z.infer<StateSchemas['GitContext']>;
export type PhaseEntryInput = z.infer<StateSchemas['PhaseEntryInput']>;

/**
 * The fields of a state.json that choosing a workflow looks at, read without its checksum and
 * full schema: a hook choosing among many workflows reads the one it chose in full, not all.
 */
export const StatePeek = z.lazy(() =>
  // the other fields are dropped unread (a loose object would copy each of them)
  z.object({
    status: WorkflowStatus,
    automatic: z._default(z.boolean(), false),
    updated_at: z.string(),
    device: z.object({ hostname: z.string() }),
    session: z.object({ id: z.nullable(z.string()) }),
  }),
);
export type StatePeek = z.infer<typeof StatePeek>;

/** state-memo.ts's file (its lines: STATE_MEMO_LINE, shared/state-fields.ts). */
export const StateMemo = z.lazy(() => z.object({ store: z.string(), build: z.optional(z.string()), lines: z.array(z.string()) }));
export type StateMemo = z.infer<typeof StateMemo>;

// Claude Code hook input: only the fields we use are declared; unknown fields are allowed
// because Claude Code adds fields between releases. Each is built when a hook first parses one:
// a hook process needs one of them.
const hookCommon = () => ({
  session_id: z.string(),
  transcript_path: z.optional(z.string()),
  cwd: z.string(),
});

export const SessionStartInput = z.lazy(() =>
  z.object({
    ...hookCommon(),
    hook_event_name: z.literal('SessionStart'),
    // startup, resume, clear, compact; fork since 2.1.332 (--fork-session). Any other value a later
    // release adds must still start the session with its summary: handled like startup, and logged.
    source: z._default(z.string(), 'startup'),
    model: z.optional(z.string()),
  }),
);
export type SessionStartInput = z.infer<typeof SessionStartInput>;

export const UserPromptSubmitInput = z.lazy(() =>
  z.object({
    ...hookCommon(),
    hook_event_name: z.literal('UserPromptSubmit'),
    prompt: z._default(z.string(), ''),
  }),
);
export type UserPromptSubmitInput = z.infer<typeof UserPromptSubmitInput>;

export const StopInput = z.lazy(() =>
  z.object({
    ...hookCommon(),
    hook_event_name: z.literal('Stop'),
    stop_hook_active: z._default(z.boolean(), false),
    last_assistant_message: z.optional(z.nullable(z.string())),
  }),
);
export type StopInput = z.infer<typeof StopInput>;

export const PreToolUseInput = z.lazy(() =>
  z.object({
    ...hookCommon(),
    hook_event_name: z.literal('PreToolUse'),
    tool_name: z.string(),
    tool_input: z.optional(z.looseObject({ command: z.optional(z.unknown()) })),
  }),
);
export type PreToolUseInput = z.infer<typeof PreToolUseInput>;

export const PreCompactInput = z.lazy(() =>
  z.object({
    ...hookCommon(),
    hook_event_name: z.literal('PreCompact'),
    trigger: z._default(z.string(), 'auto'),
    custom_instructions: z.optional(z.nullable(z.string())),
  }),
);
export type PreCompactInput = z.infer<typeof PreCompactInput>;

export const PostCompactInput = z.lazy(() =>
  z.object({
    ...hookCommon(),
    hook_event_name: z.literal('PostCompact'),
    trigger: z._default(z.string(), 'auto'),
    compact_summary: z.optional(z.nullable(z.string())),
  }),
);
export type PostCompactInput = z.infer<typeof PostCompactInput>;

export const SessionEndInput = z.lazy(() =>
  z.object({
    ...hookCommon(),
    hook_event_name: z.literal('SessionEnd'),
    reason: z._default(z.string(), 'other'),
  }),
);
export type SessionEndInput = z.infer<typeof SessionEndInput>;

/**
 * What a hook hands to the process that saves its checkpoint in the background (in an environment
 * variable): Stop's on the interval, PreCompact's; the session, and the figures and time the hook
 * measured.
 */
export const BackgroundCheckpointRequest = z.lazy(() =>
  z.object({
    reason: z.enum(['interval', 'precompact']),
    session_id: z.string(),
    transcript_path: z.nullable(z.string()),
    cwd: z.string(),
    tokens: z.nullable(built().Tokens),
    at: z.iso.datetime({ offset: true }),
  }),
);
export type BackgroundCheckpointRequest = z.infer<typeof BackgroundCheckpointRequest>;

/** What Claude Code pipes to a status line command; only the fields used are declared. */
export const StatuslineInput = z.lazy(() =>
  z.object({
    session_id: z.string(),
    transcript_path: z.optional(z.string()),
    cwd: z.optional(z.string()),
    model: z.optional(z.object({ id: z.optional(z.string()), display_name: z.optional(z.string()) })),
    workspace: z.optional(z.object({ current_dir: z.optional(z.string()), project_dir: z.optional(z.string()) })),
    context_window: z.optional(
      z.object({
        used_percentage: z.optional(z.nullable(z.number())),
        context_window_size: z.optional(z.nullable(z.number())),
      }),
    ),
  }),
);
export type StatuslineInput = z.infer<typeof StatuslineInput>;

// Claude Code's own settings files: only what sets the model and its compaction. Anything else in
// them, and a field in another shape, is none of ours: dropped, never fatal.
const lenientField = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
export const ClaudeSettingsFile = z.lazy(() =>
  z.looseObject({
    model: lenientField(z.string()),
    autoCompactWindow: lenientField(z.number()),
    autoCompactEnabled: lenientField(z.boolean()),
    env: lenientField(z.record(z.string(), z.string())),
  }),
);
export type ClaudeSettingsFile = z.infer<typeof ClaudeSettingsFile>;

/**
 * The quiet-turn memo (session/turn-memo.ts): the configuration and Claude Code's settings a
 * session's turns read, with what their sources looked like when they were read. Written by the
 * hooks for their own later turns; checked like anything else read from disk.
 */
export const TurnMemo = z.lazy(() =>
  z.object({
    version: z.literal(1),
    /** the project, the session's start folder, the home and the configuration's variables */
    key: z.string(),
    /** every configuration and settings file, with its signature then (file-signature.ts) */
    files: z.array(z.tuple([z.string(), z.string()])),
    config: z.object({
      milestones: z.array(z.number()),
      handoff_threshold: z.number(),
      context_window: z.nullable(z.number()),
      mode: z.enum(['suggest', 'auto']),
      checkpoint_interval_minutes: z.number(),
    }),
    settings: z.object({
      model: z.optional(z.string()),
      autoCompactWindow: z.optional(z.number()),
      autoCompactEnabled: z.optional(z.boolean()),
      /** only the variables a reading depends on (context.ts): the env blocks may hold secrets */
      env: z.record(z.string(), z.string()),
    }),
  }),
);
export type TurnMemo = z.infer<typeof TurnMemo>;

/**
 * The session-start memo (session/start-memo.ts): the three settings a session start needs, per
 * project, with what their sources looked like when they were read.
 */
export const StartMemo = z.lazy(() =>
  z.object({
    version: z.literal(1),
    /** the project, the home and the configuration's variables */
    key: z.string(),
    /** the configuration files, with their signatures then (file-signature.ts) */
    files: z.array(z.tuple([z.string(), z.string()])),
    config: z.object({ sync_auto: z.boolean(), stale_after_days: z.number(), auto_create: z.boolean() }),
  }),
);
export type StartMemo = z.infer<typeof StartMemo>;
