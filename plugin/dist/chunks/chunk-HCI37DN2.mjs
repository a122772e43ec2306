import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  $ZodISODate,
  $ZodISODateTime,
  $ZodISODuration,
  $ZodISOTime,
  $constructor,
  ZodMiniStringFormat,
  _catch,
  _default,
  _enum,
  _isoDate,
  _isoDateTime,
  _isoDuration,
  _isoTime,
  _nonnegative,
  _positive,
  _regex,
  array,
  boolean,
  config,
  int,
  joinValues,
  literal,
  looseObject,
  nullable,
  number,
  object,
  optional,
  parsedType,
  record,
  strictObject,
  string,
  stringifyPrimitive,
  union,
  unknown
} from "./chunk-CP5ICYCT.mjs";
import {
  __export
} from "./chunk-MSIYYLNI.mjs";

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue) => {
    switch (issue.code) {
      case "invalid_type": {
        const expected = getTypeName(issue.expected);
        const receivedType = parsedType(issue.input);
        const received = getTypeName(receivedType, issue.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
      case "too_big": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
        const sizing = getSizing(issue.origin);
        if (sizing)
          return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
        const sizing = getSizing(issue.origin);
        if (sizing) {
          return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue.origin}`;
      case "invalid_union":
        if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
          const opts = issue.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/mini/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodMiniISODate: () => ZodMiniISODate,
  ZodMiniISODateTime: () => ZodMiniISODateTime,
  ZodMiniISODuration: () => ZodMiniISODuration,
  ZodMiniISOTime: () => ZodMiniISOTime,
  date: () => date,
  datetime: () => datetime,
  duration: () => duration,
  time: () => time
});
var ZodMiniISODateTime = /* @__PURE__ */ $constructor("ZodMiniISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function datetime(params) {
  return _isoDateTime(ZodMiniISODateTime, params);
}
var ZodMiniISODate = /* @__PURE__ */ $constructor("ZodMiniISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date(params) {
  return _isoDate(ZodMiniISODate, params);
}
var ZodMiniISOTime = /* @__PURE__ */ $constructor("ZodMiniISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function time(params) {
  return _isoTime(ZodMiniISOTime, params);
}
var ZodMiniISODuration = /* @__PURE__ */ $constructor("ZodMiniISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function duration(params) {
  return _isoDuration(ZodMiniISODuration, params);
}

// scripts/core/schemas.ts
config(en_default());
var SCHEMA_VERSION = 2;
var WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
var WorkflowId = string().check(_regex(WORKFLOW_ID_PATTERN, "must be lowercase letters, digits and dashes (at most 81 characters)"));
var WorkflowStatus = _enum(["active", "paused", "waiting_approval", "completed", "cancelled"]);
var Timestamp = iso_exports.datetime({ offset: true });
var Text = string();
var TextList = array(Text);
var Count = int().check(_nonnegative());
var PhaseStatus = _enum(["pending", "in_progress", "completed", "approved", "skipped"]);
var Deliverable = object({
  path: Text,
  /** hex sha256 of the content; null when the file was missing or the entry came from a v1 state */
  sha256: nullable(string().check(_regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")))
});
var phaseFields = {
  num: Count,
  name: Text,
  status: PhaseStatus,
  skip_reason: _default(nullable(Text), null)
};
var Phase = object({ ...phaseFields, deliverables: _default(array(Deliverable), []) });
var Todo = object({
  content: Text,
  status: _enum(["pending", "in_progress", "completed"])
});
var Agent = object({
  type: Text,
  description: Text,
  done: boolean(),
  /** absent in states saved before background agents were followed to their end */
  status: optional(_enum(["running", "completed", "failed", "stopped"]))
});
var SessionCommand = object({ command: Text, exit_code: nullable(number()), ok: boolean(), at: nullable(Text) });
var SessionFacts = object({
  first_request: nullable(Text),
  last_request: nullable(Text),
  title: nullable(Text),
  /** the latest commands run, oldest first, and the latest test and build commands */
  commands: array(SessionCommand),
  last_test: nullable(SessionCommand),
  last_build: nullable(SessionCommand),
  /** the plan approved in plan mode (ExitPlanMode), clipped */
  plan: nullable(Text),
  /** files written outside the project (plan files, scratch files), kept apart from files_modified */
  outside_files: TextList,
  compactions: Count,
  /** how much of the session was read: lines, subagent files, bytes left unread at the start */
  coverage: object({ lines: Count, subagent_files: Count, skipped_bytes: Count, unreadable_lines: Count })
});
var GitContext = object({
  branch: nullable(Text),
  commit: nullable(Text),
  commit_message: nullable(Text),
  status: object({
    modified: TextList,
    staged: TextList,
    untracked: TextList,
    /** deleted in the index or the work tree: not "missing" at resume */
    deleted: _default(TextList, [])
  }),
  is_clean: boolean(),
  ahead: Count,
  behind: Count
});
var WorkflowState = object({
  schema_version: literal(SCHEMA_VERSION),
  id: WorkflowId,
  status: WorkflowStatus,
  /** created by the hooks for a long session nobody handed off yet */
  automatic: _default(boolean(), false),
  created_at: Timestamp,
  updated_at: Timestamp,
  task: object({ description: Text, ticket_id: nullable(Text) }),
  summary: Text,
  phase: object({ current: nullable(Count), name: nullable(Text), sub: _default(nullable(Text), null) }),
  phases: array(Phase),
  accomplishments: TextList,
  next_steps: TextList,
  decisions: TextList,
  blockers: TextList,
  notes: TextList,
  todos: object({ active: array(Todo), completed: array(Todo) }),
  files_modified: TextList,
  /** sha256 of the dependency lockfiles at save time, to flag reinstalls at resume */
  lockfiles: _default(record(string(), string()), {}),
  agents: array(Agent),
  // null when the handoff was made outside a git work tree
  git: nullable(GitContext),
  tokens: nullable(
    object({
      context_tokens: Count,
      context_window: int().check(_positive()),
      percent: number().check(_nonnegative()),
      // where the figures came from; absent in states saved before they were recorded
      window_source: optional(_enum(["config", "statusline", "model", "setting", "default", "tokens", "unknown"])),
      window_certain: optional(boolean()),
      token_source: optional(_enum(["statusline", "transcript", "estimate"])),
      compaction: optional(_enum(["auto", "reactive", "off"])),
      auto_compact_at: optional(nullable(Count))
    })
  ),
  device: object({
    hostname: Text,
    platform: Text,
    node_version: Text,
    plugin_version: Text
  }),
  project: object({ path: Text, name: Text }),
  session: object({ id: nullable(Text), transcript_path: nullable(Text) }),
  session_facts: optional(nullable(SessionFacts)),
  /** Claude Code's own summary at the latest compaction (PostCompact's compact_summary), clipped */
  compact_summary: optional(nullable(object({ at: Timestamp, text: Text })))
});
var PhaseInput = union([
  Text,
  object({ current: optional(nullable(Count)), name: optional(nullable(Text)), sub: optional(nullable(Text)) })
]);
var PhaseEntryInput = object({
  ...phaseFields,
  deliverables: _default(array(union([Text, object({ path: Text, sha256: optional(Deliverable.shape.sha256) })])), [])
});
var HandoffInput = strictObject({
  id: optional(WorkflowId),
  task: optional(union([Text, object({ description: Text, ticket_id: optional(nullable(Text)) })])),
  ticket_id: optional(Text),
  summary: optional(Text),
  phase: optional(PhaseInput),
  /** the sub-phase, for inputs that give the phase as text */
  sub_phase: optional(Text),
  phases: optional(array(PhaseEntryInput)),
  status: optional(WorkflowStatus),
  accomplishments: optional(TextList),
  next_steps: optional(TextList),
  decisions: optional(TextList),
  blockers: optional(TextList),
  notes: optional(TextList),
  todos: optional(array(Todo)),
  files_modified: optional(TextList)
});
var HistoryEntry = object({
  at: Timestamp,
  event: _enum(["handoff", "resume", "checkpoint", "pause", "complete", "cancel"]),
  device: Text,
  branch: nullable(Text),
  commit: nullable(Text),
  summary: Text,
  session_id: nullable(Text)
});
var HookCommon = {
  session_id: Text,
  transcript_path: optional(Text),
  cwd: Text
};
var SessionStartInput = object({
  ...HookCommon,
  hook_event_name: literal("SessionStart"),
  // startup, resume, clear, compact; fork since 2.1.332 (--fork-session). Any other value a later
  // release adds must still start the session with its summary: handled like startup, and logged.
  source: _default(Text, "startup"),
  model: optional(Text)
});
var UserPromptSubmitInput = object({
  ...HookCommon,
  hook_event_name: literal("UserPromptSubmit"),
  prompt: _default(Text, "")
});
var StopInput = object({
  ...HookCommon,
  hook_event_name: literal("Stop"),
  stop_hook_active: _default(boolean(), false),
  last_assistant_message: optional(nullable(Text))
});
var PreToolUseInput = object({
  ...HookCommon,
  hook_event_name: literal("PreToolUse"),
  tool_name: Text,
  tool_input: optional(looseObject({ command: optional(unknown()) }))
});
var PreCompactInput = object({
  ...HookCommon,
  hook_event_name: literal("PreCompact"),
  trigger: _default(Text, "auto"),
  custom_instructions: optional(nullable(Text))
});
var PostCompactInput = object({
  ...HookCommon,
  hook_event_name: literal("PostCompact"),
  trigger: _default(Text, "auto"),
  compact_summary: optional(nullable(Text))
});
var SessionEndInput = object({
  ...HookCommon,
  hook_event_name: literal("SessionEnd"),
  reason: _default(Text, "other")
});
var StatuslineInput = object({
  session_id: Text,
  transcript_path: optional(Text),
  cwd: optional(Text),
  model: optional(object({ id: optional(Text), display_name: optional(Text) })),
  workspace: optional(object({ current_dir: optional(Text), project_dir: optional(Text) })),
  context_window: optional(
    object({
      used_percentage: optional(nullable(number())),
      context_window_size: optional(nullable(number()))
    })
  )
});
var lenientField = (schema) => _catch(optional(schema), void 0);
var ClaudeSettingsFile = looseObject({
  model: lenientField(Text),
  autoCompactWindow: lenientField(number()),
  autoCompactEnabled: lenientField(boolean()),
  env: lenientField(record(string(), string()))
});

export {
  iso_exports,
  SCHEMA_VERSION,
  WORKFLOW_ID_PATTERN,
  WorkflowId,
  WorkflowStatus,
  WorkflowState,
  HandoffInput,
  HistoryEntry,
  SessionStartInput,
  UserPromptSubmitInput,
  StopInput,
  PreToolUseInput,
  PreCompactInput,
  PostCompactInput,
  SessionEndInput,
  StatuslineInput,
  ClaudeSettingsFile
};
