// `claude-workflow sync` through a synced folder (WORKFLOW_SYNC_DIR): two clones of one repository
// (machine A, machine B) sharing one folder, as iCloud Drive, Dropbox or Syncthing would mirror
// it, and the built CLI as a child process. No git remote is involved.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { parseJsonOutput, runCli, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, git, tempDir, tempRepo } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

interface Machine {
  path: string;
  env: NodeJS.ProcessEnv;
}

interface World {
  dir: string;
  a: Machine;
  b: Machine;
}

function world(): World {
  const dir = tempDir('wf-syncdir-');
  const a = tempRepo();
  const bDir = tempDir('wf-clone-');
  git(bDir, ['clone', '-q', a.path, '.']);
  git(bDir, ['remote', 'remove', 'origin']); // the folder is the only link between them
  return { dir, a: { path: a.path, env: { WORKFLOW_SYNC_DIR: dir } }, b: { path: bDir, env: { WORKFLOW_SYNC_DIR: dir } } };
}

function cli(m: Machine, args: string[]): Promise<CliResult> {
  return runCli(args, { cwd: m.path, env: m.env });
}

function ok(result: CliResult): CliResult {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  return result;
}

const sync = (m: Machine, args: string[]) => cli(m, ['sync', ...args]);

async function handoff(m: Machine, args: string[]): Promise<string> {
  return parseJsonOutput<{ id: string }>(ok(await cli(m, ['handoff', '--format', 'json', ...args]))).id;
}

async function statusOf(m: Machine): Promise<Record<string, string>> {
  const json = parseJsonOutput<{ workflows: { id: string; state: string }[] }>(ok(await sync(m, ['status', '--format', 'json'])));
  return Object.fromEntries(json.workflows.map((w) => [w.id, w.state]));
}

const storeOf = (m: Machine) => path.join(m.path, '.git', 'workflow');

function stateOf(m: Machine, id: string): WorkflowState {
  return JSON.parse(fs.readFileSync(path.join(storeOf(m), id, 'state.json'), 'utf8')) as WorkflowState;
}

function historyEvents(m: Machine, id: string): string[] {
  return fs
    .readFileSync(path.join(storeOf(m), id, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { event: string }).event);
}

/** `<dir>/<project-key>/<id>`: the one project directory in the folder. */
function folderOf(w: World, id: string): string {
  const projects = fs.readdirSync(w.dir);
  expect(projects).toHaveLength(1);
  return path.join(w.dir, projects[0] as string, id);
}

/** A workflow handed off on A, pulled on B, then saved differently on both; A pushed first. */
async function diverged(w: World): Promise<string> {
  const id = await handoff(w.a, ['--task', 'Fix tag assignment', '--accomplishment', 'reproduced the bug', '--next', 'write a failing test']);
  ok(await sync(w.a, ['push']));
  ok(await sync(w.b, ['pull']));
  await handoff(w.a, ['--id', id, '--summary', 'A: test written', '--accomplishment', 'reproduced the bug', '--accomplishment', 'failing test written', '--next', 'fix the parser']);
  await handoff(w.b, ['--id', id, '--summary', 'B: looked at the API', '--accomplishment', 'reproduced the bug', '--accomplishment', 'API traced', '--decision', 'keep the v2 endpoint']);
  ok(await sync(w.a, ['push']));
  const rejected = await sync(w.b, ['push']);
  expect(rejected.status).toBe(1);
  expect(rejected.stderr).toMatch(/^claude-workflow: sync pending: folder .* has newer saves of .*local state is intact\n$/);
  expect(stateOf(w.b, id).summary).toBe('B: looked at the API');
  expect(ok(await sync(w.b, ['pull'])).stdout).toContain(`${id}  diverged`);
  expect(stateOf(w.b, id).summary).toBe('B: looked at the API'); // pull never overwrites a diverged workflow
  expect(await statusOf(w.b)).toEqual({ [id]: 'diverged' });
  return id;
}

