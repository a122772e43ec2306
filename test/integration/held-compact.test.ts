// PreCompact's quick path, with the hook run as Claude Code runs it. To see which way a compaction
// went, the same hook also runs from a copy of the plugin without the hook's own code
// (dist/hooks/lazy/pre-compact-hook.cjs): one the quick path decides prints the summarizer's text
// there; any other reaches for the missing file and says the plugin needs reinstalling.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { PLUGIN_ROOT } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';
import { hookSandbox, type HookRun, type HookSandbox, type Session } from '../helpers/hook-sandbox.ts';

afterAll(cleanupTempDirs);

let checkOnly = '';
beforeAll(() => {
  checkOnly = path.join(tempDir('wf-compact-only-'), 'workflow');
  fs.cpSync(PLUGIN_ROOT, checkOnly, { recursive: true });
  fs.rmSync(path.join(checkOnly, 'dist', 'hooks', 'lazy', 'pre-compact-hook.cjs'));
});

const DECISION = 'Use a state machine because quoting is stateful';

const wentToTheHook = (run: HookRun) => {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  expect(run.json?.systemMessage).toMatch(/^workflow: PreCompact hook skipped \(.*\); reinstall the plugin$/);
};

function readState(sandbox: HookSandbox, id: string): WorkflowState {
  return JSON.parse(fs.readFileSync(path.join(sandbox.storeDir, id, 'state.json'), 'utf8')) as WorkflowState;
}

/** The newest line of the workflow's history, but for when it was written. */
function lastHistory(sandbox: HookSandbox, id: string): { event: string; summary: string; session_id: string | null } {
  const lines = fs.readFileSync(path.join(sandbox.storeDir, id, 'history.jsonl'), 'utf8').trim().split('\n');
  const { at: _at, ...line } = JSON.parse(lines.at(-1) ?? '{}') as { at: string; event: string; summary: string; session_id: string | null };
  return line;
}

/** Writes the workflow's state.json again, same bytes, as a new file: a version the state memo has not seen. */
function rewriteOutside(sandbox: HookSandbox, id: string): void {
  const file = path.join(sandbox.storeDir, id, 'state.json');
  const text = fs.readFileSync(file);
  fs.rmSync(file);
  fs.writeFileSync(file, text);
}

/** A session at 75 % of a 200K window holding a workflow handed off and resumed, whose turn the whole hook took once (it keeps the memo). */
async function settled(name: string): Promise<{ sandbox: HookSandbox; session: Session; id: string }> {
  const sandbox = hookSandbox();
  const session = sandbox.session(name, { tokens: 150_000 });
  expect((await session.hook('SessionStart', { source: 'startup', model: 'claude-opus-4-6' })).status).toBe(0);
  const saved = await session.cli(['handoff', '--format', 'json', '--task', 'Port the parser', '--decision', DECISION, '--next', 'Quoted fields']);
  expect({ status: saved.status, stderr: saved.stderr }).toEqual({ status: 0, stderr: '' });
  const { id } = JSON.parse(saved.stdout) as { id: string };
  expect((await session.cli(['resume', id, '--format', 'json'])).status).toBe(0);
  expect((await session.hook('Stop', { last_assistant_message: 'Done.' })).status).toBe(0);
  await session.backgroundSave();
  return { sandbox, session, id };
}

