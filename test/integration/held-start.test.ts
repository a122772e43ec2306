// SessionStart's quick path (at a start, and after a compaction), with the hook run as Claude Code runs it. To see which way a start
// went, the same hook also runs from a copy of the plugin without the hook's own code
// (dist/hooks/lazy/session-start-hook.cjs): a start the quick path decides says what it always
// says there; any other reaches for the missing file and says the plugin needs reinstalling.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLUGIN_ROOT } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';
import { hookSandbox, type HookRun, type HookSandbox } from '../helpers/hook-sandbox.ts';

afterAll(cleanupTempDirs);

let checkOnly = '';
beforeAll(() => {
  checkOnly = path.join(tempDir('wf-start-only-'), 'workflow');
  fs.cpSync(PLUGIN_ROOT, checkOnly, { recursive: true });
  fs.rmSync(path.join(checkOnly, 'dist', 'hooks', 'lazy', 'session-start-hook.cjs'));
});

const wentToTheHook = (run: HookRun) => {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  expect(run.json?.systemMessage).toMatch(/^workflow: SessionStart hook skipped \(.*\); reinstall the plugin$/);
};

const startInput = (sandbox: HookSandbox, sessionId: string, source = 'startup') =>
  JSON.stringify({ session_id: sessionId, transcript_path: path.join(sandbox.home, `${sessionId}.jsonl`), cwd: sandbox.repo.path, hook_event_name: 'SessionStart', source, model: 'claude-opus-4-6' });

const start = (sandbox: HookSandbox, sessionId: string, options: { source?: string; pluginRoot?: string; env?: NodeJS.ProcessEnv } = {}) =>
  sandbox.hookRaw('session-start', startInput(sandbox, sessionId, options.source), options.env ?? {}, options.pluginRoot);

const runtimeOf = (sandbox: HookSandbox, sessionId: string): unknown => JSON.parse(fs.readFileSync(path.join(sandbox.runtimeDir, 'sessions', `${sessionId}.json`), 'utf8'));

/** A store with a workflow handed off in another session, and one start that went through the whole hook (it keeps the memos). */
async function settled(env: NodeJS.ProcessEnv = {}): Promise<{ sandbox: HookSandbox; id: string }> {
  const sandbox = hookSandbox();
  const saved = await sandbox.cli(['handoff', '--format', 'json', '--task', 'Port the parser', '--decision', 'Use a state machine', '--next', 'Quoted fields'], { env: { ...env, CLAUDE_CODE_SESSION_ID: 'earlier' } });
  expect({ status: saved.status, stderr: saved.stderr }).toEqual({ status: 0, stderr: '' });
  const { id } = JSON.parse(saved.stdout) as { id: string };
  expect((await start(sandbox, 'first', { env })).json?.systemMessage).toContain(id);
  return { sandbox, id };
}

function rewriteOutside(sandbox: HookSandbox, id: string): void {
  const file = path.join(sandbox.storeDir, id, 'state.json');
  const text = fs.readFileSync(file);
  fs.rmSync(file);
  fs.writeFileSync(file, text);
}

