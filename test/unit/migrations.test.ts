import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, OLDEST_SCHEMA_VERSION, migrate, type JsonObject } from '../../scripts/core/store/migrations.ts';
import { WorkflowState } from '../../scripts/core/schemas.ts';
import { SCHEMA_VERSION } from '../../scripts/core/shared/state-fields.ts';
import { listWorkflows, loadWorkflow, updateWorkflow } from '../../scripts/core/store/store.ts';
import { readSealed } from '../../scripts/core/store/sealed.ts';
import { REPO_ROOT } from '../helpers/cli.ts';
import { makeState } from '../helpers/fixtures.ts';
import { cleanupTempDirs, listFiles, tempDir } from '../helpers/repo.ts';

afterEach(cleanupTempDirs);

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'states');

function fixture(version: number): { text: string; document: JsonObject } {
  const text = fs.readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8');
  const { checksum: _checksum, ...document } = JSON.parse(text) as JsonObject;
  return { text, document };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A v1 document: today's fixture state in the v1 shape (no sub-phase, deliverables as paths). */
function v1(overrides: JsonObject = {}): JsonObject {
  const { phase, phases, ...rest } = makeState();
  return {
    ...rest,
    schema_version: 1,
    phase: { current: phase.current, name: phase.name },
    phases: phases.map((p) => ({ ...p, deliverables: p.deliverables.map((d) => d.path) })),
    ...overrides,
  };
}

describe('the chain', () => {
  it('has one step per version, in order, from the oldest to the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION - OLDEST_SCHEMA_VERSION }, (_, i) => OLDEST_SCHEMA_VERSION + i));
  });

  it('has a fixture file for every older version, sealed with a valid checksum', () => {
    for (let version = OLDEST_SCHEMA_VERSION; version < SCHEMA_VERSION; version++) {
      const { text, document } = fixture(version);
      expect(document.schema_version).toBe(version);
      const checksum = (JSON.parse(text) as JsonObject).checksum;
      expect(checksum).toBe(`sha256:${createHash('sha256').update(JSON.stringify(document, null, 2)).digest('hex')}`);
    }
  });

  it('turns every older fixture into a state the current schema accepts', () => {
    for (let version = OLDEST_SCHEMA_VERSION; version < SCHEMA_VERSION; version++) {
      const migrated = migrate(fixture(version).document);
      expect(migrated).toMatchObject({ from: version, to: SCHEMA_VERSION });
      expect(WorkflowState.safeParse(migrated?.document).success).toBe(true);
    }
  });
});

describe('migrate', () => {
  const design = { num: 1, name: 'Design', status: 'completed', skip_reason: null };
  const phase = { current: 2, name: 'Implementation', sub: null };
  const phases = [
    { ...design, deliverables: [{ path: 'design.md', sha256: null }] },
    { num: 2, name: 'Implementation', status: 'in_progress', deliverables: [], skip_reason: null },
    { num: 3, name: 'Review', status: 'pending', deliverables: [], skip_reason: null },
  ];
  it.each<[string, JsonObject, { phase: unknown; phases: unknown }]>([
    ['v1: adds phase.sub, deliverables become {path, sha256: null}', v1(), { phase, phases }],
    ['v1 with no current phase', v1({ phase: { current: null, name: null } }), { phase: { current: null, name: null, sub: null }, phases }],
    [
      'v1 phase without deliverables (the v1 default): left to the schema default',
      v1({ phases: [{ num: 1, name: 'Design', status: 'pending' }] }),
      { phase, phases: [{ num: 1, name: 'Design', status: 'pending' }] },
    ],
    ['v1 with no phases', v1({ phases: [] }), { phase, phases: [] }],
    ['a v1 phase that is not an object is passed on for the schema to name', v1({ phases: ['Design'] }), { phase, phases: ['Design'] }],
    ['a v1 phase field that is not an object is passed on', v1({ phase: 'Design' }), { phase: 'Design', phases }],
    [
      'a deliverable that is already an object is kept',
      v1({ phases: [{ ...design, deliverables: [{ path: 'a.md', sha256: null }, 'b.md'] }] }),
      { phase, phases: [{ ...design, deliverables: [{ path: 'a.md', sha256: null }, { path: 'b.md', sha256: null }] }] },
    ],
  ])('%s', (_label, input, expected) => {
    const result = migrate(deepFreeze(structuredClone(input)));
    // only the version, the current phase and the phases change; every other field is kept as it is
    expect(result).toEqual({ document: { ...input, schema_version: SCHEMA_VERSION, ...expected }, from: 1, to: SCHEMA_VERSION });
  });

  it('returns a new document and leaves its input untouched', () => {
    const input = v1();
    const copy = structuredClone(input);
    const result = migrate(input);
    expect(input).toEqual(copy);
    expect(result?.document).not.toBe(input);
  });

  it.each([
    ['the current version', SCHEMA_VERSION],
    ['a newer version (refused by the store, not migrated)', SCHEMA_VERSION + 1],
    ['no version', undefined],
    ['a string', '1'],
    ['zero (there was never a v0)', 0],
    ['a fraction', 1.5],
  ])('does nothing for %s', (_label, version) => {
    expect(migrate({ ...v1(), schema_version: version })).toBeNull();
  });
});

