// `export` and `import` as users run them: `node dist/cli.cjs` as a child process, one real git
// repository exporting, another importing (through --dir, from elsewhere) and resuming.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonOutput, runCli, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, listFiles, tempDir, tempRepo, type TempRepo } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

const PASSPHRASE = 'velvet-otter-47-lantern';

interface ExportJson {
  id: string;
  path: string;
  files: string[];
  bytes: number;
  encrypted: boolean;
}
interface ImportJson {
  id: string;
  path: string;
  files: string[];
  encrypted: boolean;
  source_id: string;
  replaced: boolean;
}

function ok(result: CliResult): CliResult {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  return result;
}

const storeOf = (repo: TempRepo) => path.join(repo.path, '.git', 'workflow');

async function seeded(): Promise<{ repo: TempRepo; id: string }> {
  const repo = tempRepo();
  const saved = await seedHandoff(repo.path, {
    task: 'Fix the login bug on Safari',
    summary: 'SameSite=None lacks Secure; fix written, tests pending',
    next_steps: ['Add a regression test', 'Open the pull request'],
    decisions: ['Keep SameSite=None'],
  });
  return { repo, id: saved.id };
}

/** Every byte under `dir`, to prove a passphrase never reached the disk. */
function allBytes(dir: string): string {
  return listFiles(dir)
    .map((file) => fs.readFileSync(path.join(dir, file)).toString('latin1'))
    .join('\n');
}

