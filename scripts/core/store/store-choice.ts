// Which workflow a bare resume, a session start or a handoff means: the current one, and the one
// a session already holds. Hooks ask this at every session start, in stores of any size, so the
// choice is made on a quick look at each state.json (StatePeek) and only the workflows chosen are
// read in full (checksum, schema, backup); a chosen one whose full read fails or says otherwise is
// dropped or put in its place, and the choice made again.
import fs from 'node:fs';
import path from 'node:path';
import { newestFirst } from '../shared/ordering.ts';
import { READ_CAPS, readRegularFileAndStat } from '../shared/safe-fs.ts';
import { StatePeek, type WorkflowState } from '../schemas.ts';
import { choose, isResumable, type Choice } from './workflow-choice.ts';
import { forgetOthers, memoizedPeek, rememberPeek } from './state-memo.ts';
import { fileSignature } from '../shared/file-signature.ts';
import { listWorkflows, readWorkflow, type LoadedState, type Place } from './store.ts';
import { existingIds } from './store-ids.ts';

/** currentWorkflow's choice among every workflow read in full: for the commands that show them all. */
export function chooseAmongAll(place: Place): Choice<LoadedState> & { all: LoadedState[]; problems: string[] } {
  const { workflows, problems } = listWorkflows(place.storeDir);
  return { ...choose(workflows), all: workflows, problems };
}

interface Candidate {
  dir: string;
  /** the peek, until the full read replaces it */
  state: StatePeek | WorkflowState;
  loaded: LoadedState | null;
}

function peek(storeDir: string, id: string, dir: string): StatePeek | null {
  // ids are checked names and the store's path is already normal: no path.join in this loop
  const file = `${dir}${path.sep}state.json`;
  try {
    const seen = fs.lstatSync(file);
    const known = seen.isFile() ? memoizedPeek(storeDir, id, fileSignature(seen)) : undefined;
    if (known) return known;
    const { bytes, stat } = readRegularFileAndStat(file, READ_CAPS.state);
    const parsed = StatePeek.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!parsed.success) return null;
    rememberPeek(storeDir, id, fileSignature(stat), parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}

/** Every workflow of the store, newest first; one whose state.json shows nothing is read in full now. */
function candidates(storeDir: string): Candidate[] {
  const found: Candidate[] = [];
  const ids = existingIds(storeDir);
  forgetOthers(storeDir, ids);
  for (const id of ids) {
    const dir = `${storeDir}${path.sep}${id}`;
    const state = peek(storeDir, id, dir);
    if (state) found.push({ dir, state, loaded: null });
    else {
      // damaged: its backup may still be good
      try {
        const loaded = readWorkflow(dir);
        found.push({ dir, state: loaded.state, loaded });
      } catch {
        // unreadable: not a candidate (list and doctor name it)
      }
    }
  }
  return found.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
}

/**
 * Reads the picked candidates in full; false when one had to be dropped or changed (the choice is
 * then made again). A candidate read in full keeps what it read, so this ends.
 */
function confirm(picked: readonly (Candidate | null)[], all: Candidate[]): boolean {
  for (const candidate of picked) {
    if (!candidate || candidate.loaded) continue;
    const peeked = candidate.state;
    try {
      candidate.loaded = readWorkflow(candidate.dir);
    } catch {
      all.splice(all.indexOf(candidate), 1);
      return false;
    }
    candidate.state = candidate.loaded.state;
    const full = candidate.state;
    if (full.status !== peeked.status || full.automatic !== peeked.automatic || full.updated_at !== peeked.updated_at || full.device.hostname !== peeked.device.hostname || full.session.id !== peeked.session.id) {
      all.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
      return false;
    }
  }
  return true;
}

/** The workflow a bare resume picks (see choose), read in full. */
export function currentWorkflow(place: Place): Choice<LoadedState> {
  const all = candidates(place.storeDir);
  for (;;) {
    const choice = choose(all);
    if (confirm([choice.current, choice.automatic], all)) return { current: choice.current?.loaded ?? null, automatic: choice.automatic?.loaded ?? null };
  }
}

/** The workflow this session already resumed, saved or created, which new saves should update. */
export function sessionWorkflow(place: Place, sessionId: string | null): LoadedState | null {
  if (!sessionId) return null;
  const all = candidates(place.storeDir);
  for (;;) {
    const held = all.find(({ state }) => state.session.id === sessionId && isResumable(state)) ?? null;
    if (confirm([held], all)) return held?.loaded ?? null;
  }
}

/** sessionWorkflow's id. */
export function workflowOfSession(place: Place, sessionId: string | null): string | null {
  return sessionWorkflow(place, sessionId)?.state.id ?? null;
}
