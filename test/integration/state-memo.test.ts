// The memo of what each state.json showed (scripts/core/store/state-memo.ts), as the hooks keep it under
// <runtime>/state-memo/: a session start in an unchanged store takes the workflows from it, and no
// change to a state.json, not even one that puts its old size and mtime back, is hidden by it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hookSandbox, type HookSandbox } from '../helpers/hook-sandbox.ts';
import { cleanupTempDirs } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

const session = (id: string) => ({ id, transcript_path: null });

async function store(sandbox: HookSandbox) {
  const older = await seedHandoff(sandbox.repo.path, { task: 'Older work' }, { session: session('s-1'), startNew: true });
  const newer = await seedHandoff(sandbox.repo.path, { task: 'Newer work' }, { session: session('s-2'), startNew: true });
  return { older: older.id, newer: newer.id, stateFile: (id: string) => path.join(sandbox.storeDir, id, 'state.json') };
}

function memoFile(sandbox: HookSandbox): string {
  const dir = path.join(sandbox.runtimeDir, 'state-memo');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  expect(files).toHaveLength(1);
  return path.join(dir, files[0] ?? '');
}

interface MemoFile {
  store: string;
  build?: string;
  lines: string[];
}

/** the fields of `id`'s line */
const lineOf = (memo: MemoFile, id: string) => memo.lines.find((line) => line.startsWith(`${id}\t`))?.split('\t');

const readMemo = (sandbox: HookSandbox) => JSON.parse(fs.readFileSync(memoFile(sandbox), 'utf8')) as MemoFile;

/** The memo's lines with the status `id`'s line claims replaced (it was paused). */
const claiming = (memo: MemoFile, id: string, status: string) => memo.lines.map((line) => (line.startsWith(id) ? line.replace('\tpaused\t', `\t${status}\t`) : line));

/** the workflow a session start offers (its id is in the system message) */
async function offered(sandbox: HookSandbox, ids: readonly string[]): Promise<string | null> {
  const run = await sandbox.session('s-new').hook('SessionStart', { source: 'startup' });
  expect(run.status).toBe(0);
  return ids.find((id) => run.json?.systemMessage?.includes(id)) ?? null;
}

/** A store whose memo, written by a session start, then says the newer workflow is completed. */
async function memoClaimingNewerCompleted() {
  const sandbox = hookSandbox();
  const { older, newer } = await store(sandbox);
  await offered(sandbox, [older, newer]);
  const memo = readMemo(sandbox);
  fs.writeFileSync(memoFile(sandbox), JSON.stringify({ ...memo, lines: claiming(memo, newer, 'completed') }));
  return { sandbox, older, newer };
}

