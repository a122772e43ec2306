// Ids are readable (the task's slug and a timestamp) but long to type. Each workflow also has a
// short handle, the first hex digits of the sha1 of its id, as many as keep the store's handles
// apart (4 at least), the way git abbreviates commits. Wherever an id is taken, a handle or the
// start of an id does too, as long as it names one workflow.
import { nodeCrypto } from '../shared/node-builtins.ts';
import { WorkflowError } from '../shared/errors.ts';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';

const MIN_HANDLE = 4;

// node:crypto only where a handle is asked for: resume's entry reads full ids before git starts
const fullHandle = (id: string): string => nodeCrypto().createHash('sha1').update(id).digest('hex');

/** The shortest handle length (4 at least) that tells every one of `ids` apart. */
export function handleLength(ids: readonly string[]): number {
  const hashes = ids.map(fullHandle);
  for (let length = MIN_HANDLE; length < 40; length++) {
    if (new Set(hashes.map((h) => h.slice(0, length))).size === hashes.length) return length;
  }
  return 40;
}

/** Each id's handle, at the length that tells them apart. */
export function handlesOf(ids: readonly string[]): Map<string, string> {
  const length = handleLength(ids);
  return new Map(ids.map((id) => [id, fullHandle(id).slice(0, length)]));
}

/**
 * The id that `ref` names among `ids`: the id itself, a handle (4+ hex digits) or the start of
 * an id (3+ characters). A ref that names several is refused with their list; one that names none
 * is returned as it is, for the caller's own "no workflow" message.
 */
export function resolveWorkflowRef(ref: string, ids: readonly string[]): string {
  if (ids.includes(ref) || ref.length < 3) return ref;
  const byHandle = /^[0-9a-f]{4,40}$/.test(ref) ? ids.filter((id) => fullHandle(id).startsWith(ref)) : [];
  const byPrefix = WORKFLOW_ID_PATTERN.test(ref) ? ids.filter((id) => id.startsWith(ref)) : [];
  const matches = [...new Set([...byHandle, ...byPrefix])];
  if (matches.length === 1) return matches[0] ?? ref;
  if (matches.length > 1) {
    const handles = handlesOf(ids);
    const listed = matches.slice(0, 6).map((id) => `${handles.get(id)} ${id}`);
    throw new WorkflowError(`"${ref}" names ${matches.length} workflows (${listed.join(', ')}${matches.length > 6 ? ', …' : ''}); give more of it`);
  }
  return ref;
}
