// The workflows a hook's quick path shows (PreCompact's, SessionStart's), read without zod: the
// choice store-choice.ts makes, made on the state memo's peeks, and the chosen states as the memo
// holds them: this very version of the file passed its checksum and WorkflowState, which gave it
// back unchanged, under this build. Whatever the memo does not vouch for (a file it has not seen,
// one changed since, a damaged one, another build's verdict) is `undefined`: the caller then runs
// the hook, which reads the store as usual.
import fs from 'node:fs';
import path from 'node:path';
import type { StatePeek, WorkflowState } from '../schemas.ts';
import { fileSignature } from '../shared/file-signature.ts';
import { isObject, isString } from '../shared/json-guards.ts';
import { newestFirst } from '../shared/ordering.ts';
import { READ_CAPS, readRegularFileAndStat } from '../shared/safe-fs.ts';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';
import { forgetOthers, memoizedPeek, schemaHeld } from './state-memo.ts';
import { existingIds } from './store-ids.ts';
import { choose, isResumable, type Choice } from './workflow-choice.ts';

interface HeldPeek {
  id: string;
  signature: string;
  state: StatePeek;
}

const stateFile = (storeDir: string, id: string): string => `${storeDir}${path.sep}${id}${path.sep}state.json`;

/** Every workflow of the store as the memo knows it, newest first (store-choice.ts's order); undefined when it does not know one. */
function heldPeeks(storeDir: string): HeldPeek[] | undefined {
  const ids = existingIds(storeDir);
  forgetOthers(storeDir, ids);
  const found: HeldPeek[] = [];
  for (const id of ids) {
    let seen: fs.Stats;
    try {
      seen = fs.lstatSync(stateFile(storeDir, id));
    } catch {
      return undefined;
    }
    const signature = fileSignature(seen);
    const state = seen.isFile() ? memoizedPeek(storeDir, id, signature) : undefined;
    if (!state) return undefined;
    found.push({ id, signature, state });
  }
  return found.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
}

/** The state in the workflow's state.json when the memo holds that version of it (and, given `signature`, it is that version). */
function heldState(storeDir: string, id: string, signature?: string): WorkflowState | undefined {
  const file = stateFile(storeDir, id);
  try {
    const { bytes, stat } = readRegularFileAndStat(file, READ_CAPS.state);
    const read = fileSignature(stat);
    if (signature !== undefined && read !== signature) return undefined;
    const document: unknown = JSON.parse(bytes.toString('utf8'));
    if (!isObject(document)) return undefined;
    const { checksum, ...state } = document;
    // the memo vouches that this version, with this checksum, passed WorkflowState as it stands
    return isString(checksum) && schemaHeld(file, read, checksum) ? (state as WorkflowState) : undefined;
  } catch {
    return undefined;
  }
}

/** The state a peek names, when the memo holds that version (heldState); null for no peek. */
const readPeek = (storeDir: string, peek: HeldPeek | null | undefined): WorkflowState | null | undefined => (peek ? heldState(storeDir, peek.id, peek.signature) : null);

/** store-choice.ts's choice of the session's own workflow, on the peeks. */
const sessionsOwn = (peeks: readonly HeldPeek[], sessionId: string): HeldPeek | undefined => peeks.find(({ state }) => state.session.id === sessionId && isResumable(state));

/** store-choice.ts's sessionWorkflow, from the memo: null when the session holds none. */
export function heldSessionWorkflow(storeDir: string, sessionId: string): WorkflowState | null | undefined {
  const peeks = heldPeeks(storeDir);
  return peeks ? readPeek(storeDir, sessionsOwn(peeks, sessionId)) : undefined;
}

/** store-choice.ts's currentWorkflow, from the memo. */
export function heldCurrentWorkflow(storeDir: string): Choice<WorkflowState> | undefined {
  const peeks = heldPeeks(storeDir);
  if (!peeks) return undefined;
  const chosen = choose(peeks);
  const current = readPeek(storeDir, chosen.current);
  const automatic = readPeek(storeDir, chosen.automatic);
  return current === undefined || automatic === undefined ? undefined : { current, automatic };
}

/** The session's own workflow, else the current one (the status line's choice), from the memo, on one look at the store. */
export function heldShownWorkflow(storeDir: string, sessionId: string): WorkflowState | null | undefined {
  const peeks = heldPeeks(storeDir);
  return peeks ? readPeek(storeDir, sessionsOwn(peeks, sessionId) ?? choose(peeks).current) : undefined;
}

/** store.ts's loadWorkflowsIfPresent for one id, from the memo: null when there is no such workflow. */
export function heldWorkflowIfPresent(storeDir: string, id: string): WorkflowState | null | undefined {
  if (!WORKFLOW_ID_PATTERN.test(id)) return null;
  try {
    // a folder that is a link is no workflow to the store (workflowDir refuses it)
    if (!fs.lstatSync(`${storeDir}${path.sep}${id}`).isDirectory()) return null;
  } catch {
    return null;
  }
  return heldState(storeDir, id);
}
