// `claude-workflow sync` as users run it: a bare remote and two clones (machine A, machine B) on
// this machine, the built CLI as a child process, and after every sync command a check that the
// user's branches, HEAD, index and working tree are exactly as they were.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { openSyncRepo } from '../../scripts/core/sync/git-plumbing.ts';
import { syncStatus } from '../../scripts/core/sync/git-remote.ts';
import { mergeHistories, mergeStates } from '../../scripts/core/sync/merge.ts';
import { parseJsonOutput, runCli, runHookCommand, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, git, isolatedEnv, tempDir, tempRepo } from '../helpers/repo.ts';
import { placeOf } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

interface Machine {
  path: string;
  git: (...args: string[]) => string;
}

interface World {
  remote: string;
  a: Machine;
  b: Machine;
}

/** A bare remote, clone A with a staged and an unstaged change, and clone B of the same history. */
function world(): World {
  const remote = path.join(tempDir('wf-remote-'), 'project.git');
  git(path.dirname(remote), ['init', '-q', '--bare', '-b', 'main', remote]);
  const a = tempRepo();
  a.git('remote', 'add', 'origin', remote);
  a.git('push', '-q', 'origin', 'main');
  // work in flight that sync must not disturb
  a.write('README.md', '# project\nedited, not staged\n');
  a.write('staged.txt', 'staged\n');
  a.git('add', 'staged.txt');
  a.write('untracked.txt', 'untracked\n');
  const bDir = tempDir('wf-clone-');
  git(bDir, ['clone', '-q', remote, '.']);
  const b: Machine = { path: bDir, git: (...args) => git(bDir, args) };
  b.git('config', 'user.name', 'Bea');
  b.git('config', 'user.email', 'bea@example.com');
  return { remote, a: { path: a.path, git: a.git }, b };
}