describe.concurrent('the state memo', () => {
  it('is written by a session start: a line per workflow, the chosen one with the checksum that held', async () => {
    const sandbox = hookSandbox();
    const { older, newer } = await store(sandbox);
    expect(await offered(sandbox, [older, newer])).toBe(newer);
    const memo = readMemo(sandbox);
    expect(memo.store).toBe(sandbox.storeDir);
    const byId = new Map(memo.lines.map((line) => [line.split('\t')[0], line.split('\t')]));
    expect([...byId.keys()].sort()).toEqual([newer, older].sort());
    expect(byId.get(newer)?.[2]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(byId.get(older)?.[2]).toBe('');
    expect(byId.get(newer)?.[3]).toBe('paused');
    // read in full, and the schema gave it back as it stands; the other one was only peeked at
    expect(memo.build).toMatch(/^[0-9a-f]{16}$/);
    expect(byId.get(newer)?.[8]).toBe('1');
    expect(byId.get(older)?.[8]).toBe('0');
    expect((fs.statSync(memoFile(sandbox)).mode & 0o777).toString(8)).toBe('600');
  });

  it('stands for a state.json it knows: an unchanged file is not read again', async () => {
    // what the memo says of the newer one now counts, as the file is not read: not resumable
    const { sandbox, older, newer } = await memoClaimingNewerCompleted();
    expect(await offered(sandbox, [older, newer])).toBe(older);
  });

  it('never hides a change: a state.json damaged in place, its size and mtime put back, is read and refused', async () => {
    const sandbox = hookSandbox();
    const { older, newer, stateFile } = await store(sandbox);
    fs.rmSync(path.join(sandbox.storeDir, newer, 'state.backup.json'), { force: true });
    expect(await offered(sandbox, [older, newer])).toBe(newer);
    const file = stateFile(newer);
    const before = fs.statSync(file);
    // the mtime to the nanosecond, as coreutils reads and sets it (Node's utimes rounds it)
    const mtime = execFileSync('stat', ['-c', '%y', file], { encoding: 'utf8' }).trim();
    const text = fs.readFileSync(file, 'utf8');
    // same length, same inode, same mtime: only the ctime tells (the checksum no longer holds)
    const damaged = text.replace('Newer work', 'Newer wXrk');
    expect(damaged.length).toBe(text.length);
    fs.writeFileSync(file, damaged);
    execFileSync('touch', ['-m', '-d', mtime, file]);
    const after = fs.statSync(file);
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
    expect(await offered(sandbox, [older, newer])).toBe(older);
  });

  it.each([
    ['torn', (file: string) => fs.writeFileSync(file, '{"store":')],
    ['writable by others', (file: string) => fs.chmodSync(file, 0o666)],
    ['a symbolic link', (file: string) => {
      fs.renameSync(file, `${file}.real`);
      fs.symlinkSync(`${file}.real`, file);
    }],
  ])('is not used when %s: the files are read as usual', async (_, spoil) => {
    const { sandbox, older, newer } = await memoClaimingNewerCompleted();
    spoil(memoFile(sandbox));
    expect(await offered(sandbox, [older, newer])).toBe(newer);
  });

  it('is not used for another store, and a line that does not read as one is left out', async () => {
    const sandbox = hookSandbox();
    const { older, newer } = await store(sandbox);
    await offered(sandbox, [older, newer]);
    const memo = readMemo(sandbox);
    const forged = claiming(memo, newer, 'completed');
    fs.writeFileSync(memoFile(sandbox), JSON.stringify({ store: `${sandbox.storeDir}-other`, lines: forged }));
    expect(await offered(sandbox, [older, newer])).toBe(newer);
    // a status the plugin does not know: the newer one's line is dropped and its file read
    const unknown = claiming(memo, newer, 'finished');
    fs.writeFileSync(memoFile(sandbox), JSON.stringify({ store: sandbox.storeDir, lines: [...unknown, 'not\ta line'] }));
    expect(await offered(sandbox, [older, newer])).toBe(newer);
  });

  it('holds what a save by a hook wrote (the save runs in a part of the hook loaded later, and shares it)', async () => {
    const sandbox = hookSandbox();
    const { older, newer, stateFile } = await store(sandbox);
    const session = sandbox.session('s-2', { tokens: 90_000 });
    const run = await session.hook('PreCompact', { trigger: 'auto', custom_instructions: null });
    expect(run.status).toBe(0);
    await session.backgroundSave();
    const saved = JSON.parse(fs.readFileSync(stateFile(newer), 'utf8')) as { checksum: string; updated_at: string };
    const stat = fs.statSync(stateFile(newer));
    const line = lineOf(readMemo(sandbox), newer);
    expect(line?.slice(1, 3)).toEqual([`${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`, saved.checksum]);
    expect(line?.[5]).toBe(saved.updated_at);
    // the save checked that what it wrote reads back as itself: the next start runs no schema on it
    expect(line?.[8]).toBe('1');
    expect(await offered(sandbox, [older, newer])).toBe(newer);
  });

  it('takes a version of a state.json that passed the schema as it stands without running it again, under the build that checked it only', async () => {
    const sandbox = hookSandbox();
    const { older, newer, stateFile } = await store(sandbox);
    expect(await offered(sandbox, [older, newer])).toBe(newer);
    const memo = readMemo(sandbox);
    // a field the schema drops, sealed with a checksum that holds: run, the schema leaves it out
    const file = stateFile(newer);
    const { checksum: _old, ...document } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const planted = { ...document, planted: 'there only when the schema did not run' };
    const checksum = `sha256:${createHash('sha256').update(JSON.stringify(planted, null, 2)).digest('hex')}`;
    fs.writeFileSync(file, `${JSON.stringify({ ...planted, checksum }, null, 2)}\n`);
    const stat = fs.statSync(file);
    const signature = `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
    const vouching = (build: string | undefined) =>
      fs.writeFileSync(memoFile(sandbox), JSON.stringify({ ...memo, build, lines: memo.lines.map((line) => (line.startsWith(`${newer}\t`) ? [newer, signature, checksum, ...line.split('\t').slice(3)].join('\t') : line)) }));
    const plantedShown = async () => {
      const run = await sandbox.cli(['status', newer, '--format', 'json']);
      expect(run.status, run.stderr).toBe(0);
      return 'planted' in (JSON.parse(run.stdout) as { current: { state: Record<string, unknown> } }).current.state;
    };
    vouching(memo.build);
    expect(await plantedShown()).toBe(true);
    // another build's word (its schema may differ), or a memo that names none: the schema runs
    for (const build of ['0123456789abcdef', undefined]) {
      vouching(build);
      expect(await plantedShown()).toBe(false);
      // and this version is now known as one the schema changes
      expect(lineOf(readMemo(sandbox), newer)?.slice(1, 3).concat(lineOf(readMemo(sandbox), newer)?.[8] ?? '')).toEqual([signature, checksum, '0']);
    }
  });

  it('forgets a workflow removed from the store', async () => {
    const sandbox = hookSandbox();
    const { older, newer } = await store(sandbox);
    await offered(sandbox, [older, newer]);
    fs.rmSync(path.join(sandbox.storeDir, older), { recursive: true });
    expect(await offered(sandbox, [older, newer])).toBe(newer);
    expect(readMemo(sandbox).lines.map((line) => line.split('\t')[0])).toEqual([newer]);
  });
});
