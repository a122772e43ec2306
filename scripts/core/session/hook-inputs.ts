// Claude Code's hook input (and what it pipes to a status line) as schemas.ts reads it, checked by
// hand for the quick paths, which run without zod (test/unit/turn-checks.test.ts holds each to its
// schema): the same value, defaults and all, or null where the schema would reject the input.
import type { PreCompactInput, SessionStartInput, StatuslineInput, StopInput, UserPromptSubmitInput } from '../schemas.ts';
import { isNumberOrNull, isObject, isString } from '../shared/json-guards.ts';

type Common = { session_id: string; cwd: string; transcript_path?: string };

/** The fields every hook's input has (hookCommon in schemas.ts), and the rest of the object to read further. */
function commonOf(event: string, json: unknown): { common: Common; rest: Record<string, unknown> } | null {
  if (!isObject(json) || json.hook_event_name !== event || !isString(json.session_id) || !isString(json.cwd)) return null;
  const { session_id, cwd, transcript_path } = json;
  if (!(transcript_path === undefined || isString(transcript_path))) return null;
  return { common: { session_id, cwd, ...(transcript_path !== undefined ? { transcript_path } : {}) }, rest: json };
}

// a default stands only for an absent field, as zod's does

export function turnInputOf(event: 'Stop' | 'UserPromptSubmit', json: unknown): StopInput | UserPromptSubmitInput | null {
  const read = commonOf(event, json);
  if (!read) return null;
  const { common, rest } = read;
  if (event === 'UserPromptSubmit') {
    const { prompt = '' } = rest;
    return isString(prompt) ? { ...common, hook_event_name: event, prompt } : null;
  }
  const { stop_hook_active = false, last_assistant_message } = rest;
  if (typeof stop_hook_active !== 'boolean' || !(last_assistant_message === undefined || last_assistant_message === null || isString(last_assistant_message))) return null;
  return { ...common, hook_event_name: event, stop_hook_active, ...(last_assistant_message !== undefined ? { last_assistant_message } : {}) };
}

export function preCompactInputOf(json: unknown): PreCompactInput | null {
  const read = commonOf('PreCompact', json);
  if (!read) return null;
  const { trigger = 'auto', custom_instructions } = read.rest;
  if (!isString(trigger) || !(custom_instructions === undefined || custom_instructions === null || isString(custom_instructions))) return null;
  return { ...read.common, hook_event_name: 'PreCompact', trigger, ...(custom_instructions !== undefined ? { custom_instructions } : {}) };
}

export function sessionStartInputOf(json: unknown): SessionStartInput | null {
  const read = commonOf('SessionStart', json);
  if (!read) return null;
  const { source = 'startup', model } = read.rest;
  if (!isString(source) || !(model === undefined || isString(model))) return null;
  return { ...read.common, hook_event_name: 'SessionStart', source, ...(model !== undefined ? { model } : {}) };
}

/** An optional object of optional fields of one type, as zod gives it back (the fields present, no others); null when the schema would reject it. */
function fieldsOf<K extends string, V>(value: unknown, keys: readonly K[], ok: (field: unknown) => field is V): { [key in K]?: V } | undefined | null {
  if (value === undefined) return undefined;
  if (!isObject(value)) return null;
  const fields: { [key in K]?: V } = {};
  for (const key of keys) {
    const field = value[key];
    if (field === undefined) continue;
    if (!ok(field)) return null;
    fields[key] = field;
  }
  return fields;
}

export function statuslineInputOf(json: unknown): StatuslineInput | null {
  if (!isObject(json) || !isString(json.session_id)) return null;
  const { session_id, transcript_path, cwd } = json;
  if (!(transcript_path === undefined || isString(transcript_path)) || !(cwd === undefined || isString(cwd))) return null;
  const model = fieldsOf(json.model, ['id', 'display_name'], isString);
  const workspace = fieldsOf(json.workspace, ['current_dir', 'project_dir'], isString);
  const context_window = fieldsOf(json.context_window, ['used_percentage', 'context_window_size'], isNumberOrNull);
  if (model === null || workspace === null || context_window === null) return null;
  return {
    session_id,
    ...(transcript_path !== undefined ? { transcript_path } : {}),
    ...(cwd !== undefined ? { cwd } : {}),
    ...(model ? { model } : {}),
    ...(workspace ? { workspace } : {}),
    ...(context_window ? { context_window } : {}),
  };
}
