// A checkpoint whose result nobody waits for (Stop's on the interval, PreCompact's) is saved by a
// process the hook starts and does not wait for (hook-process.ts); whatever saves or re-injects
// the session's workflow next waits for it.
// All as Claude Code runs the hooks: hooks.json's commands, JSON on stdin.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { PLUGIN_ROOT } from '../helpers/cli.ts';
import { hookSandbox, toolCall, type HookRun, type HookSandbox, type Session } from '../helpers/hook-sandbox.ts';
import { cleanupTempDirs, isolatedEnv } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const everyTurn = { WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0' };

function expectSilent(run: HookRun): void {
  expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
}

/** Stop ends the turn: it may tell the user of the resume (once), nothing else, and asks Claude nothing */
function expectTurnEnds(run: HookRun): void {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  if (run.stdout !== '') expect(run.json).toEqual({ systemMessage: expect.stringMatching(/^workflow: resumed /) });
}

function readState(sandbox: HookSandbox, id: string): WorkflowState {
  return JSON.parse(fs.readFileSync(path.join(sandbox.storeDir, id, 'state.json'), 'utf8')) as WorkflowState;
}

function mark(sandbox: HookSandbox, session: Session): string {
  return path.join(sandbox.runtimeDir, 'sessions', `${session.id}.checkpointing`);
}

/** A workflow handed off and resumed in `session`, so that its checkpoints save it. */
async function resumedWorkflow(session: Session): Promise<string> {
  const saved = await session.cli(['handoff', '--format', 'json', '--task', 'Refactor billing', '--summary', 'Invoice model split.']);
  expect({ status: saved.status, stderr: saved.stderr }).toEqual({ status: 0, stderr: '' });
  const { id } = JSON.parse(saved.stdout) as { id: string };
  const resumed = await session.cli(['resume', id, '--format', 'json']);
  expect({ status: resumed.status, stderr: resumed.stderr }).toEqual({ status: 0, stderr: '' });
  return id;
}

describe.concurrent('an interval checkpoint saved in the background', () => {
  it('is saved after the Stop hook returned, and the session ending at once leaves it whole', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-background', { tokens: 20_000 });
    const id = await resumedWorkflow(session);
    session.reachTokens(40_000, toolCall('Edit', { file_path: path.join(sandbox.repo.path, 'src', 'tax.ts'), old_string: 'a', new_string: 'b' }));
    expectTurnEnds(await session.hook('Stop', { stop_hook_active: false }, everyTurn));
    expectSilent(await session.hook('SessionEnd', { reason: 'prompt_input_exit' }));
    expect(fs.existsSync(mark(sandbox, session))).toBe(false);
    // saved by a process of its own (a save in the Stop's process would leave no such code)
    expect(fs.readdirSync(path.join(sandbox.runtimeDir, 'code-cache')).some((f) => f.startsWith('background-checkpoint.'))).toBe(true);
    const saved = readState(sandbox, id);
    expect(saved).toMatchObject({ status: 'paused', tokens: { context_tokens: 40_000, percent: 20 } });
    expect(saved.files_modified).toContain('src/tax.ts');
    // the lease the checkpoint renewed is released
    expect(fs.existsSync(path.join(sandbox.storeDir, id, 'lease.json'))).toBe(false);
    expect(sandbox.hookLog()).toBe('');
  });

  it("PreCompact names the workflow as it stands and saves in the background; the session's restart after the compaction gets what it saved", async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-background-compaction', { tokens: 20_000 });
    const id = await resumedWorkflow(session);
    session.reachTokens(160_000, toolCall('Edit', { file_path: path.join(sandbox.repo.path, 'src', 'parser.ts'), old_string: 'a', new_string: 'b' }));
    const pre = await session.hook('PreCompact', { trigger: 'auto' });
    expect({ status: pre.status, stderr: pre.stderr }).toEqual({ status: 0, stderr: '' });
    expect(pre.stdout).toContain(`saved workflow ${id}`);
    const after = await session.hook('SessionStart', { source: 'compact' });
    expect(after.json?.hookSpecificOutput?.additionalContext).toContain('src/parser.ts');
    expect(fs.existsSync(mark(sandbox, session))).toBe(false);
    expect(readState(sandbox, id).tokens).toMatchObject({ context_tokens: 160_000 });
    expect(sandbox.hookLog()).toBe('');
  });

  it('the session ends without it when it outlasts the wait, and says so in the hook log', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-background-stuck', { tokens: 20_000 });
    const id = await resumedWorkflow(session);
    // a save that hangs (a store on a dead network drive): its process runs on, its mark stays
    const stuck = spawn('sleep', ['30']);
    try {
      fs.mkdirSync(path.dirname(mark(sandbox, session)), { recursive: true });
      fs.writeFileSync(mark(sandbox, session), `${stuck.pid}\n`);
      expectSilent(await session.hook('SessionEnd', { reason: 'other' }));
      expect(readState(sandbox, id).status).toBe('paused');
      expect(sandbox.hookLog()).toContain(`SessionEnd: the checkpoint saving in the background (process ${stuck.pid}) was still running after 1000 ms: went on without it`);
    } finally {
      stuck.kill();
    }
  });

  it('a process started with a request that is not valid writes one line in the hook log and ends', () => {
    const sandbox = hookSandbox();
    for (const request of ['', '{"session_id":"s"', JSON.stringify({ reason: 'interval', session_id: 's', transcript_path: null, cwd: sandbox.repo.path, tokens: null, at: 'yesterday' })]) {
      const run = spawnSync(process.execPath, [path.join(PLUGIN_ROOT, 'dist', 'hooks', 'run.cjs'), 'background-checkpoint'], {
        env: isolatedEnv(sandbox.env({ WORKFLOW_BACKGROUND_CHECKPOINT: request })),
        encoding: 'utf8',
      });
      expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
    }
    const lines = sandbox.hookLog().split('\n').filter((l) => l.includes('background checkpoint: WORKFLOW_BACKGROUND_CHECKPOINT'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('WORKFLOW_BACKGROUND_CHECKPOINT is not a JSON object');
    expect(lines[2]).toContain('WORKFLOW_BACKGROUND_CHECKPOINT field "at" Invalid ISO datetime');
  });
});

