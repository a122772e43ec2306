// The current workflow and the session's own, chosen on a quick look at each state.json and read
// in full only once chosen: the choice must be the one reading every workflow in full gives, also
// when a state.json claims what its full read does not back.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseAmongAll, currentWorkflow, workflowOfSession } from '../../scripts/core/store/store-choice.ts';
import { cleanupTempDirs, tempRepo } from '../helpers/repo.ts';
import { placeOf, seedHandoff } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

const session = (id: string) => ({ id, transcript_path: null });

function ids(choice: { current: { state: { id: string } } | null; automatic: { state: { id: string } } | null }) {
  return { current: choice.current?.state.id ?? null, automatic: choice.automatic?.state.id ?? null };
}

async function store() {
  const repo = tempRepo();
  const place = placeOf(repo.path);
  const older = await seedHandoff(repo.path, { task: 'Older work' }, { session: session('s-1'), startNew: true });
  const done = await seedHandoff(repo.path, { task: 'Finished work', status: 'completed' }, { startNew: true });
  const newer = await seedHandoff(repo.path, { task: 'Newer work' }, { session: session('s-2'), startNew: true });
  const stateFile = (id: string) => path.join(place.storeDir, id, 'state.json');
  return { place, older, done, newer, stateFile };
}

describe.concurrent('choosing a workflow', () => {
  it('picks what reading them all picks: the newest resumable one', async () => {
    const { place, newer, older } = await store();
    expect(ids(currentWorkflow(place))).toEqual(ids(chooseAmongAll(place)));
    expect(currentWorkflow(place).current?.state.id).toBe(newer.id);
    expect(workflowOfSession(place, 's-1')).toBe(older.id);
    expect(workflowOfSession(place, 's-9')).toBeNull();
  });

  it('passes over a state.json that claims to be newest but fails its checksum (no backup)', async () => {
    const { place, older, newer, stateFile } = await store();
    fs.rmSync(path.join(place.storeDir, newer.id, 'state.backup.json'), { force: true });
    const forged = JSON.parse(fs.readFileSync(stateFile(newer.id), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(stateFile(newer.id), JSON.stringify({ ...forged, updated_at: '2099-01-01T00:00:00.000Z', summary: 'changed by hand' }, null, 2));
    expect(ids(currentWorkflow(place))).toEqual(ids(chooseAmongAll(place)));
    expect(currentWorkflow(place).current?.state.id).toBe(older.id);
    expect(workflowOfSession(place, 's-2')).toBeNull();
  });

  it('takes a workflow whose state.json is damaged from its backup, as a full read does', async () => {
    const { place, newer, stateFile } = await store();
    // a second save, so that the first is the backup
    await seedHandoff(place.projectDir, { id: newer.id, summary: 'Saved again' }, { session: session('s-2') });
    fs.writeFileSync(stateFile(newer.id), '{ not json');
    const chosen = currentWorkflow(place).current;
    expect(chosen?.state.id).toBe(newer.id);
    expect(chosen?.read?.from_backup).toBe(true);
    expect(ids(currentWorkflow(place))).toEqual(ids(chooseAmongAll(place)));
    expect(workflowOfSession(place, 's-2')).toBe(newer.id);
  });
});