describe.concurrent('SessionStart', () => {
  it.each(['startup', 'resume', 'clear', 'fork'])('(%s) is decided without the hook once a start kept the memos: what the whole hook says, and the same bookkeeping', async (source) => {
    const { sandbox, id } = await settled();
    const quick = await start(sandbox, 'quick', { source, pluginRoot: checkOnly });
    expect({ status: quick.status, stderr: quick.stderr }).toEqual({ status: 0, stderr: '' });
    expect(quick.json?.systemMessage).toMatch(new RegExp(`^workflow: "Port the parser" is paused \\(saved [a-z0-9 ]+\\); /workflow:resume ${id} to pick it up$`));
    expect(quick.json?.hookSpecificOutput?.additionalContext).toContain('Use a state machine');
    // the whole hook, from the terminal, for a session of its own
    const whole = await sandbox.cli(['hook', 'session-start'], { input: startInput(sandbox, 'whole', source) });
    expect({ status: whole.status, stdout: whole.stdout, stderr: whole.stderr }).toEqual({ status: 0, stdout: quick.stdout, stderr: '' });
    expect(runtimeOf(sandbox, 'quick')).toEqual(runtimeOf(sandbox, 'whole'));
    expect(runtimeOf(sandbox, 'quick')).toMatchObject({ model: 'claude-opus-4-6', shown_workflow: id });
    expect(sandbox.hookLog()).toBe('');
  });

  it("is decided without the hook beside Claude Code's own workflow scripts in .claude/workflows", async () => {
    const { sandbox, id } = await settled();
    fs.mkdirSync(path.join(sandbox.repo.path, '.claude', 'workflows'), { recursive: true });
    fs.writeFileSync(path.join(sandbox.repo.path, '.claude', 'workflows', 'deploy.js'), 'export default {};\n');
    const quick = await start(sandbox, 'quick', { pluginRoot: checkOnly });
    expect({ status: quick.status, stderr: quick.stderr }).toEqual({ status: 0, stderr: '' });
    expect(quick.json?.systemMessage).toContain(`/workflow:resume ${id} to pick it up`);
    expect(fs.readdirSync(path.join(sandbox.repo.path, '.claude', 'workflows'))).toEqual(['deploy.js']);
  });

  it('in a project without workflows, says nothing and keeps the model, without the hook', async () => {
    const sandbox = hookSandbox();
    expect((await start(sandbox, 'first')).stdout).toBe('');
    const quick = await start(sandbox, 'quick', { pluginRoot: checkOnly });
    expect({ status: quick.status, stdout: quick.stdout, stderr: quick.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(runtimeOf(sandbox, 'quick')).toMatchObject({ model: 'claude-opus-4-6', shown_workflow: null });
  });

  it.each<[string, (s: { sandbox: HookSandbox; id: string }) => void, string?]>([
    ["the workflow's state.json was written outside the plugin", ({ sandbox, id }) => rewriteOutside(sandbox, id)],
    ['the project config appears', ({ sandbox }) => {
      fs.mkdirSync(path.join(sandbox.repo.path, '.claude'), { recursive: true });
      fs.writeFileSync(path.join(sandbox.repo.path, '.claude', 'workflow.json'), '{"stale_after_days":3}');
    }],
    ['the memo says the project pulls at every start', ({ sandbox }) => {
      const dir = path.join(sandbox.runtimeDir, 'start-memo');
      for (const file of fs.readdirSync(dir)) {
        const memo = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { config: object };
        fs.writeFileSync(path.join(dir, file), JSON.stringify({ ...memo, config: { ...memo.config, sync_auto: true } }), { mode: 0o600 });
      }
    }],
    ['an older version left a workflow under .claude/workflows (the hook moves it)', ({ sandbox, id }) => {
      const legacy = path.join(sandbox.repo.path, '.claude', 'workflows', 'older-work-20260101-000000');
      fs.mkdirSync(legacy, { recursive: true });
      fs.copyFileSync(path.join(sandbox.storeDir, id, 'state.json'), path.join(legacy, 'state.json'));
    }],
    ['a compaction happened in a session without a workflow (the hook makes it one)', () => {}, 'compact'],
    ['the source is one this plugin does not know', () => {}, 'teleport'],
    ["the session's bookkeeping is unreadable", ({ sandbox }) => fs.writeFileSync(path.join(sandbox.runtimeDir, 'sessions', 'quick.json'), '{"announced":"no"}')],
  ])('goes to the hook when %s', async (_name, change, source) => {
    const settledStore = await settled();
    change(settledStore);
    wentToTheHook(await start(settledStore.sandbox, 'quick', { pluginRoot: checkOnly, ...(source ? { source } : {}) }));
  });

  it('after a compaction, gives back the workflow the session holds and the one its start showed, without the hook: what the whole hook says', async () => {
    const { sandbox, id: shown } = await settled();
    expect((await start(sandbox, 'compacted')).json?.systemMessage).toContain(shown);
    const own = await sandbox.cli(['handoff', '--format', 'json', '--task', 'Write the docs', '--next', 'The README'], { env: { CLAUDE_CODE_SESSION_ID: 'compacted' } });
    const ownId = (JSON.parse(own.stdout) as { id: string }).id;
    const quick = await start(sandbox, 'compacted', { source: 'compact', pluginRoot: checkOnly });
    expect({ status: quick.status, stderr: quick.stderr }).toEqual({ status: 0, stderr: '' });
    expect(quick.json?.systemMessage).toBe(`workflow: ${ownId} and ${shown} re-injected after compaction`);
    const whole = await sandbox.cli(['hook', 'session-start'], { input: startInput(sandbox, 'compacted', 'compact') });
    expect({ status: whole.status, stdout: whole.stdout, stderr: whole.stderr }).toEqual({ status: 0, stdout: quick.stdout, stderr: '' });
  });

  it('after a compaction in a session without a workflow, with automatic workflows off, gives back the one its start showed, without the hook', async () => {
    const off = { WORKFLOW_AUTO_CREATE: '0' };
    const { sandbox, id } = await settled(off);
    expect((await start(sandbox, 'compacted', { env: off })).json?.systemMessage).toContain(id);
    const quick = await start(sandbox, 'compacted', { source: 'compact', pluginRoot: checkOnly, env: off });
    expect({ status: quick.status, stderr: quick.stderr }).toEqual({ status: 0, stderr: '' });
    expect(quick.json?.systemMessage).toBe(`workflow: ${id} re-injected after compaction`);
    const whole = await sandbox.cli(['hook', 'session-start'], { input: startInput(sandbox, 'compacted', 'compact'), env: off });
    expect(whole.stdout).toBe(quick.stdout);
  });

  it('keeps no memo of a configuration in error: it is told at every start, by the hook', async () => {
    const { sandbox } = await settled();
    fs.mkdirSync(path.join(sandbox.repo.path, '.claude'), { recursive: true });
    fs.writeFileSync(path.join(sandbox.repo.path, '.claude', 'workflow.json'), '{"stale_after_days":"soon"}');
    // past the time a file is too fresh to be kept by its signature: only the error keeps it out
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    for (const session of ['second', 'third']) {
      expect((await start(sandbox, session)).json?.systemMessage).toContain('ignored settings:');
    }
    wentToTheHook(await start(sandbox, 'quick', { pluginRoot: checkOnly }));
  });
});