describe('sync through a folder (WORKFLOW_SYNC_DIR)', () => {
  it('carries a workflow from A to B, fast-forwards B, and writes only private, immutable versions', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Fix tag assignment', '--summary', 'found the cause']);
    expect(await statusOf(w.a)).toEqual({ [id]: 'local_only' });
    expect(ok(await sync(w.a, ['status'])).stdout).toBe(`against folder ${w.dir}:\n  ${id}  local only (unsaved changes)\n`);

    expect(ok(await sync(w.a, ['push'])).stdout).toBe(`pushed to folder ${w.dir}:\n  ${id}  new\n`);
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' });
    expect(ok(await sync(w.a, ['push'])).stdout).toBe(`pushed to folder ${w.dir}:\n  ${id}  already there\n`);
    const dir = folderOf(w, id);
    expect(fs.readdirSync(dir).sort()).toEqual(['head.json', 'versions']);
    expect(fs.readdirSync(path.join(dir, 'versions'))).toHaveLength(1);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'head.json')).mode & 0o777).toBe(0o600);

    expect(await statusOf(w.b)).toEqual({ [id]: 'remote_only' }); // the folder is read live
    expect(ok(await sync(w.b, ['pull'])).stdout).toBe(`pulled from folder ${w.dir}:\n  ${id}  imported\n`);
    expect(stateOf(w.b, id).summary).toBe('found the cause');
    expect(historyEvents(w.b, id)).toEqual(['handoff']);
    expect(await statusOf(w.b)).toEqual({ [id]: 'in_sync' });

    await handoff(w.a, ['--id', id, '--summary', 'test written', '--next', 'fix the parser']);
    expect(await statusOf(w.a)).toEqual({ [id]: 'ahead' });
    expect(ok(await sync(w.a, ['push'])).stdout).toContain(`${id}  updated`);
    expect(await statusOf(w.b)).toEqual({ [id]: 'behind' });
    expect(ok(await sync(w.b, ['pull'])).stdout).toBe(`pulled from folder ${w.dir}:\n  ${id}  fast-forwarded\n`);
    expect(stateOf(w.b, id).summary).toBe('test written');
    expect(historyEvents(w.b, id)).toEqual(['handoff', 'handoff']);
    expect(fs.readdirSync(path.join(dir, 'versions'))).toHaveLength(2); // never deleted

    // the local record of the last sync does not trouble the other commands
    expect(fs.existsSync(path.join(storeOf(w.b), id, 'sync.json'))).toBe(true);
    const doctor = await cli(w.b, ['doctor']);
    expect(doctor.status).toBe(0);
    ok(await cli(w.b, ['list']));
    ok(await cli(w.b, ['resume', id]));
  });

  it('--use local keeps this side and the next push fast-forwards the folder', async () => {
    const w = world();
    const id = await diverged(w);
    const shown = ok(await sync(w.b, ['resolve', id]));
    expect(shown.stdout).toContain(`workflow ${id} has diverged`);
    expect(shown.stdout).toMatch(/next steps\s+- write a failing test\s+- fix the parser/);
    expect(ok(await sync(w.b, ['resolve', id, '--use', 'local'])).stdout).toContain('kept the local version');
    expect(stateOf(w.b, id).summary).toBe('B: looked at the API');
    expect(await statusOf(w.b)).toEqual({ [id]: 'ahead' });
    ok(await sync(w.b, ['push']));
    expect(ok(await sync(w.a, ['pull'])).stdout).toContain('fast-forwarded');
    expect(stateOf(w.a, id).summary).toBe('B: looked at the API');
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' });
  });

  it('--use remote takes the other side and keeps this one as the backup', async () => {
    const w = world();
    const id = await diverged(w);
    ok(await sync(w.b, ['resolve', id, '--use', 'remote']));
    expect(stateOf(w.b, id).summary).toBe('A: test written');
    const backup = JSON.parse(fs.readFileSync(path.join(storeOf(w.b), id, 'state.backup.json'), 'utf8')) as WorkflowState;
    expect(backup.summary).toBe('B: looked at the API');
    ok(await sync(w.b, ['push']));
    expect(await statusOf(w.b)).toEqual({ [id]: 'in_sync' });
    expect(await statusOf(w.a)).toEqual({ [id]: 'behind' });
  });

  it('--use merge unions both sides and their histories', async () => {
    const w = world();
    const id = await diverged(w);
    ok(await sync(w.b, ['resolve', id, '--use', 'merge']));
    const merged = stateOf(w.b, id);
    expect(merged.accomplishments).toEqual(['reproduced the bug', 'API traced', 'failing test written']);
    expect(merged.decisions).toEqual(['keep the v2 endpoint']);
    expect(historyEvents(w.b, id)).toHaveLength(3);
    ok(await sync(w.b, ['push']));
    ok(await sync(w.a, ['pull']));
    expect(stateOf(w.a, id).accomplishments).toEqual(merged.accomplishments);
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' });
  });

  it('--use both keeps two workflows, the remote one under a new id', async () => {
    const w = world();
    const id = await diverged(w);
    const result = parseJsonOutput<{ imported_as: string }>(ok(await sync(w.b, ['resolve', id, '--use', 'both', '--format', 'json'])));
    expect(stateOf(w.b, id).summary).toBe('B: looked at the API');
    expect(stateOf(w.b, result.imported_as).summary).toBe('A: test written');
    ok(await sync(w.b, ['push']));
    expect(await statusOf(w.b)).toEqual({ [id]: 'in_sync', [result.imported_as]: 'in_sync' });
    expect(ok(await sync(w.a, ['pull'])).stdout).toContain(`${result.imported_as}  imported`);
  });

  it('a conflict copy of head.json made by the sync tool counts as a diverged head and is resolvable', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Fix tag assignment', '--accomplishment', 'reproduced the bug']);
    ok(await sync(w.a, ['push']));
    ok(await sync(w.b, ['pull']));
    const head = path.join(folderOf(w, id), 'head.json');
    const base = fs.readFileSync(head, 'utf8');
    await handoff(w.b, ['--id', id, '--summary', 'B: API traced', '--accomplishment', 'API traced']);
    ok(await sync(w.b, ['push']));
    // both machines pushed while offline from each other: the sync tool keeps B's head as a copy
    // and A's as head.json
    const bHead = fs.readFileSync(head, 'utf8');
    fs.writeFileSync(head, base);
    await handoff(w.a, ['--id', id, '--summary', 'A: test written', '--accomplishment', 'failing test written']);
    ok(await sync(w.a, ['push']));
    fs.writeFileSync(path.join(folderOf(w, id), 'head (conflicted copy).json'), bHead);

    expect(await statusOf(w.a)).toEqual({ [id]: 'diverged' });
    expect(await statusOf(w.b)).toEqual({ [id]: 'diverged' });
    // a third machine imports the newest head and sees the other as diverged
    const c: Machine = { path: tempDir('wf-clone-'), env: w.a.env };
    git(c.path, ['clone', '-q', w.a.path, '.']);
    expect(ok(await sync(c, ['pull'])).stdout).toContain(`${id}  diverged`);
    expect(stateOf(c, id).summary).toBe('A: test written');
    expect(await statusOf(c)).toEqual({ [id]: 'diverged' });
    expect(ok(await sync(w.a, ['resolve', id])).stdout).toContain('has diverged');
    ok(await sync(w.a, ['resolve', id, '--use', 'merge']));
    expect(stateOf(w.a, id).accomplishments).toEqual(['reproduced the bug', 'failing test written', 'API traced']);
    expect(await statusOf(w.a)).toEqual({ [id]: 'ahead' });
    ok(await sync(w.a, ['push']));
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' }); // the copy's version is now an ancestor
    expect(ok(await sync(w.b, ['pull'])).stdout).toContain(`${id}  fast-forwarded`);
    expect(stateOf(w.b, id).accomplishments).toEqual(stateOf(w.a, id).accomplishments);
  });

  it('a missing or unusable folder: exit 1 "sync pending", local state intact', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Offline work', '--summary', 'saved on the train']);
    const before = fs.readFileSync(path.join(storeOf(w.a), id, 'state.json'), 'utf8');
    const gone: Machine = { path: w.a.path, env: { WORKFLOW_SYNC_DIR: path.join(w.dir, 'not-mounted') } };
    for (const args of [['push'], ['pull'], ['status']]) {
      const failed = await sync(gone, args);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toMatch(/^claude-workflow: sync pending: the sync folder .*not-mounted cannot be used \(ENOENT\); the workflows are saved locally/);
    }
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const notDir = await sync({ path: w.a.path, env: { WORKFLOW_SYNC_DIR: file } }, ['push']);
    expect(notDir.status).toBe(1);
    expect(notDir.stderr).toContain('sync pending');
    expect(fs.readFileSync(path.join(storeOf(w.a), id, 'state.json'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(w.dir, 'not-mounted'))).toBe(false); // never created
    ok(await sync(w.a, ['push'])); // back online
  });

  it('waits for a version the sync tool has not copied yet instead of overwriting its head', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Half copied']);
    ok(await sync(w.a, ['push']));
    const dir = folderOf(w, id);
    fs.writeFileSync(path.join(dir, 'head.json'), `${JSON.stringify({ version: 'f'.repeat(64) })}\n`);
    const pending = await sync(w.b, ['pull']);
    expect(pending.status).toBe(1);
    expect(pending.stderr).toMatch(/sync pending: version ffffffffffff of workflow .* has not arrived/);
  });

  it('sync.auto pushes to the folder after a handoff', async () => {
    const w = world();
    const auto: Machine = { path: w.a.path, env: { ...w.a.env, WORKFLOW_SYNC_AUTO: '1' } };
    const id = await handoff(auto, ['--task', 'Auto sync']);
    expect(fs.existsSync(path.join(folderOf(w, id), 'head.json'))).toBe(true);
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' });
  });

  it('--remote still means the git remote', async () => {
    const w = world();
    await handoff(w.a, ['--task', 'Git instead']);
    const failed = await sync(w.a, ['push', '--remote', 'origin']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('no remote "origin"');
  });
});