/** What the user owns in a clone: branches, HEAD, index, working tree (the store aside). */
function userView(m: Machine): Record<string, string> {
  const files = (fs.readdirSync(m.path, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => !f.startsWith('.git') && !f.startsWith('.claude') && fs.statSync(path.join(m.path, f)).isFile())
    .sort()
    .map((f) => `${f}:${fs.readFileSync(path.join(m.path, f), 'utf8')}`)
    .join('\n');
  return {
    head: m.git('rev-parse', 'HEAD'),
    symbolic: m.git('symbolic-ref', 'HEAD'),
    branches: m.git('for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/tags', 'refs/remotes/origin/main'),
    porcelain: m.git('status', '--porcelain'),
    cached: m.git('diff', '--cached'),
    files,
  };
}

async function cli(m: Machine, args: string[]): Promise<CliResult> {
  return runCli(args, { cwd: m.path });
}

function ok(result: CliResult): CliResult {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  return result;
}

/** Runs a sync command and checks that it left the user's git state alone. */
async function sync(m: Machine, args: string[]): Promise<CliResult> {
  const before = userView(m);
  const result = await cli(m, ['sync', ...args]);
  expect(userView(m)).toEqual(before);
  return result;
}

async function handoff(m: Machine, args: string[]): Promise<string> {
  const out = parseJsonOutput<{ id: string }>(ok(await cli(m, ['handoff', '--format', 'json', ...args])));
  return out.id;
}

async function statusOf(m: Machine): Promise<Record<string, string>> {
  const json = parseJsonOutput<{ workflows: { id: string; state: string }[] }>(ok(await sync(m, ['status', '--format', 'json'])));
  return Object.fromEntries(json.workflows.map((w) => [w.id, w.state]));
}

const storeOf = (m: Machine) => path.join(m.path, '.git', 'workflow');

function stateOf(m: Machine, id: string): WorkflowState {
  return JSON.parse(fs.readFileSync(path.join(storeOf(m), id, 'state.json'), 'utf8')) as WorkflowState;
}

function historyOf(m: Machine, id: string): { at: string; event: string; summary: string }[] {
  return fs
    .readFileSync(path.join(storeOf(m), id, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { at: string; event: string; summary: string });
}

/** A workflow handed off on A and pulled on B, then saved differently on both. */
async function diverged(w: World): Promise<string> {
  const id = await handoff(w.a, ['--task', 'Fix tag assignment', '--accomplishment', 'reproduced the bug', '--next', 'write a failing test']);
  ok(await sync(w.a, ['push']));
  ok(await sync(w.b, ['pull']));
  await handoff(w.a, ['--id', id, '--summary', 'A: test written', '--accomplishment', 'reproduced the bug', '--accomplishment', 'failing test written', '--next', 'fix the parser']);
  await handoff(w.b, ['--id', id, '--summary', 'B: looked at the API', '--accomplishment', 'reproduced the bug', '--accomplishment', 'API traced', '--decision', 'keep the v2 endpoint']);
  ok(await sync(w.a, ['push']));
  const rejected = await sync(w.b, ['push']);
  expect(rejected.status).toBe(1);
  expect(rejected.stderr).toMatch(/^claude-workflow: sync pending: "origin" rejected .*local state is intact\n$/);
  expect(stateOf(w.b, id).summary).toBe('B: looked at the API');
  ok(await sync(w.b, ['pull']));
  expect(stateOf(w.b, id).summary).toBe('B: looked at the API'); // pull never overwrites a diverged workflow
  expect(await statusOf(w.b)).toEqual({ [id]: 'diverged' });
  return id;
}

describe('sync through a git remote', () => {
  it('carries a workflow and its history from A to B, then fast-forwards B', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Fix tag assignment', '--summary', 'found the cause', '--accomplishment', 'reproduced the bug']);
    expect(await statusOf(w.a)).toEqual({ [id]: 'local_only' });

    const pushed = ok(await sync(w.a, ['push']));
    expect(pushed.stdout).toBe(`pushed to origin:\n  ${id}  new\n`);
    expect(git(w.remote, ['for-each-ref', '--format=%(refname)'])).toContain(`refs/workflows/${id}`);
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' });
    expect(ok(await sync(w.a, ['push'])).stdout).toBe(`pushed to origin:\n  ${id}  already there\n`);

    expect(await statusOf(w.b)).toEqual({}); // nothing is known before a pull
    const pulled = ok(await sync(w.b, ['pull']));
    expect(pulled.stdout).toBe(`pulled from origin:\n  ${id}  imported\n`);
    expect(stateOf(w.b, id).project.path).toBe(w.a.path); // pull does not rewrite paths
    expect(historyOf(w.b, id).map((e) => e.event)).toEqual(['handoff']);
    expect(await statusOf(w.b)).toEqual({ [id]: 'in_sync' });
    // B's remote-tracking copy is kept apart from its own refs, and out of refs/remotes/: not a
    // remote branch to `git branch -r`, and `git fetch --prune` leaves it alone
    expect(w.b.git('for-each-ref', '--format=%(refname)', 'refs/workflow-remotes/origin')).toBe(`refs/workflow-remotes/origin/${id}`);
    expect(w.b.git('branch', '-r')).not.toContain('workflows');
    w.b.git('fetch', '--prune', '-q', 'origin');
    expect(await statusOf(w.b)).toEqual({ [id]: 'in_sync' });

    await handoff(w.a, ['--id', id, '--summary', 'test written', '--next', 'fix the parser']);
    expect(await statusOf(w.a)).toEqual({ [id]: 'ahead' });
    ok(await sync(w.a, ['push']));
    ok(await sync(w.b, ['status'])); // no network: B does not know yet
    expect(ok(await sync(w.b, ['pull'])).stdout).toBe(`pulled from origin:\n  ${id}  fast-forwarded\n`);
    expect(stateOf(w.b, id).summary).toBe('test written');
    expect(historyOf(w.b, id).map((e) => e.event)).toEqual(['handoff', 'handoff']);
    expect(w.b.git('rev-parse', `refs/workflows/${id}`)).toBe(w.a.git('rev-parse', `refs/workflows/${id}`));
    // a commit per save: the workflow's history is real git history
    expect(w.b.git('rev-list', '--count', `refs/workflows/${id}`)).toBe('2');

    const resumed = parseJsonOutput<{ id: string; state: WorkflowState }>(ok(await cli(w.b, ['resume', id, '--format', 'json'])));
    expect(resumed.state.summary).toBe('test written');
    expect(resumed.state.next_steps).toEqual(['fix the parser']);
  });

  it('refuses to overwrite diverged saves; --use local keeps this side and the next push fast-forwards', async () => {
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
  });

  it('--use merge unions the lists without duplicates and both histories', async () => {
    const w = world();
    const id = await diverged(w);
    const localHistory = historyOf(w.b, id).length;
    ok(await sync(w.b, ['resolve', id, '--use', 'merge']));
    const merged = stateOf(w.b, id);
    expect(merged.accomplishments).toEqual(['reproduced the bug', 'API traced', 'failing test written']);
    expect(merged.decisions).toEqual(['keep the v2 endpoint']);
    expect(merged.next_steps).toContain('fix the parser');
    expect(new Set(merged.next_steps).size).toBe(merged.next_steps.length);
    const history = historyOf(w.b, id);
    expect(history.length).toBe(localHistory + 1); // A's second handoff joined B's lines
    expect(history.map((e) => e.at)).toEqual([...history.map((e) => e.at)].sort());
    expect(ok(await cli(w.b, ['list', '--format', 'json'])).stdout).toContain(`"id": "${id}"`); // the merged state is valid
    ok(await sync(w.b, ['push']));
    ok(await sync(w.a, ['pull']));
    expect(stateOf(w.a, id).accomplishments).toEqual(merged.accomplishments);
    expect(w.a.git('rev-list', '--parents', '-1', `refs/workflows/${id}`).split(' ')).toHaveLength(3); // a merge commit
  });

  it('--use both keeps two workflows, the remote one under a new id', async () => {
    const w = world();
    const id = await diverged(w);
    const result = parseJsonOutput<{ imported_as: string }>(ok(await sync(w.b, ['resolve', id, '--use', 'both', '--format', 'json'])));
    expect(result.imported_as).toMatch(new RegExp(`^${id}-[a-z0-9-]+$`));
    expect(stateOf(w.b, id).summary).toBe('B: looked at the API');
    expect(stateOf(w.b, result.imported_as).summary).toBe('A: test written');
    expect(stateOf(w.b, result.imported_as).id).toBe(result.imported_as);
    ok(await sync(w.b, ['push']));
    expect(await statusOf(w.b)).toEqual({ [id]: 'in_sync', [result.imported_as]: 'in_sync' });
    const pulled = ok(await sync(w.a, ['pull']));
    expect(pulled.stdout).toContain(`${result.imported_as}  imported`);
  });

  it('an unreachable remote leaves everything saved locally and the workflow ahead', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Offline work']);
    ok(await sync(w.a, ['push']));
    await handoff(w.a, ['--id', id, '--summary', 'saved on the train']);
    w.a.git('remote', 'set-url', 'origin', path.join(tempDir(), 'gone.git'));
    const failed = await sync(w.a, ['push']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^claude-workflow: sync pending: git push to "origin" failed \(.*\); the workflows are saved locally/);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(stateOf(w.a, id).summary).toBe('saved on the train');
    expect(await statusOf(w.a)).toEqual({ [id]: 'ahead' });
    w.a.git('remote', 'set-url', 'origin', w.remote);
    ok(await sync(w.a, ['push']));
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' });
  });

  it('a push without a remote fails with what to do, state intact', async () => {
    const repo = tempRepo();
    const m: Machine = { path: repo.path, git: repo.git };
    const id = await handoff(m, ['--task', 'No remote yet']);
    const before = fs.readFileSync(path.join(storeOf(m), id, 'state.json'), 'utf8');
    const failed = await sync(m, ['push']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(
      'claude-workflow: sync pending: this repository has no remote "origin" (add one with `git remote add origin <url>` or pass --remote); the workflows are saved locally (refs/workflows/*), run `claude-workflow sync push` again once "origin" is reachable\n',
    );
    expect(fs.readFileSync(path.join(storeOf(m), id, 'state.json'), 'utf8')).toBe(before);
    expect(await statusOf(m)).toEqual({ [id]: 'local_only' });
    expect(repo.git('rev-list', '--count', `refs/workflows/${id}`)).toBe('1'); // recorded, waiting to be pushed
  });

  it('uses --remote or the sync.remote setting, and a fixed identity when git has none', async () => {
    const w = world();
    w.a.git('remote', 'rename', 'origin', 'team');
    w.a.git('config', '--unset', 'user.name');
    w.a.git('config', '--unset', 'user.email');
    const id = await handoff(w.a, ['--task', 'Named remote']);
    expect(ok(await sync(w.a, ['push', '--remote', 'team'])).stdout).toContain(`${id}  new`);
    expect(w.a.git('log', '-1', '--format=%an <%ae>', `refs/workflows/${id}`)).toBe('workflow <workflow@localhost>');
    expect(git(w.remote, ['rev-parse', `refs/workflows/${id}`])).toBe(w.a.git('rev-parse', `refs/workflows/${id}`));
    // the project's setting names the remote when --remote is not given
    fs.mkdirSync(path.join(w.a.path, '.claude'), { recursive: true });
    fs.writeFileSync(path.join(w.a.path, '.claude', 'workflow.json'), JSON.stringify({ sync: { remote: 'team' } }));
    await handoff(w.a, ['--id', id, '--summary', 'second save']);
    expect(ok(await sync(w.a, ['push'])).stdout).toBe(`pushed to team:\n  ${id}  updated\n`);
    expect(await statusOf(w.a)).toEqual({ [id]: 'in_sync' });
  });

  it('refuses resolve when nothing diverged, and a bad --use', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'In sync']);
    ok(await sync(w.a, ['push']));
    const notDiverged = await sync(w.a, ['resolve', id, '--use', 'merge']);
    expect(notDiverged.status).toBe(1);
    expect(notDiverged.stderr).toContain('is in sync, not diverged');
    const bad = await sync(w.a, ['resolve', id, '--use', 'mine']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--use mine: expected one of local, remote, merge, both');
  });
});

