// `claude-workflow statusline` as Claude Code runs it: a child process with the status line JSON on
// stdin, once per refresh. It records the exact context figures for the hooks and prints one line.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLUGIN_ROOT, runDamagedInstall } from '../helpers/cli.ts';
import { hookSandbox, type HookSandbox } from '../helpers/hook-sandbox.ts';
import { cleanupTempDirs, listFiles } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

function statusInput(sandbox: HookSandbox, sessionId: string, usedPercentage: number | null = 42.2): string {
  return JSON.stringify({
    hook_event_name: 'Status',
    session_id: sessionId,
    transcript_path: path.join(sandbox.home, 'none.jsonl'),
    cwd: sandbox.repo.path,
    model: { id: 'claude-opus-4-6', display_name: 'Opus 4.6' },
    workspace: { current_dir: sandbox.repo.path, project_dir: sandbox.repo.path },
    version: '2.1.197',
    context_window: { used_percentage: usedPercentage, context_window_size: 200_000 },
  });
}

describe.concurrent('statusline command', () => {
  it('records the figures for the session and prints the context alone when there is no workflow', async () => {
    const sandbox = hookSandbox();
    const result = await sandbox.cli(['statusline'], { input: statusInput(sandbox, 'sess-a') });
    expect(result).toMatchObject({ status: 0, stderr: '', stdout: 'ctx 42% of 200K\n' });
    const record = JSON.parse(fs.readFileSync(path.join(sandbox.runtimeDir, 'sessions', 'sess-a.statusline.json'), 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({ used_percentage: 42.2, context_window_size: 200_000, model: 'claude-opus-4-6' });
    expect(Date.now() - Date.parse(String(record.at))).toBeLessThan(60_000);
    // nothing in the project
    expect(sandbox.projectFiles()).toEqual(['README.md']);
  });

  it("shows the project's current workflow and its phase", async () => {
    const sandbox = hookSandbox();
    const { id } = await seedHandoff(sandbox.repo.path, { task: 'Refactor billing', phase: '2: Implementation' });
    const result = await sandbox.cli(['statusline'], { input: statusInput(sandbox, 'sess-b') });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`ctx 42% of 200K · wf refactor-billing · 2 · Implementation\n`);
    expect(id.startsWith('refactor-billing-')).toBe(true);
  });

  it("prefers the session's own workflow over a more recent one", async () => {
    const sandbox = hookSandbox();
    const own = await seedHandoff(sandbox.repo.path, { task: 'Refactor billing', phase: 'Design' }, { session: { id: 'sess-own', transcript_path: null } });
    const newer = await seedHandoff(sandbox.repo.path, { task: 'Update docs', phase: '1: Docs' });
    const mine = await sandbox.cli(['statusline'], { input: statusInput(sandbox, 'sess-own') });
    const other = await sandbox.cli(['statusline'], { input: statusInput(sandbox, 'sess-other') });
    expect(mine.stdout).toBe('ctx 42% of 200K · wf refactor-billing · Design\n');
    expect(other.stdout).toBe('ctx 42% of 200K · wf update-docs · 1 · Docs\n');
    expect([own.id, newer.id].map((id) => id.replace(/-\d{8}-\d{6}$/, ''))).toEqual(['refactor-billing', 'update-docs']);
  });

  it('--wrap runs the user\'s own status line first, with the same input', async () => {
    const sandbox = hookSandbox();
    const echoed = await sandbox.cli(['statusline', '--wrap', 'echo mine'], { input: statusInput(sandbox, 'sess-c') });
    expect(echoed).toMatchObject({ status: 0, stdout: 'mine  │  ctx 42% of 200K\n' });
    const sawInput = await sandbox.cli(['statusline', '--wrap', 'grep -o sess-d'], { input: statusInput(sandbox, 'sess-d') });
    expect(sawInput.stdout).toBe('sess-d  │  ctx 42% of 200K\n');
  });

  it.each<[string, string]>([
    ['not JSON', 'this is not json'],
    ['no session_id', JSON.stringify({ context_window: { used_percentage: 40 } })],
    ['a wrong type', JSON.stringify({ session_id: 42 })],
  ])('with %s on stdin: exit 0, only the wrapped output, detail in the log', async (_name, stdin) => {
    const sandbox = hookSandbox();
    const wrapped = await sandbox.cli(['statusline', '--wrap', 'echo mine'], { input: stdin });
    expect(wrapped).toMatchObject({ status: 0, stderr: '', stdout: 'mine\n' });
    const bare = await sandbox.cli(['statusline'], { input: stdin });
    expect(bare).toMatchObject({ status: 0, stderr: '', stdout: '' });
    expect(sandbox.hookLog()).toContain('statusline');
    // nothing but the CLI's compiled code (code-cache/, kept by dist/hooks/run.cjs)
    expect(listFiles(sandbox.runtimeDir).filter((f) => !f.startsWith(`code-cache${path.sep}`))).toEqual([]);
  });

  it('runs from a bundle of its own: a refresh does not load the rest of the CLI', async () => {
    const sandbox = hookSandbox();
    const result = await sandbox.cli(['statusline'], { input: statusInput(sandbox, 'sess-e') });
    expect(result).toMatchObject({ status: 0, stdout: 'ctx 42% of 200K\n' });
    // the loader keeps the compiled code of what it ran, and of nothing else
    const compiled = fs.readdirSync(path.join(sandbox.runtimeDir, 'code-cache')).map((f) => f.split('.')[0]);
    expect(compiled).toEqual(['cli-statusline']);
    const other = await sandbox.cli(['list']);
    expect(other.status).toBe(0);
    expect(fs.readdirSync(path.join(sandbox.runtimeDir, 'code-cache')).map((f) => f.split('.')[0]).sort()).toEqual(['cli-commands', 'cli-statusline']);
  });

  it('answers a refresh from the state memo once a refresh has read the store, and a changed workflow the long way', async () => {
    const sandbox = hookSandbox();
    await seedHandoff(sandbox.repo.path, { task: 'Refactor billing', phase: '2: Implementation' });
    const cache = path.join(sandbox.runtimeDir, 'code-cache');
    const compiled = () => fs.readdirSync(cache).map((f) => f.split('.')[0]).sort();
    // the first refresh reads the store (the CLI's boundary and the statusline command, a lazy part), and the memo keeps what it read
    const first = await sandbox.cli(['statusline'], { input: statusInput(sandbox, 'sess-m') });
    expect(first).toMatchObject({ status: 0, stderr: '', stdout: 'ctx 42% of 200K · wf refactor-billing · 2 · Implementation\n' });
    expect(compiled()).toEqual(['cli-statusline', 'lazy-statusline-command-line']);
    // the next is answered without it, word for word, and records the figures all the same
    fs.rmSync(cache, { recursive: true });
    fs.rmSync(path.join(sandbox.runtimeDir, 'sessions', 'sess-m.statusline.json'));
    const second = await sandbox.cli(['statusline', '--wrap', 'echo mine'], { input: statusInput(sandbox, 'sess-m', 61) });
    expect(second).toMatchObject({ status: 0, stderr: '', stdout: 'mine  │  ctx 61% of 200K · wf refactor-billing · 2 · Implementation\n' });
    expect(compiled()).toEqual(['cli-statusline']);
    expect(JSON.parse(fs.readFileSync(path.join(sandbox.runtimeDir, 'sessions', 'sess-m.statusline.json'), 'utf8'))).toMatchObject({ used_percentage: 61, model: 'claude-opus-4-6' });
    // a save the memo has not seen goes the long way again, and shows
    await seedHandoff(sandbox.repo.path, { task: 'Update docs', phase: '1: Docs' });
    const third = await sandbox.cli(['statusline'], { input: statusInput(sandbox, 'sess-m') });
    expect(third.stdout).toBe('ctx 42% of 200K · wf update-docs · 1 · Docs\n');
    expect(compiled()).toEqual(['cli-statusline', 'lazy-statusline-command-line']);
  });

  it('a damaged install (the long way missing): one line on stderr, exit 1', async () => {
    const result = await runDamagedInstall('statusline-command-line.cjs', ['statusline', '--help']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^claude-workflow: statusline failed: ENOENT[^\n]*statusline-command-line\.cjs'; reinstall the plugin\n$/);
  });

  it('runs its quick path without zod or the secret patterns: those are in the long way', () => {
    const quick = fs.readFileSync(path.join(PLUGIN_ROOT, 'dist', 'cli-statusline.cjs'), 'utf8');
    expect(quick).not.toMatch(/\b_zod\b|\$ZodType/);
    expect(quick).not.toContain('// scripts/core/redact/');
    expect(fs.readFileSync(path.join(PLUGIN_ROOT, 'dist', 'hooks', 'lazy', 'statusline-command-line.cjs'), 'utf8')).toMatch(/\b_zod\b/);
  });

  it.each(['../../x', '../x', 'a/b', '/tmp/x', '.hidden'])('a session id like %j is recorded under a hashed name inside the sessions dir', async (sessionId) => {
    const sandbox = hookSandbox();
    const root = path.dirname(sandbox.runtimeDir);
    const before = listFiles(root);
    const result = await sandbox.cli(['statusline'], { input: statusInput(sandbox, sessionId) });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('ctx 42% of 200K\n');
    // only a hashed name inside the sessions dir (the log may have a line; nothing else)
    const added = listFiles(root).filter((f) => !before.includes(f) && !f.startsWith(`logs${path.sep}`) && !f.includes(`code-cache${path.sep}`));
    expect(added).toEqual([expect.stringMatching(/^runtime[\\/]sessions[\\/]sha256-[0-9a-f]{64}\.statusline\.json$/)]);
    expect(fs.existsSync('/tmp/x.statusline.json')).toBe(false);
  });
});
