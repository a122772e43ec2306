// dist/hooks/run.cjs, what hooks.json runs: each event's bundle from V8's compiled code of the
// previous run, kept per user under <runtime>/code-cache/. Whatever is wrong with that cache, the
// hook runs and says the same.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awaitBackgroundSave } from '../helpers/background-save.ts';
import { PLUGIN_ROOT, runCli, runHookCommand, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, isolatedEnv, tempDir, tempRepo } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';
import { hookSandbox } from '../helpers/hook-sandbox.ts';

afterAll(cleanupTempDirs);

const EVENT = 'user-prompt-submit';

function setup() {
  const repo = tempRepo();
  const runtime = tempDir('wf-runtime-');
  const logDir = tempDir('wf-log-');
  const cacheDir = path.join(runtime, 'code-cache');
  // a prompt that asks for a handoff: the hook has something to say, so its output is compared
  const input = JSON.stringify({ session_id: 'loader-1', cwd: repo.path, hook_event_name: 'UserPromptSubmit', prompt: 'please hand off now' });
  const run = (): Promise<CliResult> => runHookCommand(EVENT, { cwd: repo.path, input, env: { WORKFLOW_RUNTIME_DIR: runtime, WORKFLOW_LOG_DIR: logDir } });
  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).sort() : []);
  return { run, cacheDir, cacheFiles, logDir };
}

function expectAnswered(result: CliResult): string {
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  const output = JSON.parse(result.stdout) as { hookSpecificOutput?: { additionalContext?: string } };
  expect(output.hookSpecificOutput?.additionalContext).toContain('handoff');
  return result.stdout;
}