describe.concurrent('export and import', () => {
  it('a plain bundle moves a workflow to another repository, where it is paused and resumes', async () => {
    const { repo, id } = await seeded();
    const exported = parseJsonOutput<ExportJson>(ok(await runCli(['export', id, '--format', 'json'], { cwd: repo.path })));
    const bundle = path.join(repo.path, `${id}.workflow`);
    expect(exported).toEqual({ id, path: bundle, files: ['state.json', 'history.jsonl'], bytes: fs.statSync(bundle).size, encrypted: false });
    expect(JSON.parse(zlib.gunzipSync(fs.readFileSync(bundle)).toString('utf8'))).toMatchObject({ format: 'workflow-bundle', version: 1, id });
    expect(fs.statSync(bundle).mode & 0o777).toBe(0o600);

    const other = tempRepo();
    const elsewhere = tempDir();
    const imported = parseJsonOutput<ImportJson>(ok(await runCli(['import', bundle, '--dir', other.path, '--format', 'json'], { cwd: elsewhere })));
    expect(imported).toMatchObject({ id, path: path.join(storeOf(other), id, 'state.json'), files: ['state.json', 'history.jsonl'], encrypted: false, replaced: false });
    expect(listFiles(elsewhere)).toEqual([]);
    const list = parseJsonOutput<{ workflows: { id: string; status: string }[] }>(ok(await runCli(['list', '--format', 'json'], { cwd: other.path })));
    expect(list.workflows).toEqual([expect.objectContaining({ id, status: 'paused' })]);
    const resumed = parseJsonOutput<{ id: string; state: { summary: string; next_steps: string[] } }>(ok(await runCli(['resume', '--format', 'json'], { cwd: other.path })));
    expect(resumed).toMatchObject({ id, state: { summary: 'SameSite=None lacks Secure; fix written, tests pending', next_steps: ['Add a regression test', 'Open the pull request'] } });

    // the text output is one line
    const again = await runCli(['import', bundle, '--as', 'login-fix-copy'], { cwd: other.path });
    ok(again);
    expect(again.stdout).toMatch(new RegExp(`^Imported ${id} as login-fix-copy \\(paused, plain bundle of 2 files, exported on .+ UTC\\)\\. Resume with: node \\S+cli\\.cjs resume login-fix-copy\\n$`));
  });

  it('an encrypted bundle takes the passphrase from WORKFLOW_PASSPHRASE only, and never writes or prints it', async () => {
    const { repo, id } = await seeded();
    const out = path.join(tempDir(), 'login.workflow');
    const env = { WORKFLOW_PASSPHRASE: PASSPHRASE };
    const exported = ok(await runCli(['export', id, '--encrypt', '--out', out], { cwd: repo.path, env }));
    expect(exported.stdout).toBe(`Exported ${id} to ${out} (2 files, ${(fs.statSync(out).size / 1024).toFixed(1)} KB, encrypted)\n`);
    const envelope = JSON.parse(fs.readFileSync(out, 'utf8')) as { format: string; kdf: { N: number } };
    expect(envelope).toMatchObject({ format: 'workflow-bundle-encrypted', kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 }, cipher: { name: 'aes-256-gcm' } });
    expect(fs.readFileSync(out, 'utf8')).not.toContain('Safari');

    const other = tempRepo();
    const wrong = await runCli(['import', out, '--dir', other.path], { cwd: repo.path, env: { WORKFLOW_PASSPHRASE: 'not-the-passphrase' } });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(`claude-workflow: ${out}: wrong passphrase or damaged bundle (decryption failed its authentication check)\n`);
    expect(fs.existsSync(path.join(storeOf(other), id))).toBe(false);

    const missing = await runCli(['import', out, '--dir', other.path], { cwd: repo.path });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no passphrase: set WORKFLOW_PASSPHRASE in the environment, or run the command in a terminal/);

    const imported = ok(await runCli(['import', out, '--dir', other.path, '--format', 'json'], { cwd: repo.path, env }));
    expect(parseJsonOutput<ImportJson>(imported)).toMatchObject({ id, encrypted: true });
    ok(await runCli(['resume', id], { cwd: other.path }));

    for (const dir of [repo.path, other.path, path.dirname(out)]) expect(allBytes(dir)).not.toContain(PASSPHRASE);
    for (const result of [exported, imported]) expect(result.stdout + result.stderr).not.toContain(PASSPHRASE);
  });

  it('refuses a passphrase on the command line without repeating it', async () => {
    const { repo, id } = await seeded();
    for (const args of [
      ['export', id, '--encrypt', '--passphrase', PASSPHRASE],
      ['export', id, '--encrypt', `--password=${PASSPHRASE}`],
      ['import', 'x.workflow', '--passphrase', PASSPHRASE],
    ]) {
      const result = await runCli(args, { cwd: repo.path });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/is not accepted: a passphrase on the command line is visible to other users.*set WORKFLOW_PASSPHRASE/);
      expect(result.stdout + result.stderr).not.toContain(PASSPHRASE);
    }
    expect(fs.readdirSync(repo.path).filter((name) => name.endsWith('.workflow'))).toEqual([]);
  });

  it('refuses a tampered bundle, naming the file and what failed, and changes nothing', async () => {
    const { repo, id } = await seeded();
    ok(await runCli(['export', id], { cwd: repo.path }));
    const bundle = path.join(repo.path, `${id}.workflow`);
    const document = JSON.parse(zlib.gunzipSync(fs.readFileSync(bundle)).toString('utf8')) as { files: Record<string, { text: string }> };
    const state = document.files['state.json'];
    if (!state) throw new Error('no state.json in the bundle');
    state.text = state.text.replace('tests pending', 'tests passing');
    const tampered = path.join(tempDir(), 'tampered.workflow');
    fs.writeFileSync(tampered, zlib.gzipSync(JSON.stringify(document)));
    const other = tempRepo();
    const result = await runCli(['import', tampered, '--dir', other.path], { cwd: repo.path });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`claude-workflow: ${tampered} was changed or damaged after export: state.json does not match its recorded SHA-256\n`);
    expect(fs.existsSync(storeOf(other))).toBe(false);

    const truncated = path.join(path.dirname(tampered), 'truncated.workflow');
    fs.writeFileSync(truncated, fs.readFileSync(bundle).subarray(0, 100));
    const cut = await runCli(['import', truncated, '--dir', other.path], { cwd: repo.path });
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/truncated\.workflow is damaged or truncated/);
  });

  it('refuses to overwrite: an existing workflow, an existing bundle file, stdout', async () => {
    const { repo, id } = await seeded();
    ok(await runCli(['export', id], { cwd: repo.path }));
    const again = await runCli(['export', id], { cwd: repo.path });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; choose another --out, or pass --force/);
    ok(await runCli(['export', id, '--force'], { cwd: repo.path }));
    const stdout = await runCli(['export', id, '--out', '-'], { cwd: repo.path });
    expect(stdout.status).toBe(2);
    expect(stdout.stderr).toMatch(/a bundle is binary .* written to a file/);

    const bundle = path.join(repo.path, `${id}.workflow`);
    const exists = await runCli(['import', bundle], { cwd: repo.path });
    expect(exists.status).toBe(1);
    expect(exists.stderr).toMatch(new RegExp(`a workflow ${id} already exists .*--as <new-id>.*--force`));
    const before = fs.readFileSync(path.join(storeOf(repo), id, 'state.json'), 'utf8');
    const forced = parseJsonOutput<ImportJson>(ok(await runCli(['import', bundle, '--force', '--format', 'json'], { cwd: repo.path })));
    expect(forced).toMatchObject({ id, replaced: true });
    expect(fs.readFileSync(path.join(storeOf(repo), id, 'state.backup.json'), 'utf8')).toBe(before);
    const unknown = await runCli(['export', 'no-such-workflow'], { cwd: repo.path });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(new RegExp(`no workflow "no-such-workflow"; existing workflows: ${id}`));
  });
});
