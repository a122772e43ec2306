// `doctor` on a real store on disk with one problem of each kind planted: what it reports, what
// --fix repairs, that a second run is clean, and the CLI as a child process.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDoctor } from '../../scripts/core/doctor/doctor.ts';
import type { DoctorReport, Finding } from '../../scripts/core/doctor/notes.ts';
import { SCHEMA_VERSION } from '../../scripts/core/shared/state-fields.ts';
import { readHistory } from '../../scripts/core/store/store-history.ts';
import { loadWorkflow } from '../../scripts/core/store/store.ts';
import { parseJsonOutput, REPO_ROOT, runCli } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir, tempRepo } from '../helpers/repo.ts';
import { placeOf, seedHandoff } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

const MINUTE = 60_000;
const DAY = 86_400_000;

function age(file: string, ms: number): void {
  const then = new Date(Date.now() - ms);
  fs.utimesSync(file, then, then);
}

/** Every file and directory under `dir` with its mode and (for files) content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, name);
    const stat = fs.lstatSync(full);
    out[name] = `${(stat.mode & 0o777).toString(8)} ${stat.isFile() ? fs.readFileSync(full, 'utf8') : '<dir>'}`;
  }
  return out;
}

/** The level of each (workflow, check) pair, for compact expectations. */
function levels(report: DoctorReport): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of report.findings) {
    const key = `${f.workflow ?? '-'} ${f.check}`;
    out[key] = out[key] ? `${out[key]},${f.level}` : f.level;
  }
  return out;
}

function finding(report: DoctorReport, workflow: string | null, check: string): Finding {
  const found = report.findings.find((f) => f.workflow === workflow && f.check === check && f.level !== 'ok');
  if (!found) throw new Error(`no ${check} finding for ${workflow}: ${JSON.stringify(report.findings, null, 2)}`);
  return found;
}

const V1_FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'states', 'v1.json');
const V1_ID = 'redesign-the-checkout-page-20260310-161204';

/**
 * A project whose store holds one problem of each kind:
 * - login: state.json truncated (good backup), a stale .lock, an orphaned temp file and a fresh one;
 * - billing: wrong permissions, state.toon missing, two bad history lines, an expired lease;
 * - checkout: a v1 state.json (fine: migrated on load) with a live lease;
 * - an empty workflow directory; the store directory 0755; an orphaned temp file in the store;
 * - runtime: one per-session file 40 days old, one fresh.
 */
async function plantedStore() {
  const repo = tempRepo();
  const place = placeOf(repo.path);
  const runtimeDir = path.join(tempDir('wf-runtime-'), 'runtime');
  const login = (await seedHandoff(repo.path, { task: 'Fix the login redirect loop', summary: 'first' })).id;
  await seedHandoff(repo.path, { id: login, summary: 'second', next_steps: ['Ship it'] });
  const billing = (await seedHandoff(repo.path, { task: 'Refactor billing' })).id;
  const dir = (id: string) => path.join(place.storeDir, id);
  const at = (id: string, name: string) => path.join(dir(id), name);

  const loginState = fs.readFileSync(at(login, 'state.json'), 'utf8');
  fs.writeFileSync(at(login, 'state.json'), loginState.slice(0, 200));
  fs.writeFileSync(at(login, '.lock'), '4242 2026-03-14T09:00:00.000Z\n', { mode: 0o600 });
  age(at(login, '.lock'), 5 * MINUTE);
  fs.writeFileSync(at(login, 'state.json.tmp-4242-deadbeef'), '{"half": ', { mode: 0o600 });
  age(at(login, 'state.json.tmp-4242-deadbeef'), 10 * MINUTE);
  fs.writeFileSync(at(login, 'state.toon.tmp-4343-cafe0001'), 'in progress', { mode: 0o600 });

  fs.chmodSync(dir(billing), 0o755);
  fs.chmodSync(at(billing, 'state.json'), 0o644);
  fs.rmSync(at(billing, 'state.toon'));
  const newerLine = JSON.stringify({ at: '2026-03-14T12:00:00.000Z', event: 'teleport', schema_version: SCHEMA_VERSION + 1 });
  fs.appendFileSync(at(billing, 'history.jsonl'), `{"at":"2026-03-14T12:0\n{"event":"deploy"}\n${newerLine}\n`);
  const expired = { session_id: 'session-old', device: 'ada-desktop', expires_at: new Date(Date.now() - 2 * DAY).toISOString() };
  fs.writeFileSync(at(billing, 'lease.json'), JSON.stringify(expired), { mode: 0o600 });

  fs.mkdirSync(dir(V1_ID), { mode: 0o700 });
  fs.copyFileSync(V1_FIXTURE, at(V1_ID, 'state.json'));
  fs.chmodSync(at(V1_ID, 'state.json'), 0o600);
  const live = { session_id: 'session-now', device: 'ada-laptop', expires_at: new Date(Date.now() + 20 * MINUTE).toISOString() };
  fs.writeFileSync(at(V1_ID, 'lease.json'), JSON.stringify(live), { mode: 0o600 });

  fs.mkdirSync(dir('empty-20260101-000000'), { mode: 0o700 });
  fs.chmodSync(place.storeDir, 0o755);
  fs.writeFileSync(path.join(place.storeDir, '.gitignore.tmp-4444-00000000'), '*', { mode: 0o600 });
  age(path.join(place.storeDir, '.gitignore.tmp-4444-00000000'), 2 * MINUTE);

  const sessions = path.join(runtimeDir, 'sessions');
  fs.mkdirSync(sessions, { recursive: true });
  fs.writeFileSync(path.join(sessions, 'old-session.json'), '{}');
  age(path.join(sessions, 'old-session.json'), 40 * DAY);
  fs.writeFileSync(path.join(sessions, 'new-session.json'), '{}');

  return { repo, place, runtimeDir, login, billing, at, loginState, newerLine };
}

