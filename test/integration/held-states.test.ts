// The hooks' quick paths read the store from the state memo alone (held-states.ts): the workflow they
// take must be the one store-choice.ts reads in full, and nothing the memo has not vouched for.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldCurrentWorkflow, heldSessionWorkflow, heldShownWorkflow, heldWorkflowIfPresent } from '../../scripts/core/store/held-states.ts';
import { useStateMemo } from '../../scripts/core/store/state-memo.ts';
import { currentWorkflow, sessionWorkflow } from '../../scripts/core/store/store-choice.ts';
import { loadWorkflowsIfPresent, updateWorkflow } from '../../scripts/core/store/store.ts';
import { cleanupTempDirs, tempDir, tempRepo } from '../helpers/repo.ts';
import { placeOf, seedHandoff } from '../helpers/workflows.ts';

// the memo is per process: on for this file only, and off again for the next file in this worker
const PROCESS_MEMOS = Symbol.for('claude-workflow.state-memo');
const memos = () => (globalThis as unknown as Record<symbol, { dir: string | null; memos: Map<string, unknown> }>)[PROCESS_MEMOS];
beforeAll(() => useStateMemo({ WORKFLOW_RUNTIME_DIR: tempDir('wf-held-runtime-') }));
afterAll(() => {
  const held = memos();
  if (held) {
    held.dir = null;
    held.memos.clear();
  }
  cleanupTempDirs();
});

const session = (id: string) => ({ id, transcript_path: null });
const SESSIONS = ['s-1', 's-2', 's-3', 's-9'];

/** A store of workflows saved by the user and by a hook, one finished, one from another machine. */
async function store(variant: 'plain' | 'automatic-newest' | 'foreign-newest') {
  const repo = tempRepo();
  const place = placeOf(repo.path);
  const older = await seedHandoff(repo.path, { task: 'Older work' }, { session: session('s-1'), startNew: true });
  await seedHandoff(repo.path, { task: 'Finished work', status: 'completed' }, { startNew: true });
  const newer = await seedHandoff(repo.path, { task: 'Newer work' }, { session: session('s-2'), startNew: true });
  const newest = await seedHandoff(repo.path, { task: 'Newest work' }, { session: session('s-3'), startNew: true });
  if (variant !== 'plain') {
    updateWorkflow(place.storeDir, newest.id, (current) => {
      const state = current?.state ?? newest.state;
      return variant === 'automatic-newest' ? { ...state, automatic: true } : { ...state, device: { ...state.device, hostname: 'another-machine' } };
    });
  }
  return { place, ids: [older.id, newer.id, newest.id] };
}

/** What store-choice.ts reads in full, as held-states.ts gives it. */
function fullRead(place: ReturnType<typeof placeOf>) {
  const { current, automatic } = currentWorkflow(place);
  return {
    current: { current: current?.state ?? null, automatic: automatic?.state ?? null },
    sessions: SESSIONS.map((id) => sessionWorkflow(place, id)?.state ?? null),
    // the status line's: the session's own, else the current one
    shown: SESSIONS.map((id) => sessionWorkflow(place, id)?.state ?? current?.state ?? null),
  };
}

function heldRead(place: ReturnType<typeof placeOf>) {
  return {
    current: heldCurrentWorkflow(place.storeDir),
    sessions: SESSIONS.map((id) => heldSessionWorkflow(place.storeDir, id)),
    shown: SESSIONS.map((id) => heldShownWorkflow(place.storeDir, id)),
  };
}

describe.concurrent('the store as the state memo holds it', () => {
  it.each(['plain', 'automatic-newest', 'foreign-newest'] as const)('%s: the workflows the full read takes', async (variant) => {
    const { place, ids } = await store(variant);
    const full = fullRead(place);
    expect(heldRead(place)).toEqual(full);
    // the newest is named beside the user's own, or passed over for this machine's own
    expect({ current: full.current.current?.id, automatic: full.current.automatic?.id ?? null }).toEqual({ current: variant === 'plain' ? ids[2] : ids[1], automatic: variant === 'automatic-newest' ? ids[2] : null });
    for (const id of ids) expect(heldWorkflowIfPresent(place.storeDir, id)).toEqual(loadWorkflowsIfPresent(place.storeDir, [id])[0]);
    expect(heldWorkflowIfPresent(place.storeDir, 'no-such-workflow')).toBeNull();
    expect(heldWorkflowIfPresent(place.storeDir, '../outside')).toBeNull();
  });

  it('vouches for nothing it has not seen: a state.json written again outside the plugin', async () => {
    const { place, ids } = await store('plain');
    fullRead(place);
    const [older = '', newer = ''] = ids;
    const file = path.join(place.storeDir, older, 'state.json');
    const text = fs.readFileSync(file);
    fs.rmSync(file);
    fs.writeFileSync(file, text);
    // every choice looks at every file: not one is vouched for now
    expect(heldRead(place)).toEqual({ current: undefined, sessions: SESSIONS.map(() => undefined), shown: SESSIONS.map(() => undefined) });
    expect(heldWorkflowIfPresent(place.storeDir, older)).toBeUndefined();
    expect(heldWorkflowIfPresent(place.storeDir, newer)).toEqual(loadWorkflowsIfPresent(place.storeDir, [newer])[0]);
    // read in full once, it is held again
    const full = fullRead(place);
    expect(heldRead(place)).toEqual(full);
  });

  it('passes over a workflow folder that is a link, as the store does', async () => {
    const { place, ids } = await store('plain');
    fullRead(place);
    const link = path.join(place.storeDir, 'linked-elsewhere');
    fs.symlinkSync(path.join(place.storeDir, ids[0] ?? ''), link);
    expect(heldWorkflowIfPresent(place.storeDir, 'linked-elsewhere')).toBeNull();
    expect(loadWorkflowsIfPresent(place.storeDir, ['linked-elsewhere'])).toEqual([]);
    expect(heldRead(place)).toEqual(fullRead(place));
  });
});
