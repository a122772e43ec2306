// The handoff's line format, the one Claude writes: `key: value` lines, list keys repeated or
// followed by `- item` bullets. It exists because Claude Code's Bash permission check refuses a
// command whose text has `{` followed by a quote (any inline JSON), even under the command's own
// `allowed-tools`; these lines never need a brace.
import { WorkflowError } from '../shared/errors.ts';

type Field = 'task' | 'ticket_id' | 'summary' | 'phase' | 'sub_phase' | 'status' | 'id' | ListField;
type ListField = 'accomplishments' | 'next_steps' | 'decisions' | 'blockers' | 'notes' | 'files_modified';

const KEYS: Record<string, Field> = {
  task: 'task',
  ticket: 'ticket_id',
  ticket_id: 'ticket_id',
  summary: 'summary',
  phase: 'phase',
  sub_phase: 'sub_phase',
  subphase: 'sub_phase',
  status: 'status',
  id: 'id',
  accomplishment: 'accomplishments',
  accomplishments: 'accomplishments',
  done: 'accomplishments',
  next: 'next_steps',
  next_step: 'next_steps',
  next_steps: 'next_steps',
  decision: 'decisions',
  decisions: 'decisions',
  blocker: 'blockers',
  blockers: 'blockers',
  note: 'notes',
  notes: 'notes',
  file: 'files_modified',
  files_modified: 'files_modified',
};

const LIST_FIELDS: ReadonlySet<Field> = new Set(['accomplishments', 'next_steps', 'decisions', 'blockers', 'notes', 'files_modified']);

function isListField(field: Field): field is ListField {
  return LIST_FIELDS.has(field);
}

/** `key: value` at the start of a line, with a key this format knows. */
function keyLine(line: string): { field: Field; value: string } | null {
  const match = /^([A-Za-z][A-Za-z _]*?)\s*:(?:\s+(.*))?$/.exec(line);
  const field = match?.[1] ? KEYS[match[1].toLowerCase().replace(/ /g, '_')] : undefined;
  return field ? { field, value: (match?.[2] ?? '').trim() } : null;
}

export function parseHandoffLines(text: string, label: string): Record<string, string | string[]> {
  const scalars: Partial<Record<Field, string>> = {};
  const lists: Partial<Record<ListField, string[]>> = {};
  let current: Field | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!line.trim()) return;
    const key = /^\s/.test(line) ? null : keyLine(line);
    if (key) {
      current = key.field;
      if (isListField(key.field)) {
        const list = (lists[key.field] ??= []);
        if (key.value) list.push(key.value);
      } else {
        scalars[key.field] = key.value;
      }
      return;
    }
    // an unindented `word: …` that is no key is a typo more often than a continuation
    if (current === null || (!/^\s/.test(line) && /^[A-Za-z][A-Za-z _]{0,30}:(\s|$)/.test(line))) {
      throw new WorkflowError(`${label} line ${index + 1}: expected "key: value" (keys: task, summary, phase, accomplishment, next, decision, blocker, note, …), got ${JSON.stringify(line.slice(0, 60))}`);
    }
    const text = line.trim();
    if (isListField(current)) {
      const list = (lists[current] ??= []);
      const bullet = /^[-*\u2022]\s+(.*)$/.exec(text);
      if (bullet?.[1] !== undefined || list.length === 0) list.push(bullet?.[1] ?? text);
      else list[list.length - 1] = `${list[list.length - 1]} ${text}`;
    } else {
      const before = scalars[current] ?? '';
      scalars[current] = before ? `${before}\n${text}` : text;
    }
  });
  return { ...scalars, ...lists };
}