describe('automatic sync (sync.auto)', () => {
  const AUTO = { WORKFLOW_SYNC_AUTO: '1' };

  function sessionStart(m: Machine, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
    const input = { session_id: 'session-b', cwd: m.path, hook_event_name: 'SessionStart', source: 'startup' };
    return runHookCommand('session-start', { cwd: m.path, input: JSON.stringify(input), env: { ...AUTO, ...env } });
  }

  it('pushes after a handoff and pulls at session start', async () => {
    const w = world();
    const before = userView(w.a);
    const saved = ok(await runCli(['handoff', '--task', 'Auto sync', '--format', 'json'], { cwd: w.a.path, env: AUTO }));
    const { id, sync: note } = parseJsonOutput<{ id: string; sync: string }>(saved);
    expect(note).toBe('sync: pushed to origin');
    expect(userView(w.a)).toEqual(before);
    expect(git(w.remote, ['for-each-ref', '--format=%(refname)', 'refs/workflows'])).toBe(`refs/workflows/${id}`);

    const beforeB = userView(w.b);
    const started = ok(await sessionStart(w.b));
    expect(userView(w.b)).toEqual(beforeB);
    const out = JSON.parse(started.stdout) as { systemMessage: string; hookSpecificOutput: { additionalContext: string } };
    expect(out.systemMessage).toContain('sync: 1 workflow(s) updated from origin');
    expect(out.hookSpecificOutput.additionalContext).toContain('Auto sync');
    expect(stateOf(w.b, id).task.description).toBe('Auto sync');
  });

  it('offline: the handoff is saved and says the sync is pending; session start gives up within its time cap', async () => {
    const w = world();
    w.a.git('remote', 'set-url', 'origin', 'ssh://git.invalid/project.git');
    const saved = ok(await runCli(['handoff', '--task', 'On the train'], { cwd: w.a.path, env: { ...AUTO, GIT_SSH_COMMAND: 'false' } }));
    expect(saved.stdout).toMatch(/\n {2}Sync: {5}sync pending: git push to "origin" failed .*\n/);
    // the resume commands stay the last lines
    expect(saved.stdout).toMatch(/Resume from a terminal: node \S+cli\.cjs resume on-the-train-\d{8}-\d{6}\n$/);
    expect(Object.values(await statusOf(w.a))).toEqual(['local_only']);

    // a remote that never answers: the fetch is killed after 2 s and the session starts anyway
    w.b.git('remote', 'set-url', 'origin', 'ssh://git.invalid/project.git');
    const started = Date.now();
    // (git appends the host and command to a shell command: `; false` keeps `sleep` from seeing them)
    const result = ok(await sessionStart(w.b, { GIT_SSH_COMMAND: 'sleep 30; false' }));
    // far below the remote's 30 s: the cap, not the remote, ended the wait
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((JSON.parse(result.stdout) as { systemMessage: string }).systemMessage).toBe(
      'workflow: sync pending: could not pull from origin (git fetch from "origin" failed (git fetch gave up after 2 s (no answer from the remote)); nothing was changed)',
    );
  });

  it('stays off unless enabled', async () => {
    const w = world();
    const saved = parseJsonOutput<Record<string, unknown>>(ok(await cli(w.a, ['handoff', '--task', 'Manual', '--format', 'json'])));
    expect(saved).not.toHaveProperty('sync');
    expect(git(w.remote, ['for-each-ref', 'refs/workflows'])).toBe('');
  });
});