describe.concurrent('PreCompact', () => {
  it('is decided without the hook once the memos hold what it reads: the same text, and the same checkpoint, as the whole hook', async () => {
    const { sandbox, session, id } = await settled('compact-1');
    const quick = await session.hook('PreCompact', { trigger: 'auto' }, {}, checkOnly);
    expect({ status: quick.status, stderr: quick.stderr, json: quick.json }).toEqual({ status: 0, stderr: '', json: null });
    expect(quick.stdout).toContain(`This session works on the saved workflow ${id}`);
    expect(quick.stdout).toContain(DECISION);
    expect(await session.backgroundSave()).toBe(true);
    const byQuickPath = { tokens: readState(sandbox, id).tokens, history: lastHistory(sandbox, id) };
    expect(byQuickPath.history).toMatchObject({ event: 'checkpoint', session_id: session.id, summary: 'checkpoint (compaction requested) at 75% of the context window' });

    // the whole hook, from the terminal: the same text, a checkpoint saved the same
    const whole = await sandbox.cli(['hook', 'pre-compact'], {
      input: JSON.stringify({ session_id: session.id, transcript_path: session.transcriptPath, cwd: sandbox.repo.path, hook_event_name: 'PreCompact', trigger: 'auto' }),
    });
    expect({ status: whole.status, stdout: whole.stdout, stderr: whole.stderr }).toEqual({ status: 0, stdout: quick.stdout, stderr: '' });
    expect({ tokens: readState(sandbox, id).tokens, history: lastHistory(sandbox, id) }).toEqual(byQuickPath);
    expect(sandbox.hookLog()).toBe('');
  });

  it("right after a Stop whose interval checkpoint is still saving: waits for it, and finds the state it saved in the memo", async () => {
    const { sandbox, session, id } = await settled('compact-after-stop');
    session.reachTokens(152_000);
    const due = { WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0' };
    expect((await session.hook('Stop', { last_assistant_message: 'Done.' }, due)).stdout).toBe('');
    expect(fs.existsSync(path.join(sandbox.runtimeDir, 'sessions', `${session.id}.checkpointing`))).toBe(true);
    const quick = await session.hook('PreCompact', { trigger: 'auto' }, due, checkOnly);
    expect({ status: quick.status, stderr: quick.stderr, json: quick.json }).toEqual({ status: 0, stderr: '', json: null });
    expect(quick.stdout).toContain(`This session works on the saved workflow ${id}`);
    await session.backgroundSave();
    expect(lastHistory(sandbox, id).summary).toBe('checkpoint (compaction requested) at 76% of the context window');
  });

  it('names the workflow the session was shown at its start too, as the hook does', async () => {
    const { sandbox, session, id } = await settled('compact-2');
    // another workflow, shown by this session's start (another session saved it)
    const other = await sandbox.cli(['handoff', '--format', 'json', '--task', 'Write the docs', '--next', 'The README'], { env: { CLAUDE_CODE_SESSION_ID: 'someone-else' } });
    const otherId = (JSON.parse(other.stdout) as { id: string }).id;
    const runtimeFile = path.join(sandbox.runtimeDir, 'sessions', `${session.id}.json`);
    fs.writeFileSync(runtimeFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(runtimeFile, 'utf8')), shown_workflow: otherId }));
    const quick = await session.hook('PreCompact', { trigger: 'manual' }, {}, checkOnly);
    expect({ status: quick.status, stderr: quick.stderr }).toEqual({ status: 0, stderr: '' });
    expect(quick.stdout.split('\n\n').map((part) => /saved workflow ([a-z0-9-]+)/.exec(part)?.[1])).toEqual([id, otherId]);
    await session.backgroundSave();
    // and when that one changed outside the plugin, the hook reads it
    rewriteOutside(sandbox, otherId);
    wentToTheHook(await session.hook('PreCompact', { trigger: 'manual' }, {}, checkOnly));
  });

  it.each<[string, (s: { sandbox: HookSandbox; session: Session; id: string }) => void]>([
    ["the workflow's state.json was written outside the plugin", ({ sandbox, id }) => rewriteOutside(sandbox, id)],
    ['the project config appears', ({ sandbox }) => {
      fs.mkdirSync(path.join(sandbox.repo.path, '.claude'), { recursive: true });
      fs.writeFileSync(path.join(sandbox.repo.path, '.claude', 'workflow.json'), '{"checkpoint_interval_minutes":30}');
    }],
    ['no turn has kept the memo', ({ sandbox, session }) => fs.rmSync(path.join(sandbox.runtimeDir, 'sessions', `${session.id}.turn.json`))],
    ['the bookkeeping is unreadable', ({ sandbox, session }) => fs.writeFileSync(path.join(sandbox.runtimeDir, 'sessions', `${session.id}.json`), '{"announced":"no"}')],
  ])('goes to the hook when %s', async (_name, change) => {
    const settledSession = await settled(`compact-${_name.length}`);
    change(settledSession);
    const { sandbox, session, id } = settledSession;
    wentToTheHook(await session.hook('PreCompact', { trigger: 'auto' }, {}, checkOnly));
    // which, whole, says what the quick path would have said
    const whole = await session.hook('PreCompact', { trigger: 'auto' });
    expect({ status: whole.status, stderr: whole.stderr }).toEqual({ status: 0, stderr: '' });
    expect(whole.stdout).toContain(`This session works on the saved workflow ${id}`);
    await session.backgroundSave();
    expect(lastHistory(sandbox, id).summary).toMatch(/^checkpoint \(compaction requested\)/);
  });

  it('goes to the hook when it cannot start the checkpoint (not run through run.cjs): the hook saves it itself', async () => {
    const { sandbox, session, id } = await settled('compact-direct');
    const input = JSON.stringify({ session_id: session.id, transcript_path: session.transcriptPath, cwd: sandbox.repo.path, hook_event_name: 'PreCompact', trigger: 'auto' });
    const direct = (root: string) => spawnSync(process.execPath, [path.join(root, 'dist', 'hooks', 'pre-compact.cjs')], { input, encoding: 'utf8', env: { PATH: process.env.PATH, ...sandbox.env() } });
    const quick = direct(checkOnly);
    wentToTheHook({ ...quick, json: JSON.parse(quick.stdout) as HookRun['json'] });
    const lines = () => fs.readFileSync(path.join(sandbox.storeDir, id, 'history.jsonl'), 'utf8').trim().split('\n').length;
    const before = lines();
    const whole = direct(PLUGIN_ROOT);
    expect({ status: whole.status, stderr: whole.stderr }).toEqual({ status: 0, stderr: '' });
    expect(whole.stdout).toContain(`This session works on the saved workflow ${id}`);
    // saved before the process ended, by no process of its own
    expect(fs.existsSync(path.join(sandbox.runtimeDir, 'sessions', `${session.id}.checkpointing`))).toBe(false);
    expect(lines()).toBe(before + 1);
    expect(lastHistory(sandbox, id).summary).toMatch(/^checkpoint \(compaction requested\)/);
  });

  it('in a session with no workflow and no transcript, prints nothing and starts nothing, without the hook', async () => {
    const sandbox = hookSandbox();
    const input = { session_id: 'compact-bare', cwd: sandbox.repo.path, hook_event_name: 'SessionStart', source: 'startup', model: 'claude-opus-4-6' };
    expect((await sandbox.hookRaw('session-start', JSON.stringify(input))).status).toBe(0);
    const run = await sandbox.hookRaw('pre-compact', JSON.stringify({ ...input, hook_event_name: 'PreCompact', trigger: 'manual' }), {}, checkOnly);
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(fs.existsSync(path.join(sandbox.runtimeDir, 'sessions', 'compact-bare.checkpointing'))).toBe(false);
  });
});
