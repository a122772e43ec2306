import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';
import type { HistoryEntry, WorkflowState } from '../../scripts/core/schemas.ts';
import { SCHEMA_VERSION } from '../../scripts/core/shared/state-fields.ts';
import { appendHistory, readHistory } from '../../scripts/core/store/store-history.ts';
import { listWorkflows, loadWorkflow, storeExists, updateWorkflow, workflowPath } from '../../scripts/core/store/store.ts';
import { makeState } from '../helpers/fixtures.ts';
import { cleanupTempDirs, listFiles, tempDir, tempRepo } from '../helpers/repo.ts';

afterEach(cleanupTempDirs);

const ID = 'fix-login-bug-20260314-120000';

function save(storeDir: string, state: WorkflowState) {
  return updateWorkflow(storeDir, state.id, () => state);
}

/** JSON text of a state sealed the way the store seals it, for files edited "by hand". */
function sealed(state: unknown): string {
  const body = JSON.stringify(state, null, 2);
  const checksum = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  return `${JSON.stringify({ ...(state as object), checksum }, null, 2)}\n`;
}

function files(storeDir: string) {
  const dir = path.join(storeDir, ID);
  return {
    dir,
    state: path.join(dir, 'state.json'),
    backup: path.join(dir, 'state.backup.json'),
    toon: path.join(dir, 'state.toon'),
    history: path.join(dir, 'history.jsonl'),
  };
}

/** A store holding two saves of the workflow: state.json = v2, state.backup.json = v1. */
function storeWithTwoVersions() {
  const storeDir = path.join(tempDir(), 'workflows');
  save(storeDir, makeState({ summary: 'version 1' }));
  save(storeDir, makeState({ summary: 'version 2', updated_at: '2026-03-14T13:00:00.000Z' }));
  return { storeDir, ...files(storeDir) };
}