describe('doctor on a store with every kind of problem', () => {
  it('reports each problem, exits with an error, and changes nothing without --fix', async () => {
    const { repo, place, runtimeDir, login, billing } = await plantedStore();
    const before = snapshot(repo.path);
    const beforeRuntime = snapshot(runtimeDir);
    const report = runDoctor({ storeDir: place.storeDir, runtimeDir, fix: false, now: new Date() });
    expect(report.ok).toBe(false);
    expect(levels(report)).toEqual({
      '- store': 'ok,warn',
      '- temp-files': 'warn',
      'empty-20260101-000000 state': 'warn',
      'empty-20260101-000000 permissions': 'ok',
      [`${login} lock`]: 'warn',
      [`${login} state`]: 'error',
      [`${login} history`]: 'ok',
      [`${login} temp-files`]: 'ok,warn',
      [`${login} permissions`]: 'ok',
      [`${billing} state`]: 'ok',
      [`${billing} backup`]: 'ok',
      [`${billing} toon`]: 'warn',
      [`${billing} history`]: 'warn',
      [`${billing} lease`]: 'warn',
      [`${billing} temp-files`]: undefined,
      [`${billing} permissions`]: 'warn',
      [`${V1_ID} state`]: 'ok',
      [`${V1_ID} backup`]: 'ok',
      [`${V1_ID} toon`]: 'warn',
      [`${V1_ID} lease`]: 'ok',
      [`${V1_ID} permissions`]: 'ok',
      '- sessions': 'warn',
    });
    expect(finding(report, login, 'state').message).toMatch(
      /^state\.json is not valid JSON \(.*\); state\.backup\.json \(written (just now|\d+ min ago)\) is good and is read instead: doctor --fix restores it$/,
    );
    expect(finding(report, login, 'lock').message).toBe('stale .lock (process 4242, 5 min ago); saves remove it after 30 s, doctor --fix removes it now');
    expect(finding(report, login, 'temp-files').message).toBe('1 temp file left by an interrupted write (state.json.tmp-4242-deadbeef); doctor --fix removes it');
    expect(finding(report, billing, 'permissions').message).toBe(
      'permissions: the directory 0755, state.json 0644 (expected directories 0700, files 0600); doctor --fix sets them',
    );
    expect(finding(report, billing, 'toon').message).toBe('state.toon is missing; doctor --fix writes it again from state.json');
    expect(finding(report, billing, 'history').message).toBe(
      'history.jsonl: 2 of 4 lines do not parse (line 2, 3); doctor --fix removes them and keeps the original as history.jsonl.bak',
    );
    expect(finding(report, billing, 'lease').message).toBe('lease.json (session session-old) expired 2 days ago; doctor --fix removes it');
    expect(finding(report, null, 'store').message).toContain('the store directory 0755');
    expect(finding(report, null, 'sessions').message).toBe(`1 of 2 per-session files in ${runtimeDir}/sessions older than 30 days; doctor --fix deletes it`);
    expect(report.findings.find((f) => f.workflow === V1_ID && f.check === 'state')?.message).toBe(
      `state.json valid (schema v1: read as v${SCHEMA_VERSION}, written as v${SCHEMA_VERSION} at the next save)`,
    );
    expect(report.findings.every((f) => f.fixed === (f.level === 'fixed'))).toBe(true);
    expect(snapshot(repo.path)).toEqual(before);
    expect(snapshot(runtimeDir)).toEqual(beforeRuntime);
  });

  it('--fix repairs each problem and says what it did; a second run is clean', async () => {
    const { place, runtimeDir, login, billing, at, loginState, newerLine } = await plantedStore();
    const historyBefore = fs.readFileSync(at(billing, 'history.jsonl'), 'utf8');
    const v1Before = fs.readFileSync(at(V1_ID, 'state.json'), 'utf8');
    const report = runDoctor({ storeDir: place.storeDir, runtimeDir, fix: true, now: new Date() });
    expect(report.ok).toBe(true);
    expect(report.findings.filter((f) => f.level === 'warn' || f.level === 'error')).toEqual([]);
    expect(
      report.findings
        .filter((f) => f.fixed)
        .map((f) => `${f.workflow ?? '-'} ${f.check}`)
        .sort(),
    ).toEqual(
      [
        '- store',
        '- temp-files',
        '- sessions',
        'empty-20260101-000000 state',
        `${login} lock`,
        `${login} state`,
        // the toon of the damaged state.json described the newer save: written again from the restored one
        `${login} toon`,
        `${login} temp-files`,
        `${billing} toon`,
        `${billing} history`,
        `${billing} lease`,
        `${billing} permissions`,
        `${V1_ID} toon`,
      ].sort(),
    );
    expect(finding(report, login, 'state').message).toMatch(/; restored from state\.backup\.json \(written (just now|\d+ min ago)\)$/);

    // login: state.json is the good backup again, loads without a warning; lock and old temp file gone, fresh one kept
    expect(fs.readFileSync(at(login, 'state.json'), 'utf8')).toBe(fs.readFileSync(at(login, 'state.backup.json'), 'utf8'));
    expect(fs.readFileSync(at(login, 'state.json'), 'utf8')).not.toBe(loginState);
    expect(loadWorkflow(place.storeDir, login)).toMatchObject({ state: { summary: 'first' }, warnings: [] });
    expect(fs.existsSync(at(login, '.lock'))).toBe(false);
    expect(fs.readdirSync(path.dirname(at(login, 'x'))).filter((n) => n.includes('.tmp-'))).toEqual(['state.toon.tmp-4343-cafe0001']);

    // billing: modes, toon, history without the bad lines (the newer plugin's line kept), lease gone
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect([mode(path.dirname(at(billing, 'x'))), mode(at(billing, 'state.json'))]).toEqual([0o700, 0o600]);
    expect(fs.existsSync(at(billing, 'state.toon'))).toBe(true);
    expect(fs.readFileSync(at(billing, 'history.jsonl.bak'), 'utf8')).toBe(historyBefore);
    const historyAfter = fs.readFileSync(at(billing, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(historyAfter).toHaveLength(2);
    expect(historyAfter[1]).toBe(newerLine);
    expect(readHistory(place.storeDir, billing)).toHaveLength(1);
    expect(fs.existsSync(at(billing, 'lease.json'))).toBe(false);

    // checkout: the v1 state.json is left as it is (upgraded by the next save, not by doctor); the live lease is kept
    expect(fs.readFileSync(at(V1_ID, 'state.json'), 'utf8')).toBe(v1Before);
    expect(fs.readFileSync(at(V1_ID, 'state.toon'), 'utf8')).toContain('schema_version: 1');
    expect(fs.existsSync(at(V1_ID, 'lease.json'))).toBe(true);

    // the store and the runtime
    expect(fs.existsSync(path.join(place.storeDir, 'empty-20260101-000000'))).toBe(false);
    expect(mode(place.storeDir)).toBe(0o700);
    expect(fs.readdirSync(place.storeDir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(fs.readdirSync(path.join(runtimeDir, 'sessions'))).toEqual(['new-session.json']);

    const again = runDoctor({ storeDir: place.storeDir, runtimeDir, fix: false, now: new Date() });
    expect(again.ok).toBe(true);
    expect(again.findings.filter((f) => f.level !== 'ok')).toEqual([]);
  });
});

describe('doctor cannot repair', () => {
  it('state.json and its backup both damaged: an error naming both, nothing changed even with --fix', async () => {
    const repo = tempRepo();
    const place = placeOf(repo.path);
    const id = (await seedHandoff(repo.path, { task: 'Both broken' })).id;
    await seedHandoff(repo.path, { id, summary: 'again' });
    const dir = path.join(place.storeDir, id);
    fs.writeFileSync(path.join(dir, 'state.json'), '{ truncated');
    fs.writeFileSync(path.join(dir, 'state.backup.json'), fs.readFileSync(path.join(dir, 'state.backup.json'), 'utf8').replace('Both broken', 'edited'));
    const before = snapshot(dir);
    const report = runDoctor({ storeDir: place.storeDir, runtimeDir: tempDir(), fix: true, now: new Date() });
    expect(report.ok).toBe(false);
    expect(finding(report, id, 'state')).toMatchObject({
      level: 'error',
      fixed: false,
      message: expect.stringMatching(/^state\.json is not valid JSON .*, and state\.backup\.json fails its checksum .*; nothing was changed$/),
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a state.json from a newer plugin: an error, never rewritten, its backup left alone', async () => {
    const repo = tempRepo();
    const place = placeOf(repo.path);
    const id = (await seedHandoff(repo.path, { task: 'From the future' })).id;
    await seedHandoff(repo.path, { id, summary: 'again' });
    const dir = path.join(place.storeDir, id);
    const { checksum: _c, ...rest } = JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')) as Record<string, unknown>;
    const newer = { ...rest, schema_version: SCHEMA_VERSION + 1 };
    const { createHash } = await import('node:crypto');
    const body = JSON.stringify(newer, null, 2);
    fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ ...newer, checksum: `sha256:${createHash('sha256').update(body).digest('hex')}` }, null, 2));
    const before = snapshot(dir);
    const report = runDoctor({ storeDir: place.storeDir, runtimeDir: tempDir(), fix: true, now: new Date() });
    expect(finding(report, id, 'state')).toMatchObject({
      level: 'error',
      message: `state.json has schema_version ${SCHEMA_VERSION + 1}, newer than this plugin understands (${SCHEMA_VERSION}); update the workflow plugin; left as it is`,
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a project without a store: one ok line, nothing created', () => {
    const project = tempDir();
    const storeDir = path.join(project, '.git', 'workflow');
    const report = runDoctor({ storeDir, runtimeDir: path.join(project, 'runtime'), fix: true, now: new Date() });
    expect(report).toEqual({ ok: true, findings: [{ workflow: null, check: 'store', level: 'ok', message: `no workflow store yet (${storeDir})`, fixed: false }] });
    expect(fs.readdirSync(project)).toEqual([]);
  });
});

describe('claude-workflow doctor (child process)', () => {
  it('json: one document, exit 1 with problems; --fix exits 0; then text output is all [ok]', async () => {
    const { repo, runtimeDir, login } = await plantedStore();
    const env = { WORKFLOW_RUNTIME_DIR: runtimeDir };
    const first = await runCli(['doctor', '--format', 'json'], { cwd: repo.path, env });
    expect(first.status).toBe(1);
    expect(first.stderr).toBe('');
    const report = parseJsonOutput<DoctorReport>(first);
    expect(report.ok).toBe(false);
    expect(report.findings).toContainEqual({ workflow: login, check: 'state', level: 'error', message: expect.stringContaining('doctor --fix restores it'), fixed: false });
    for (const f of report.findings) expect(Object.keys(f).sort()).toEqual(['check', 'fixed', 'level', 'message', 'workflow']);

    const fixedRun = await runCli(['doctor', '--fix', '--format', 'json'], { cwd: repo.path, env });
    expect(fixedRun.status).toBe(0);
    const fixedReport = parseJsonOutput<DoctorReport>(fixedRun);
    expect(fixedReport.ok).toBe(true);
    expect(fixedReport.findings.filter((f) => f.fixed).length).toBeGreaterThanOrEqual(10);

    const text = await runCli(['doctor'], { cwd: repo.path, env });
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    const findingLines = lines.slice(0, lines.indexOf(''));
    expect(findingLines.length).toBeGreaterThan(5);
    for (const line of findingLines) expect(line).toMatch(/^\[ok\] (store|runtime|[a-z0-9-]+): \S/);
    expect(lines.at(-1)).toBe('doctor: 3 workflows, 0 errors, 0 warnings');
  });

  it('text: one line per finding, the summary, and the hint to --fix', async () => {
    const { repo, runtimeDir, billing } = await plantedStore();
    const result = await runCli(['doctor'], { cwd: repo.path, env: { WORKFLOW_RUNTIME_DIR: runtimeDir } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`[warn] ${billing}: state.toon is missing; doctor --fix writes it again from state.json\n`);
    expect(result.stdout).toMatch(/^\[ok\] store: 4 workflows in \S+$/m);
    expect(result.stdout).toContain('\ndoctor: 4 workflows, 1 error, 11 warnings\nRun `claude-workflow doctor --fix` to repair what can be repaired.\n');
  });
});
