// Claude Code's hook input as schemas.ts reads it, checked by hand for the hooks' quick paths,
// which run without zod (test/unit/turn-checks.test.ts holds each to its schema): the same value,
// defaults and all, or null where the schema would reject the input.
import type { PreCompactInput, SessionStartInput, StopInput, UserPromptSubmitInput } from '../schemas.ts';
import { isObject, isString } from '../shared/json-guards.ts';

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