describe.concurrent('the hook loader', () => {
  it.each(['stop', 'user-prompt-submit'])('runs %s from a small entry without zod: the hook itself is a part of its own, loaded when a turn is not quiet', (event) => {
    const entry = fs.readFileSync(path.join(PLUGIN_ROOT, 'dist', 'hooks', `${event}.cjs`), 'utf8');
    expect(entry).not.toMatch(/\b_zod\b|\$ZodType/);
    expect(entry).toContain('./lazy/turn-hook.cjs');
    expect(fs.readFileSync(path.join(PLUGIN_ROOT, 'dist', 'hooks', 'lazy', 'turn-hook.cjs'), 'utf8')).toMatch(/\b_zod\b/);
  });

  // the hook log's redaction loads secret patterns; a quick path only logs the plugin's own words
  it.each(['session-start', 'pre-compact', 'stop', 'user-prompt-submit'])("runs %s's quick path without the secret patterns", (event) => {
    const entry = fs.readFileSync(path.join(PLUGIN_ROOT, 'dist', 'hooks', `${event}.cjs`), 'utf8');
    expect(entry).not.toContain('// scripts/core/redact/');
    expect(entry).not.toContain('../chunks/secret-rules');
  });

  it('keeps the compiled code after the first run (private file and folder) and runs from it after', async () => {
    const { run, cacheDir, cacheFiles } = setup();
    const first = expectAnswered(await run());
    const files = cacheFiles();
    // the event's small entry, and the part it loads when the turn has something to say
    const named = (part: string) => expect.stringMatching(new RegExp(`^${part}\\.[0-9a-f]{16}\\.${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`));
    expect(files).toEqual([named('lazy-turn-hook'), named(EVENT)]);
    const file = path.join(cacheDir, files[1] as string);
    expect(fs.statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const before = fs.statSync(file);
    expect(expectAnswered(await run())).toBe(first);
    // accepted, so not written again
    const after = fs.statSync(file);
    expect([after.ino, after.mtimeMs, after.size]).toEqual([before.ino, before.mtimeMs, before.size]);
  });

  it("writes an event's compiled code once more after the first run its quick path answered, and keeps that", async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('loader-quick', { tokens: 60_000 });
    const entryCache = () => {
      const dir = path.join(sandbox.runtimeDir, 'code-cache');
      const name = fs.readdirSync(dir).find((f) => f.startsWith(`${EVENT}.`)) as string;
      const bytes = fs.readFileSync(path.join(dir, name));
      const stat = fs.statSync(path.join(dir, name));
      return { header: bytes.subarray(0, bytes.indexOf(0x0a)).toString('latin1'), size: stat.size, ino: stat.ino, mtime: stat.mtimeMs };
    };
    const prompt = async (text: string) => expect((await session.hook('UserPromptSubmit', { prompt: text })).status).toBe(0);
    // no memo vouches for anything yet: the whole hook takes the first turn, past the quick path
    await prompt('go on with the parser');
    const first = entryCache();
    expect(first.header).toBe('workflow-code-cache 3 full-run');
    // a quiet turn: the quick path answers, and what it compiled is kept with the rest
    await prompt('go on with the parser');
    const second = entryCache();
    expect(second.header).toBe('workflow-code-cache 3 quick-path');
    expect(second.size).toBeGreaterThan(first.size);
    // from then on it stays, whichever way a turn goes
    await prompt('go on with the parser');
    await prompt('please hand off now');
    expect(entryCache()).toEqual(second);
  });

  it("keeps a lazy part's compiled code too, when the hook gets to it (the session's end)", async () => {
    const repo = tempRepo();
    const runtime = tempDir('wf-runtime-');
    const input = JSON.stringify({ session_id: 'loader-2', cwd: repo.path, hook_event_name: 'SessionEnd', reason: 'other' });
    const env = { WORKFLOW_RUNTIME_DIR: runtime, WORKFLOW_LOG_DIR: tempDir('wf-log-') };
    const result = await runHookCommand('session-end', { cwd: repo.path, input, env });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fs.readdirSync(path.join(runtime, 'code-cache')).map((f) => f.split('.')[0]).sort()).toEqual(['lazy-checkpoint', 'session-end']);
  });

  it('keeps the compiled code of the process a Stop hook starts for an interval checkpoint, and of the save it loads', async () => {
    const repo = tempRepo();
    const runtime = tempDir('wf-runtime-');
    const transcript = path.join(tempDir(), 'session.jsonl');
    fs.writeFileSync(transcript, `${JSON.stringify({ type: 'user', message: { role: 'user', content: 'Fix the parser' } })}\n`);
    const input = JSON.stringify({ session_id: 'loader-3', transcript_path: transcript, cwd: repo.path, hook_event_name: 'Stop' });
    const env = { WORKFLOW_RUNTIME_DIR: runtime, WORKFLOW_LOG_DIR: tempDir('wf-log-'), WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0' };
    const result = await runHookCommand('stop', { cwd: repo.path, input, env });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    // the mark says the process still writes files: once it is gone, every compiled code is on
    // disk, the save's too, although that file was loaded after the mark's exit step was set
    const mark = path.join(runtime, 'sessions', 'loader-3.checkpointing');
    const until = Date.now() + 15_000;
    while (fs.existsSync(mark) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    expect(fs.readdirSync(path.join(runtime, 'code-cache')).map((f) => f.split('.')[0]).sort()).toEqual(['background-checkpoint', 'lazy-checkpoint', 'lazy-turn-hook', 'stop']);
    await awaitBackgroundSave(runtime, 'loader-3');
  });

  it('an installed copy (no node_modules above it) redacts a checkpoint with the rules it ships', async () => {
    // as Claude Code installs it: the plugin folder alone, far from this repository's node_modules
    const installed = path.join(tempDir('wf-installed-'), 'workflow');
    fs.cpSync(PLUGIN_ROOT, installed, { recursive: true });
    const repo = tempRepo();
    const saved = await seedHandoff(repo.path, { task: 'Ship the parser' }, { session: { id: 'loader-3', transcript_path: null } });
    const token = `ghp_${'a1B2c3D4e5'.repeat(3)}x9Y8z7`;
    const transcript = path.join(tempDir(), 'session.jsonl');
    fs.writeFileSync(transcript, `${JSON.stringify({ type: 'user', message: { role: 'user', content: `Deploy with the token ${token} please` } })}\n`);
    const logDir = tempDir('wf-log-');
    const runtime = tempDir('wf-runtime-');
    const input = JSON.stringify({ session_id: 'loader-3', transcript_path: transcript, cwd: repo.path, hook_event_name: 'PreCompact', trigger: 'manual' });
    const result = spawnSync(process.execPath, [path.join(installed, 'dist', 'hooks', 'run.cjs'), 'pre-compact'], {
      cwd: repo.path,
      input,
      encoding: 'utf8',
      env: isolatedEnv({ WORKFLOW_RUNTIME_DIR: runtime, WORKFLOW_LOG_DIR: logDir, CLAUDE_PLUGIN_ROOT: installed }),
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    // saved by the installed copy's own process, in the background
    await awaitBackgroundSave(runtime, 'loader-3');
    expect(fs.existsSync(path.join(logDir, 'hooks.log'))).toBe(false);
    const dir = path.join(repo.path, '.git', 'workflow', saved.id);
    expect(fs.readFileSync(path.join(dir, 'history.jsonl'), 'utf8')).toContain('"event":"checkpoint"');
    const state = fs.readFileSync(path.join(dir, 'state.json'), 'utf8');
    expect(state).toContain('Deploy with the token');
    expect(state).not.toContain(token);
  });

  it("keeps each CLI command's compiled code in a file of its own, written once", async () => {
    const repo = tempRepo();
    const runtime = tempDir('wf-runtime-');
    const cacheDir = path.join(runtime, 'code-cache');
    const cli = async (...args: string[]) => {
      const result = await runCli(args, { cwd: repo.path, env: { WORKFLOW_RUNTIME_DIR: runtime } });
      expect({ args, status: result.status, stderr: result.stderr }).toEqual({ args, status: 0, stderr: '' });
      return result.stdout;
    };
    const cliCaches = () =>
      Object.fromEntries(
        fs
          .readdirSync(cacheDir)
          .filter((f) => f.startsWith('cli-commands.'))
          .map((f) => {
            const text = fs.readFileSync(path.join(cacheDir, f));
            const stat = fs.statSync(path.join(cacheDir, f));
            return [f, { header: text.subarray(0, text.indexOf(0x0a)).toString('latin1'), ino: stat.ino, mtime: stat.mtimeMs }];
          }),
      );
    const build = `\\.[0-9a-f]{16}\\.${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`;
    // a cache of an older build of the same command, and one of this build in the older format
    fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(cacheDir, `cli-commands.list.0000000000000000.${process.version}-${process.arch}.bin`), 'workflow-code-cache 2 list\nold', { mode: 0o600 });
    const listed = await cli('list');
    expect(Object.keys(cliCaches())).toEqual([expect.stringMatching(new RegExp(`^cli-commands\\.list${build}`))]);
    expect(Object.values(cliCaches())[0]?.header).toBe('workflow-code-cache 3 full-run list');
    await cli('doctor');
    const both = cliCaches();
    expect(Object.keys(both).map((f) => f.split('.')[1])).toEqual(['doctor', 'list']);
    // kept: run from them, not written again
    expect(await cli('list')).toBe(listed);
    await cli('doctor');
    expect(cliCaches()).toEqual(both);
  });

  it('compiles as usual from a cache file that is garbage, and replaces it', async () => {
    const { run, cacheDir, cacheFiles } = setup();
    const first = expectAnswered(await run());
    const file = path.join(cacheDir, cacheFiles()[0] as string);
    fs.writeFileSync(file, Buffer.alloc(4096, 0x5a), { mode: 0o600 });
    expect(expectAnswered(await run())).toBe(first);
    expect(fs.readFileSync(file).equals(Buffer.alloc(4096, 0x5a))).toBe(false);
  });

  it('never runs code from a cache file that others may write, or that is a symbolic link', async () => {
    const { run, cacheDir, cacheFiles } = setup();
    const first = expectAnswered(await run());
    const file = path.join(cacheDir, cacheFiles().find((f) => f.startsWith(`${EVENT}.`)) as string);
    // a group-writable file: not used, replaced by a private one
    fs.chmodSync(file, 0o664);
    expect(expectAnswered(await run())).toBe(first);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // a link to a file elsewhere: not followed, replaced by a file of its own
    const elsewhere = path.join(tempDir(), 'code.bin');
    fs.copyFileSync(file, elsewhere);
    fs.rmSync(file);
    fs.symlinkSync(elsewhere, file);
    expect(expectAnswered(await run())).toBe(first);
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
  });

  it("drops the code of another build (the same event's, a bundle since renamed or gone), and keeps the other events'", async () => {
    const { run, cacheDir, cacheFiles, logDir } = setup();
    const repo = tempRepo();
    const stop = JSON.stringify({ session_id: 'loader-2', cwd: repo.path, hook_event_name: 'Stop', stop_hook_active: false });
    expect((await runHookCommand('stop', { cwd: repo.path, input: stop, env: { WORKFLOW_RUNTIME_DIR: path.dirname(cacheDir), WORKFLOW_LOG_DIR: logDir } })).status).toBe(0);
    const stopCode = cacheFiles().filter((f) => f.startsWith('stop.'));
    expect(stopCode).toHaveLength(1);
    const node = `${process.version}-${process.arch}.bin`;
    // this event's code of an older build; the CLI's under the name its bundle had before
    // (dist/cli.cjs, now dist/cli-commands.cjs); a lazy part this build does not have
    const stale = [`${EVENT}.0000000000000000.${node}`, `cli.list.0000000000000000.${node}`, `lazy-gone.0000000000000000.${node}`];
    for (const name of stale) fs.writeFileSync(path.join(cacheDir, name), 'old', { mode: 0o600 });
    expectAnswered(await run());
    const files = cacheFiles();
    expect(files.map((f) => f.split('.')[0])).toEqual(['lazy-turn-hook', 'stop', EVENT]);
    expect(files).toEqual(expect.arrayContaining(stopCode));
    for (const name of stale) expect(files).not.toContain(name);
  });

  it('runs the hook when the cache cannot be written (its folder is a file)', async () => {
    const { run, cacheDir, logDir } = setup();
    fs.writeFileSync(cacheDir, 'not a folder');
    expectAnswered(await run());
    expectAnswered(await run());
    expect(fs.readFileSync(cacheDir, 'utf8')).toBe('not a folder');
    expect(fs.existsSync(path.join(logDir, 'hooks.log'))).toBe(false);
  });

  it('answers an event it has no hook for with one line for the user, exit 0', () => {
    const result = spawnSync(process.execPath, [path.join(PLUGIN_ROOT, 'dist', 'hooks', 'run.cjs'), 'post-tool-use'], { input: '{}', encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ systemMessage: 'workflow: hook "post-tool-use" is not one of this plugin\'s hooks; reinstall the plugin' });
  });
});