describe('save and load', () => {
  it('round-trips a state', () => {
    const storeDir = path.join(tempDir(), 'workflows');
    const state = makeState();
    expect(save(storeDir, state)).toMatchObject({ state, warnings: [] });
    expect(loadWorkflow(storeDir, ID)).toEqual({ state, warnings: [], read: { from_backup: false, migrated_from: null } });
    expect(workflowPath(storeDir, ID)).toBe(files(storeDir).state);
  });

  it('writes state.json with a sha256 checksum over the rest of the document, and state.toon', () => {
    const storeDir = path.join(tempDir(), 'workflows');
    save(storeDir, makeState());
    const { state: stateFile, toon } = files(storeDir);
    const { checksum, ...rest } = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Record<string, unknown>;
    expect(checksum).toBe(`sha256:${createHash('sha256').update(JSON.stringify(rest, null, 2)).digest('hex')}`);
    expect(rest).toEqual(makeState());
    const toonText = fs.readFileSync(toon, 'utf8');
    expect(toonText).toContain(`id: ${ID}`);
    expect(toonText).toContain('next_steps[2]: Add a regression test for the cookie flags,Open the pull request');
  });

  it('creates directories 0700 and files 0600', () => {
    const storeDir = path.join(tempDir(), 'project', '.git', 'workflow');
    save(storeDir, makeState());
    save(storeDir, makeState({ summary: 'again' }));
    appendHistory(storeDir, ID, historyLine('handoff'));
    const { dir, state, backup, toon, history } = files(storeDir);
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect([storeDir, dir].map(mode)).toEqual([0o700, 0o700]);
    expect([state, backup, toon, history, path.join(storeDir, '.gitignore')].map(mode)).toEqual([0o600, 0o600, 0o600, 0o600, 0o600]);
  });

  it('creates a .gitignore with the store so that git status does not show it', () => {
    const repo = tempRepo();
    const storeDir = path.join(repo.path, '.git', 'workflow');
    expect(storeExists(storeDir)).toBe(false);
    save(storeDir, makeState());
    expect(storeExists(storeDir)).toBe(true);
    expect(fs.readFileSync(path.join(storeDir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
    // the same repo does show other new files: the check above can fail
    repo.write('.claude/settings.json', '{}');
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('?? .claude/settings.json');
  });

  it('keeps the previous good state.json as state.backup.json on the next save', () => {
    const { storeDir, state, backup } = storeWithTwoVersions();
    expect(JSON.parse(fs.readFileSync(backup, 'utf8')).summary).toBe('version 1');
    expect(JSON.parse(fs.readFileSync(state, 'utf8')).summary).toBe('version 2');
    save(storeDir, makeState({ summary: 'version 3' }));
    expect(JSON.parse(fs.readFileSync(backup, 'utf8')).summary).toBe('version 2');
  });

  it('passes the current state to the change and leaves no temp or lock files behind', () => {
    const { storeDir, dir } = storeWithTwoVersions();
    let seen: string | undefined;
    updateWorkflow(storeDir, ID, (current) => {
      seen = current?.state.summary;
      return makeState({ summary: 'version 3' });
    });
    expect(seen).toBe('version 2');
    expect(listFiles(dir)).toEqual(['state.backup.json', 'state.json', 'state.toon']);
    expect(listFiles(storeDir)).toEqual(['.gitignore', `${ID}/state.backup.json`, `${ID}/state.json`, `${ID}/state.toon`]);
  });

  it('refuses a change that produces an invalid state and writes nothing', () => {
    const { storeDir, dir } = storeWithTwoVersions();
    const before = snapshotDir(dir);
    expect(() => updateWorkflow(storeDir, ID, () => ({ ...makeState(), status: 'done' }) as unknown as WorkflowState)).toThrow();
    expect(() => updateWorkflow(storeDir, ID, () => makeState({ id: 'another-id' }))).toThrow(/another-id/);
    expect(snapshotDir(dir)).toEqual(before);
  });
});

function snapshotDir(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe('damaged state.json', () => {
  const damages: [string, (file: string) => void][] = [
    ['truncated', (file) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 200))],
    ['invalid JSON', (file) => fs.writeFileSync(file, '{ "id": nope }')],
    ['empty', (file) => fs.writeFileSync(file, '')],
    ['not an object', (file) => fs.writeFileSync(file, '[1, 2]')],
    [
      'a field edited by hand (checksum fails)',
      (file) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"version 2"', '"edited"')),
    ],
    [
      'the checksum removed',
      (file) => {
        const { checksum: _checksum, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
        fs.writeFileSync(file, JSON.stringify(rest, null, 2));
      },
    ],
    [
      'a schema failure under a valid recomputed checksum',
      (file) => {
        const { checksum: _checksum, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
        fs.writeFileSync(file, sealed({ ...rest, status: 'finished' }));
      },
    ],
    ['deleted', (file) => fs.rmSync(file)],
  ];

  it.each(damages)('%s: load uses the backup with a warning naming the file', (_label, damage) => {
    const { storeDir, state } = storeWithTwoVersions();
    damage(state);
    const loaded = loadWorkflow(storeDir, ID);
    expect(loaded.state.summary).toBe('version 1');
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toContain(state);
    expect(loaded.warnings[0]).toContain('using state.backup.json');
  });

  it('names the field that fails the schema', () => {
    const { storeDir, state } = storeWithTwoVersions();
    const { checksum: _checksum, ...rest } = JSON.parse(fs.readFileSync(state, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(state, sealed({ ...rest, status: 'finished' }));
    expect(loadWorkflow(storeDir, ID).warnings[0]).toMatch(/field "status"/);
  });

  it('saving over a damaged state.json keeps the good backup and repairs state.json', () => {
    const { storeDir, state, backup } = storeWithTwoVersions();
    fs.writeFileSync(state, '{ truncated');
    const saved = updateWorkflow(storeDir, ID, (current) => ({ ...current!.state, summary: 'repaired' }));
    expect(saved.warnings[0]).toContain('using state.backup.json');
    expect(JSON.parse(fs.readFileSync(backup, 'utf8')).summary).toBe('version 1');
    expect(loadWorkflow(storeDir, ID)).toMatchObject({ state: makeState({ summary: 'repaired' }), warnings: [], read: { from_backup: false } });
  });

  it('both damaged: a WorkflowError naming both files, and no file is touched', () => {
    const { storeDir, dir, state, backup } = storeWithTwoVersions();
    fs.writeFileSync(state, '{ truncated');
    fs.writeFileSync(backup, fs.readFileSync(backup, 'utf8').replace('"version 1"', '"edited"'));
    const before = snapshotDir(dir);
    const expectFailure = (fn: () => unknown) => {
      let error: unknown;
      try {
        fn();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(WorkflowError);
      expect((error as Error).message).toContain(state);
      expect((error as Error).message).toContain(backup);
      expect((error as Error).message).toContain('nothing was changed');
    };
    expectFailure(() => loadWorkflow(storeDir, ID));
    expectFailure(() => updateWorkflow(storeDir, ID, () => makeState({ summary: 'overwrite' })));
    expect(snapshotDir(dir)).toEqual(before);
    expect(listWorkflows(storeDir)).toEqual({ workflows: [], problems: [expect.stringContaining(backup)] });
  });

  it('a newer schema_version is refused with a clear message, not replaced by the backup', () => {
    const { storeDir, dir, state } = storeWithTwoVersions();
    const newer = SCHEMA_VERSION + 1;
    const { checksum: _checksum, ...rest } = JSON.parse(fs.readFileSync(state, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(state, sealed({ ...rest, schema_version: newer, added_by_a_later_plugin: true }));
    const before = snapshotDir(dir);
    expect(() => loadWorkflow(storeDir, ID)).toThrow(WorkflowError);
    expect(() => loadWorkflow(storeDir, ID)).toThrow(
      `${state} has schema_version ${newer}, newer than this plugin understands (${SCHEMA_VERSION}); update the workflow plugin`,
    );
    expect(() => updateWorkflow(storeDir, ID, () => makeState())).toThrow(`schema_version ${newer}`);
    expect(listWorkflows(storeDir)).toEqual({ workflows: [], problems: [expect.stringContaining('update the workflow plugin')] });
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('the warning says how old the backup is', () => {
    const { storeDir, state, backup } = storeWithTwoVersions();
    fs.writeFileSync(state, '{ truncated');
    const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000);
    fs.utimesSync(backup, threeHoursAgo, threeHoursAgo);
    expect(loadWorkflow(storeDir, ID).warnings[0]).toMatch(/; using state\.backup\.json, written 3 h ago$/);
  });

  it('a read that falls back on the backup writes nothing; the next save keeps the good state', () => {
    const { storeDir, dir, state, backup } = storeWithTwoVersions();
    fs.writeFileSync(state, '{ truncated');
    const before = snapshotDir(dir);
    loadWorkflow(storeDir, ID);
    listWorkflows(storeDir);
    expect(snapshotDir(dir)).toEqual(before);
    // a save that only touches one field: everything else comes from the backup, not from nothing
    updateWorkflow(storeDir, ID, (current) => ({ ...current!.state, status: 'active' }));
    expect(loadWorkflow(storeDir, ID)).toMatchObject({ state: makeState({ summary: 'version 1', status: 'active' }), warnings: [], read: { from_backup: false } });
    expect(fs.readFileSync(backup, 'utf8')).toBe(before['state.backup.json']);
  });

  it('a newer state.backup.json behind a damaged state.json: an error naming both, nothing changed', () => {
    const { storeDir, dir, state, backup } = storeWithTwoVersions();
    const { checksum: _checksum, ...rest } = JSON.parse(fs.readFileSync(backup, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(backup, sealed({ ...rest, schema_version: SCHEMA_VERSION + 1 }));
    fs.writeFileSync(state, '');
    const before = snapshotDir(dir);
    expect(() => loadWorkflow(storeDir, ID)).toThrow(new RegExp(`${state} is not valid JSON.*, and ${backup} has schema_version ${SCHEMA_VERSION + 1}`));
    expect(snapshotDir(dir)).toEqual(before);
  });
});

describe('ids and lookups', () => {
  it.each(['../etc', 'A', '-x', 'a/b', `a${'b'.repeat(81)}`, 'café'])('loadWorkflow refuses %j before touching the disk', (id) => {
    const storeDir = path.join(tempDir(), 'workflows');
    expect(() => loadWorkflow(storeDir, id)).toThrow(/invalid workflow id/);
    expect(() => appendHistory(storeDir, id, historyLine('handoff'))).toThrow(/invalid workflow id/);
    expect(readHistory(storeDir, id)).toEqual([]);
    expect(fs.existsSync(storeDir)).toBe(false);
  });

  // BUG (scripts/core/store/store.ts, ensureWorkflowDir): the store directory and its .gitignore are
  // created before the id is checked, so an invalid id reaches the disk. See the report.
  it.each(['../etc', 'A'])('updateWorkflow refuses %j before creating any directory', (id) => {
    const storeDir = path.join(tempDir(), 'workflows');
    expect(() => updateWorkflow(storeDir, id, () => makeState())).toThrow(/invalid workflow id/);
    expect(fs.existsSync(storeDir)).toBe(false);
  });

  it('an unknown id names the ids that exist', () => {
    const storeDir = path.join(tempDir(), 'workflows');
    expect(() => loadWorkflow(storeDir, 'nope')).toThrow(`no workflow "nope": this project has no workflows yet (${storeDir})`);
    save(storeDir, makeState());
    save(storeDir, makeState({ id: 'another-20260101-000000' }));
    fs.mkdirSync(path.join(storeDir, 'Not-An-Id'));
    expect(() => loadWorkflow(storeDir, 'nope')).toThrow(`no workflow "nope"; existing workflows: another-20260101-000000, ${ID}`);
  });

  it('lists readable workflows most recent first and reports the unreadable ones', () => {
    const storeDir = path.join(tempDir(), 'workflows');
    save(storeDir, makeState({ id: 'old-20260101-000000', updated_at: '2026-01-01T00:00:00.000Z' }));
    save(storeDir, makeState({ id: 'new-20260301-000000', updated_at: '2026-03-01T00:00:00.000Z' }));
    save(storeDir, makeState({ id: 'broken-20260201-000000' }));
    fs.writeFileSync(path.join(storeDir, 'broken-20260201-000000', 'state.json'), 'garbage');
    const { workflows, problems } = listWorkflows(storeDir);
    expect(workflows.map((w) => w.state.id)).toEqual(['new-20260301-000000', 'old-20260101-000000']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('broken-20260201-000000');
    expect(listWorkflows(path.join(storeDir, 'missing'))).toEqual({ workflows: [], problems: [] });
  });
});

function historyLine(event: HistoryEntry['event'], summary = 's'): HistoryEntry {
  return { at: '2026-03-14T12:00:00.000Z', event, device: 'laptop', branch: 'main', commit: null, summary, session_id: null };
}

describe('history', () => {
  it('appends one JSON line per entry and reads them back, skipping a torn last line', () => {
    const storeDir = path.join(tempDir(), 'workflows');
    save(storeDir, makeState());
    expect(readHistory(storeDir, ID)).toEqual([]);
    appendHistory(storeDir, ID, historyLine('handoff', 'first'));
    appendHistory(storeDir, ID, historyLine('resume', 'second'));
    fs.appendFileSync(files(storeDir).history, '{"at":"2026-03-14T12:0');
    expect(readHistory(storeDir, ID)).toEqual([historyLine('handoff', 'first'), historyLine('resume', 'second')]);
    expect(fs.readFileSync(files(storeDir).history, 'utf8').split('\n')).toHaveLength(3);
  });

  it('stamps each line with schema_version, and reads lines written before the stamp', () => {
    const storeDir = path.join(tempDir(), 'workflows');
    save(storeDir, makeState());
    fs.writeFileSync(files(storeDir).history, `${JSON.stringify(historyLine('handoff', 'v1 line'))}\n`);
    appendHistory(storeDir, ID, historyLine('resume', 'v2 line'));
    const lines = fs.readFileSync(files(storeDir).history, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.schema_version)).toEqual([undefined, SCHEMA_VERSION]);
    expect(readHistory(storeDir, ID)).toEqual([historyLine('handoff', 'v1 line'), historyLine('resume', 'v2 line')]);
  });

  it('refuses an invalid entry', () => {
    const storeDir = path.join(tempDir(), 'workflows');
    save(storeDir, makeState());
    expect(() => appendHistory(storeDir, ID, { ...historyLine('handoff'), event: 'deploy' } as unknown as HistoryEntry)).toThrow();
    expect(fs.existsSync(files(storeDir).history)).toBe(false);
  });
});
