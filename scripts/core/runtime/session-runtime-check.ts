// The session's bookkeeping and its status line record, checked by hand for the quiet-turn check,
// which runs without zod (quiet-turn.ts says why). Each accepts what session-runtime.ts's schema
// accepts and gives the same value (test/unit/turn-checks.test.ts holds them to each other); the
// bookkeeping's check is stricter in one way: what the schema would start afresh is `null` here,
// and the turn goes to the hook, which does that.
import type { StatuslineInput } from '../schemas.ts';
import type { SessionRuntime, StatuslineRecord } from './session-runtime.ts';
import { readSessionFile, RUNTIME_SUFFIX, STATUSLINE_SUFFIX, writeSessionFile } from './session-files.ts';
import { isBoolean, isNumber, isNumberOrNull, isObject, isString, isStringOrNull } from '../shared/json-guards.ts';

/** A field with a default: absent gives `fallback`, a value of the wrong shape `undefined` (invalid). */
function withDefault<T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T | undefined {
  if (value === undefined) return fallback;
  return ok(value) ? value : undefined;
}

function seenOf(value: unknown): SessionRuntime['seen'] | undefined {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) return undefined;
  const { model, requested_model, version } = value;
  if (!isStringOrNull(model) || !isStringOrNull(requested_model) || !isStringOrNull(version)) return undefined;
  return { model, requested_model, version };
}

/** The bookkeeping as the schema reads it (a missing file is a fresh one); null when the schema would reject it. */
function sessionRuntimeOf(json: unknown): SessionRuntime | null {
  // as the schema is given it: a missing (or null) file is a fresh one
  const fields = json ?? {};
  if (!isObject(fields)) return null;
  const announced = withDefault(fields.announced, (v): v is number[] => Array.isArray(v) && v.every(isNumber), []);
  const handoff_asked = withDefault(fields.handoff_asked, isBoolean, false);
  const model = withDefault(fields.model, isStringOrNull, null);
  const seen = seenOf(fields.seen);
  const last_checkpoint_at = withDefault(fields.last_checkpoint_at, isStringOrNull, null);
  const shown_workflow = withDefault(fields.shown_workflow, isStringOrNull, null);
  const checkpoint_transcript_size = withDefault(fields.checkpoint_transcript_size, isNumber, 0);
  const pending_notice = withDefault(fields.pending_notice, isStringOrNull, null);
  const transcript_absent = withDefault(fields.transcript_absent, isBoolean, false);
  if (
    announced === undefined ||
    handoff_asked === undefined ||
    model === undefined ||
    seen === undefined ||
    last_checkpoint_at === undefined ||
    shown_workflow === undefined ||
    checkpoint_transcript_size === undefined ||
    pending_notice === undefined ||
    transcript_absent === undefined
  ) {
    return null;
  }
  return { announced, handoff_asked, model, seen, last_checkpoint_at, shown_workflow, checkpoint_transcript_size, pending_notice, transcript_absent };
}

/** The status line's record as the schema reads it; null when there is none or the schema would reject it. */
function statuslineRecordOf(json: unknown): StatuslineRecord | null {
  if (!isObject(json)) return null;
  const { at, used_percentage, context_window_size, model } = json;
  if (!isString(at) || !isNumberOrNull(used_percentage) || !isNumberOrNull(context_window_size) || !isStringOrNull(model)) return null;
  return { at, used_percentage, context_window_size, model };
}

export function checkSessionRuntime(env: NodeJS.ProcessEnv, sessionId: string): SessionRuntime | null {
  return sessionRuntimeOf(readSessionFile(env, sessionId, RUNTIME_SUFFIX));
}

export function checkStatuslineRecord(env: NodeJS.ProcessEnv, sessionId: string): StatuslineRecord | null {
  return statuslineRecordOf(readSessionFile(env, sessionId, STATUSLINE_SUFFIX));
}

/** The session's bookkeeping, written whole; here, without zod, for the quiet-turn check too. */
export function writeSessionRuntime(env: NodeJS.ProcessEnv, sessionId: string, runtime: SessionRuntime): void {
  writeSessionFile(env, sessionId, RUNTIME_SUFFIX, runtime);
}

/** The figures Claude Code gave the status line, kept for the hooks: the session's status line record, written whole. */
export function recordStatusline(env: NodeJS.ProcessEnv, input: StatuslineInput, now: Date): void {
  const record: StatuslineRecord = {
    at: now.toISOString(),
    used_percentage: input.context_window?.used_percentage ?? null,
    context_window_size: input.context_window?.context_window_size ?? null,
    model: input.model?.id ?? null,
  };
  writeSessionFile(env, input.session_id, STATUSLINE_SUFFIX, record);
}