describe('sync core', () => {
  it('status sees unsaved changes without writing any object', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Unsaved']);
    ok(await sync(w.a, ['push']));
    await handoff(w.a, ['--id', id, '--summary', 'more']);
    const objects = w.a.git('count-objects');
    const repo = await openSyncRepo(placeOf(w.a.path), isolatedEnv());
    expect(await syncStatus(repo)).toEqual([{ id, state: 'ahead', unsaved_changes: true }]);
    expect(w.a.git('count-objects')).toBe(objects);
  });

  it('refuses a project outside git', async () => {
    const dir = tempDir();
    await expect(openSyncRepo(placeOf(dir), isolatedEnv())).rejects.toThrow(/is not in one/);
  });

  it('merges states: local order first, newer scalars, completed todos win', () => {
    const base = {
      accomplishments: ['a', 'b'],
      next_steps: ['n1'],
      decisions: [],
      blockers: ['x'],
      notes: [],
      files_modified: ['f'],
      todos: { active: [{ content: 't1', status: 'pending' as const }], completed: [] },
    };
    const local = { ...base, id: 'w', summary: 'local', updated_at: '2026-01-01T10:00:00.000Z', created_at: '2026-01-01T09:00:00.000Z' } as unknown as WorkflowState;
    const remote = {
      ...base,
      id: 'w',
      summary: 'remote',
      updated_at: '2026-01-01T11:00:00.000Z',
      created_at: '2026-01-01T09:00:00.000Z',
      accomplishments: ['b', 'c'],
      blockers: [],
      todos: { active: [], completed: [{ content: 't1', status: 'completed' as const }] },
    } as unknown as WorkflowState;
    const merged = mergeStates(local, remote);
    expect(merged.summary).toBe('remote');
    expect(merged.accomplishments).toEqual(['a', 'b', 'c']);
    expect(merged.blockers).toEqual(['x']);
    expect(merged.todos).toEqual({ active: [], completed: [{ content: 't1', status: 'completed' }] });
  });

  it('merges histories by time without duplicate lines', () => {
    const line = (at: string, summary: string) => JSON.stringify({ at, event: 'handoff', device: 'd', branch: null, commit: null, summary, session_id: null });
    const shared = line('2026-01-01T10:00:00.000Z', 'shared');
    const local = `${shared}\n${line('2026-01-01T12:00:00.000Z', 'local')}\n`;
    const remote = `${shared}\n${line('2026-01-01T11:00:00.000Z', 'remote')}\n{torn`;
    expect(mergeHistories(local, remote)?.trim().split('\n').map((l) => (JSON.parse(l) as { summary: string }).summary)).toEqual(['shared', 'remote', 'local']);
  });
});