// One at a time: a saver that takes 0.9 s, then takes its mark away. What saves next must find it
// done when it returns; without the wait, each of these hooks returns well within that time.
describe('what saves the workflow next waits for it', () => {
  it.each([
    ['SessionEnd', 'SessionEnd', { reason: 'other' }, 20_000],
    ['PreCompact', 'PreCompact', { trigger: 'manual' }, 20_000],
    ['a Stop at a milestone', 'Stop', { stop_hook_active: false }, 105_000],
    ['SessionStart after a compaction', 'SessionStart', { source: 'compact' }, 20_000],
    ['PostCompact', 'PostCompact', { trigger: 'auto', compact_summary: 'The tax code is next.' }, 20_000],
  ] as const)('%s waits for it before saving', async (name, event, fields, tokens) => {
    const sandbox = hookSandbox();
    const session = sandbox.session(`sess-wait-${name.replace(/\W+/g, '-')}`, { tokens: 20_000 });
    await resumedWorkflow(session);
    session.reachTokens(tokens);
    const done = path.join(sandbox.runtimeDir, 'saved');
    fs.mkdirSync(path.dirname(mark(sandbox, session)), { recursive: true });
    const saver = spawn('sh', ['-c', 'sleep 0.9; : > "$1"; rm -f "$2"', 'sh', done, mark(sandbox, session)]);
    fs.writeFileSync(mark(sandbox, session), `${saver.pid}\n`);
    const run = await session.hook(event, fields);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fs.existsSync(done), name).toBe(true);
    expect(sandbox.hookLog()).toBe('');
  });
});