describe('loading a v1 state.json through the store', () => {
  function storeWithV1() {
    const { text, document } = fixture(1);
    const id = String(document.id);
    const storeDir = path.join(tempDir(), 'workflows');
    const dir = path.join(storeDir, id);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stateFile = path.join(dir, 'state.json');
    fs.writeFileSync(stateFile, text, { mode: 0o600 });
    return { storeDir, dir, id, stateFile, text, document };
  }

  it('is migrated on load, with a warning, and every field kept', () => {
    const { storeDir, id, stateFile, document } = storeWithV1();
    const loaded = loadWorkflow(storeDir, id);
    expect(loaded.warnings).toEqual([`${stateFile} migrated from schema v1 to v${SCHEMA_VERSION}; it is written as v${SCHEMA_VERSION} at the next save`]);
    const { state } = loaded;
    expect(state.schema_version).toBe(SCHEMA_VERSION);
    expect(state.phase).toEqual({ current: 2, name: 'Implementation', sub: null });
    expect(state.phases.map((p) => [p.name, p.status, p.deliverables])).toEqual([
      ['Design', 'approved', [{ path: 'docs/checkout-design.md', sha256: null }]],
      ['Implementation', 'in_progress', [{ path: 'src/checkout.ts', sha256: null }]],
      ['Accessibility review', 'pending', []],
    ]);
    // everything the migration does not touch comes through as it was
    const { schema_version: _v, phase: _p, phases: _ps, ...untouched } = document;
    expect(state).toMatchObject(untouched);
    expect(state.lockfiles).toEqual({});
    expect(listWorkflows(storeDir).workflows[0]?.warnings).toEqual(loaded.warnings);
  });

  it('is not rewritten by a read: the file keeps its bytes until the next save', () => {
    const { storeDir, dir, id, text } = storeWithV1();
    loadWorkflow(storeDir, id);
    listWorkflows(storeDir);
    expect(listFiles(dir)).toEqual(['state.json']);
    expect(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')).toBe(text);
    expect(readSealed(path.join(dir, 'state.json'))).toMatchObject({ ok: true, migratedFrom: 1, text });
  });

  it('is written as the current version by the next save, and the v1 file becomes the backup', () => {
    const { storeDir, dir, id, stateFile, text } = storeWithV1();
    const saved = updateWorkflow(storeDir, id, (current) => ({ ...current!.state, phase: { ...current!.state.phase, sub: 'payment step' } }));
    expect(saved.warnings).toEqual([expect.stringContaining('migrated from schema v1')]);
    const onDisk = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as JsonObject;
    expect(onDisk.schema_version).toBe(SCHEMA_VERSION);
    expect(onDisk.phase).toEqual({ current: 2, name: 'Implementation', sub: 'payment step' });
    expect(fs.readFileSync(path.join(dir, 'state.backup.json'), 'utf8')).toBe(text);
    expect(fs.readFileSync(path.join(dir, 'state.toon'), 'utf8')).toContain(`schema_version: ${SCHEMA_VERSION}`);
    expect(loadWorkflow(storeDir, id).warnings).toEqual([]);
  });

  it('a v1 backup behind a damaged state.json is migrated too, with both warnings', () => {
    const { storeDir, dir, id, stateFile, text } = storeWithV1();
    fs.renameSync(stateFile, path.join(dir, 'state.backup.json'));
    fs.writeFileSync(stateFile, text.slice(0, 300));
    const loaded = loadWorkflow(storeDir, id);
    expect(loaded.state.phase.sub).toBeNull();
    expect(loaded.warnings).toEqual([
      expect.stringMatching(/state\.json is not valid JSON .*; using state\.backup\.json, written \d+ min ago$/),
      expect.stringMatching(/state\.backup\.json migrated from schema v1 to v2/),
    ]);
  });

  it('a v1 file edited by hand fails its checksum like any other', () => {
    const { storeDir, id, stateFile, text } = storeWithV1();
    fs.writeFileSync(stateFile, text.replace('Redesign the checkout page', 'Edited'));
    expect(() => loadWorkflow(storeDir, id)).toThrow(/state\.json fails its checksum/);
  });

  it('a v1 file that migrates into an invalid state names the field and the migration', () => {
    const { storeDir, id, stateFile, document } = storeWithV1();
    const broken = { ...document, phases: [{ num: 1, name: 'Design', status: 'approved', deliverables: [42] }] };
    const body = JSON.stringify(broken, null, 2);
    fs.writeFileSync(stateFile, `${JSON.stringify({ ...broken, checksum: `sha256:${createHash('sha256').update(body).digest('hex')}` }, null, 2)}\n`);
    expect(() => loadWorkflow(storeDir, id)).toThrow(/state\.json: field "phases\.0\.deliverables\.0" .* after migration from schema v1/);
  });
});
