import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';
import { WorkflowError } from '../shared/errors.ts';
import { redactText } from '../redact/redact.ts';

const SLUG_MAX = 60;

export function assertWorkflowId(id: string): string {
  if (!WORKFLOW_ID_PATTERN.test(id)) {
    throw new WorkflowError(
      `invalid workflow id ${JSON.stringify(id)}: ids are lowercase letters, digits and dashes, starting with a letter or digit`,
    );
  }
  return id;
}

function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  return slug || 'workflow';
}

// A word that reads as a token rather than a word: letters and digits mixed, 16+ of them in hex or
// 20+ in all (keys without a known format slip past redaction; a directory and a git ref outlive it)
const TOKEN_LIKE = /^(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])(?:[0-9a-f]{16,}|[A-Za-z0-9]{20,})$/i;

function dropTokens(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !TOKEN_LIKE.test(word.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')))
    .join(' ');
}

function stamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-21T10:23:12.000Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** `fix-login-bug-20261121-102312`: readable, sortable, and unique enough for one person's store. */
export function newWorkflowId(task: string, now: Date): string {
  // the id names a directory and travels with sync: a key pasted into the task must not end up in it
  return `${slugify(dropTokens(redactText(task).text))}-${stamp(now)}`;
}