describe('a hostile remote', () => {
  /** Puts a commit with these files under refs/workflows/<id> on the remote (as a crafted push would). */
  function plant(w: World, id: string, files: Record<string, Buffer | string>): void {
    const dir = tempDir('wf-plant-');
    git(dir, ['init', '-q', '--bare', '.']);
    const entries = Object.entries(files).map(([name, content]) => {
      const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: content, env: isolatedEnv() }).toString().trim();
      return `100644 blob ${blob}\t${name}`;
    });
    const tree = execFileSync('git', ['mktree'], { cwd: dir, input: `${entries.join('\n')}\n`, env: isolatedEnv() }).toString().trim();
    const commit = execFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit-tree', tree, '-m', 'planted'], { cwd: dir, env: isolatedEnv() }).toString().trim();
    git(dir, ['push', '-q', w.remote, `${commit}:refs/workflows/${id}`]);
  }

  it('a huge blob and a commit that is not a workflow are refused by name; the good workflow is pulled', async () => {
    const w = world();
    const good = await handoff(w.a, ['--task', 'Good one']);
    ok(await sync(w.a, ['push']));
    // 40 MB of zeros: a few KB once packed
    plant(w, 'huge-20260101-000000', { 'state.json': Buffer.alloc(40 * 1024 * 1024), 'history.jsonl': '' });
    plant(w, 'empty-20260101-000000', { 'notes.txt': 'no state here' });
    const pulled = await sync(w.b, ['pull']);
    expect(pulled.status).toBe(0);
    expect(pulled.stdout).toContain(`${good}  imported`);
    expect(pulled.stdout).toMatch(/huge-20260101-000000\s+refused: its state\.json is 41943040 bytes, over the limit of 8388608/);
    expect(pulled.stdout).toMatch(/empty-20260101-000000\s+refused: commit \w+ holds no state\.json/);
    expect(fs.existsSync(path.join(w.b.path, '.git', 'workflow', 'huge-20260101-000000'))).toBe(false);
  });
});

describe('remote-tracking refs of an older version', () => {
  it('refs/remotes/<remote>/workflows/<id> are moved into refs/workflow-remotes/<remote>/ at the next sync, the state kept', async () => {
    const w = world();
    const id = await handoff(w.a, ['--task', 'Old refs']);
    ok(await sync(w.a, ['push']));
    ok(await sync(w.b, ['pull']));
    // as 0.1.0 left them
    const sha = w.b.git('rev-parse', `refs/workflow-remotes/origin/${id}`);
    w.b.git('update-ref', `refs/remotes/origin/workflows/${id}`, sha);
    w.b.git('update-ref', '-d', `refs/workflow-remotes/origin/${id}`);
    expect(w.b.git('branch', '-r')).toContain(`origin/workflows/${id}`);

    expect(await statusOf(w.b)).toEqual({ [id]: 'in_sync' });
    expect(w.b.git('for-each-ref', '--format=%(refname) %(objectname)', 'refs/remotes/origin/workflows')).toBe('');
    expect(w.b.git('rev-parse', `refs/workflow-remotes/origin/${id}`)).toBe(sha);
    expect(w.b.git('branch', '-r')).not.toContain('workflows');
  });
});
