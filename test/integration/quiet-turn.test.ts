// The quiet-turn check in front of Stop and UserPromptSubmit, with the hooks run as Claude Code
// runs them. To see which way a turn went, the same hooks also run from a copy of the plugin
// without the hook's own code (dist/hooks/lazy/turn-hook.cjs): a turn the check shows quiet prints
// nothing there; any other reaches for the missing file and says the plugin needs reinstalling.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLUGIN_ROOT } from '../helpers/cli.ts';
import { cleanupTempDirs, listFiles, tempDir } from '../helpers/repo.ts';
import { hookSandbox, type HookRun, type HookSandbox, type Session } from '../helpers/hook-sandbox.ts';
import { addSessionNotice } from '../../scripts/core/runtime/session-notices.ts';

afterAll(cleanupTempDirs);

let checkOnly = '';
beforeAll(() => {
  checkOnly = path.join(tempDir('wf-check-only-'), 'workflow');
  fs.cpSync(PLUGIN_ROOT, checkOnly, { recursive: true });
  fs.rmSync(path.join(checkOnly, 'dist', 'hooks', 'lazy', 'turn-hook.cjs'));
});

const wentToTheHook = (run: HookRun) => {
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  expect(run.json?.systemMessage).toMatch(/^workflow: (Stop|UserPromptSubmit) hook skipped \(.*\); reinstall the plugin$/);
};
const quiet = (run: HookRun) => expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });

/** Every file under the runtime folder and the store, with what a write changes. */
function snapshot(sandbox: HookSandbox): string[] {
  const under = (dir: string) =>
    fs.existsSync(dir)
      ? listFiles(dir).map((f) => {
          const stat = fs.lstatSync(path.join(dir, f));
          return `${dir}/${f} ${stat.ino} ${stat.size} ${stat.mtimeMs}`;
        })
      : [];
  return [...under(sandbox.runtimeDir), ...under(sandbox.storeDir)].filter((line) => !line.includes(`${path.sep}code-cache${path.sep}`));
}

const PROMPT = { prompt: 'go on with the parser' };

/** The session's Stop through the whole hook, as `claude-workflow hook stop` runs it from a terminal. */
async function stopThroughHook(sandbox: HookSandbox, session: Session): Promise<HookRun> {
  const run = await sandbox.cli(['hook', 'stop'], { input: JSON.stringify({ session_id: session.id, transcript_path: session.transcriptPath, cwd: sandbox.repo.path, hook_event_name: 'Stop', last_assistant_message: 'Done.' }) });
  return { ...run, json: run.stdout.trimStart().startsWith('{') ? (JSON.parse(run.stdout) as HookRun['json']) : null };
}

/** A session at 30 % of a 200K window whose turn was taken once by the whole hook (which keeps the memo). */
async function settled(env: NodeJS.ProcessEnv = {}): Promise<{ sandbox: HookSandbox; session: Session }> {
  const sandbox = hookSandbox();
  const session = sandbox.session('quiet-1', { tokens: 60_000 });
  expect((await session.hook('SessionStart', { source: 'startup', model: 'claude-opus-4-6' }, env)).status).toBe(0);
  quiet(await session.hook('UserPromptSubmit', PROMPT, env));
  quiet(await session.hook('Stop', {}, env));
  // the interval checkpoint the first Stop left to a process of its own
  await session.backgroundSave();
  return { sandbox, session };
}

describe.concurrent('a quiet turn', () => {
  it('is told without the hook once a turn has kept the memo, and writes nothing', async () => {
    const { sandbox, session } = await settled();
    expect(fs.existsSync(path.join(sandbox.runtimeDir, 'sessions', 'quiet-1.turn.json'))).toBe(true);
    const before = snapshot(sandbox);
    quiet(await session.hook('UserPromptSubmit', PROMPT, {}, checkOnly));
    quiet(await session.hook('Stop', {}, {}, checkOnly));
    session.append([{ type: 'user', message: { role: 'user', content: 'and the tests' } }]);
    session.reachTokens(61_000);
    quiet(await session.hook('UserPromptSubmit', PROMPT, {}, checkOnly));
    expect(snapshot(sandbox)).toEqual(before);
    // the whole hook, from the terminal, finds the same turn quiet
    const whole = await sandbox.cli(['hook', 'user-prompt-submit'], { input: JSON.stringify({ session_id: 'quiet-1', transcript_path: session.transcriptPath, cwd: sandbox.repo.path, hook_event_name: 'UserPromptSubmit', ...PROMPT }) });
    expect({ status: whole.status, stdout: whole.stdout }).toEqual({ status: 0, stdout: '' });
  });

  it('goes to the hook before any turn kept a memo', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('quiet-2', { tokens: 60_000 });
    wentToTheHook(await session.hook('UserPromptSubmit', PROMPT, {}, checkOnly));
    wentToTheHook(await session.hook('Stop', {}, {}, checkOnly));
  });

  it('leaves Claude going on after a Stop hook asked it to without the hook (nothing to say then)', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('quiet-3', { tokens: 60_000 });
    quiet(await session.hook('Stop', { stop_hook_active: true }, {}, checkOnly));
  });

  it.each<[string, (s: { sandbox: HookSandbox; session: Session }) => void, ('UserPromptSubmit' | 'Stop')[]]>([
    ['the project config appears', ({ sandbox }) => {
      fs.mkdirSync(path.join(sandbox.repo.path, '.claude'), { recursive: true });
      fs.writeFileSync(path.join(sandbox.repo.path, '.claude', 'workflow.json'), '{"checkpoint_interval_minutes":30}');
    }, ['UserPromptSubmit', 'Stop']],
    ["the user's settings change", ({ sandbox }) => {
      fs.mkdirSync(path.join(sandbox.home, '.claude'), { recursive: true });
      fs.writeFileSync(path.join(sandbox.home, '.claude', 'settings.json'), '{"model":"opus[1m]"}');
    }, ['UserPromptSubmit', 'Stop']],
    ['a notice waits for the session', ({ sandbox }) => addSessionNotice(sandbox.env(), 'quiet-1', 'Workflow wf-1 was taken over.'), ['UserPromptSubmit', 'Stop']],
    ['the transcript crosses a milestone', ({ session }) => session.reachTokens(105_000), ['UserPromptSubmit', 'Stop']],
    ["the status line's figures cross one", ({ sandbox }) => {
      const record = { at: new Date().toISOString(), used_percentage: 52, context_window_size: 200_000, model: 'claude-opus-4-6' };
      fs.writeFileSync(path.join(sandbox.runtimeDir, 'sessions', 'quiet-1.statusline.json'), JSON.stringify(record));
    }, ['UserPromptSubmit', 'Stop']],
    ['another model answered (a /model switch)', ({ session }) => session.append([{ ...contextOf(session), message: { role: 'assistant', model: 'claude-sonnet-4-6', content: 'ok', usage: { input_tokens: 10, cache_creation_input_tokens: 0, cache_read_input_tokens: 60_000 } } }]), ['UserPromptSubmit', 'Stop']],
    ['the prompt asks for a handoff', () => {}, ['UserPromptSubmit']],
    ['a notice for Claude was kept back by Stop', ({ sandbox }) => {
      const file = path.join(sandbox.runtimeDir, 'sessions', 'quiet-1.json');
      fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), pending_notice: 'Context at 50%.' }));
    }, ['UserPromptSubmit']],
    ['the bookkeeping is unreadable', ({ sandbox }) => fs.writeFileSync(path.join(sandbox.runtimeDir, 'sessions', 'quiet-1.json'), '{"announced":"no"}'), ['UserPromptSubmit', 'Stop']],
    ['the reply Stop was told of never reaches the transcript (after waiting for it, as the hook does)', ({ session }) => session.append([{ type: 'user', message: { role: 'user', content: 'and the tests' } }]), ['Stop']],
  ])('goes to the hook when %s', async (name, change, events) => {
    const settledSession = await settled();
    change(settledSession);
    const { session } = settledSession;
    for (const event of events) {
      const fields = event === 'Stop' ? { last_assistant_message: 'Done.' } : name.includes('handoff') ? { prompt: 'please hand off now' } : PROMPT;
      wentToTheHook(await session.hook(event, fields, {}, checkOnly));
    }
  });

  it('waits for the reply Stop was told of, as the hook does, and ends quiet once it is written', async () => {
    const { session } = await settled();
    session.append([{ type: 'user', message: { role: 'user', content: 'and the tests' } }]);
    // Claude Code writes the reply a moment after it started Stop
    const late = setTimeout(() => session.reachTokens(61_000), 300);
    const started = Date.now();
    try {
      quiet(await session.hook('Stop', { last_assistant_message: 'Done.' }, {}, checkOnly));
    } finally {
      clearTimeout(late);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  // 2.1.332 writes the reply after it starts Stop on about one turn in five: a reply that cannot
  // cross anything is not waited for. Here it never comes, so a wait would show: 2 s, then the
  // check hands the turn to the hook, which logs it.
  it.each<[string, number, boolean]>([
    ['does not wait for a reply that cannot reach a milestone (250K of 1M)', 250_000, false],
    ['waits for a reply that could reach 50 % (400K of 1M)', 400_000, true],
  ])('%s, in the check and in the hook alike', async (_name, tokens, waits) => {
    const { sandbox, session } = await settled();
    session.reachTokens(tokens);
    quiet(await session.hook('Stop', { last_assistant_message: 'Done.' }));
    session.append([{ type: 'user', message: { role: 'user', content: 'and the tests' } }]);
    const check = await session.hook('Stop', { last_assistant_message: 'Done.' }, {}, checkOnly);
    if (waits) wentToTheHook(check);
    else quiet(check);
    quiet(await stopThroughHook(sandbox, session));
    const logged = sandbox.hookLog().match(/the reply Claude Code announced was not in/g) ?? [];
    expect(logged).toHaveLength(waits ? 1 : 0);
  });

  it('hands a due interval checkpoint to a process of its own without the hook, and records it as the hook does', async () => {
    // the same turn twice: through the check alone (the copy without the hook), and through the
    // whole hook from the terminal, which saves it in its own process
    const outcomes = [];
    for (const throughHook of [false, true]) {
      const { sandbox, session } = await settled();
      const bookkeeping = path.join(sandbox.runtimeDir, 'sessions', 'quiet-1.json');
      fs.writeFileSync(bookkeeping, JSON.stringify({ ...JSON.parse(fs.readFileSync(bookkeeping, 'utf8')), last_checkpoint_at: '2026-01-01T00:00:00.000Z' }));
      session.reachTokens(61_000);
      const started = Date.now();
      quiet(throughHook ? await stopThroughHook(sandbox, session) : await session.hook('Stop', { last_assistant_message: 'Done.' }, {}, checkOnly));
      await session.backgroundSave();
      const { last_checkpoint_at, checkpoint_transcript_size, ...rest } = JSON.parse(fs.readFileSync(bookkeeping, 'utf8')) as { last_checkpoint_at: string; checkpoint_transcript_size: number };
      // recorded now, with the transcript's size (each sandbox's own): the next turn is quiet again
      expect(Date.parse(last_checkpoint_at)).toBeGreaterThanOrEqual(started - 1_000);
      expect(checkpoint_transcript_size).toBe(fs.statSync(session.transcriptPath).size);
      quiet(await session.hook('Stop', { last_assistant_message: 'Done.' }, {}, checkOnly));
      const capture = JSON.parse(fs.readFileSync(path.join(sandbox.runtimeDir, 'sessions', 'quiet-1.capture.json'), 'utf8')) as Record<string, unknown>;
      outcomes.push({ rest, files: fs.readdirSync(path.join(sandbox.runtimeDir, 'sessions')).sort(), captured: Object.keys(capture).sort(), log: sandbox.hookLog() });
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
  });

  // a folder nobody may add to, root included: the bookkeeping is read but cannot be written
  const canFreeze = (() => {
    const dir = tempDir('wf-freeze-');
    const frozen = spawnSync('chattr', ['+i', dir]).status === 0;
    if (frozen) spawnSync('chattr', ['-i', dir]);
    return frozen;
  })();

  it.skipIf(!canFreeze)('tells the user, as the hook does, when a due interval checkpoint cannot be recorded (exit 0)', async () => {
    const messages = [];
    for (const throughHook of [false, true]) {
      const { sandbox, session } = await settled();
      const sessions = path.join(sandbox.runtimeDir, 'sessions');
      const bookkeeping = path.join(sessions, 'quiet-1.json');
      fs.writeFileSync(bookkeeping, JSON.stringify({ ...JSON.parse(fs.readFileSync(bookkeeping, 'utf8')), last_checkpoint_at: '2026-01-01T00:00:00.000Z' }));
      session.reachTokens(61_000);
      expect(spawnSync('chattr', ['+i', sessions]).status).toBe(0);
      try {
        const run = throughHook ? await stopThroughHook(sandbox, session) : await session.hook('Stop', { last_assistant_message: 'Done.' }, {}, checkOnly);
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
        messages.push(run.json?.systemMessage?.replaceAll(path.dirname(sandbox.runtimeDir), '<sandbox>').replace(/tmp-\d+-\d+/, 'tmp-<pid>-<n>'));
      } finally {
        spawnSync('chattr', ['-i', sessions]);
      }
      await session.backgroundSave();
    }
    expect(messages[0]).toBe("workflow: Stop hook skipped (EPERM: operation not permitted, open '<sandbox>/runtime/sessions/quiet-1.json.tmp-<pid>-<n>'); details in <sandbox>/logs/hooks.log");
    expect(messages[1]).toBe(messages[0]);
  });

  it.each(['WORKFLOW_MODE', 'CLAUDE_PLUGIN_OPTION_MILESTONES', 'CLAUDE_CONFIG_DIR'])('goes to the hook when %s is set', async (name) => {
    const { session } = await settled();
    wentToTheHook(await session.hook('UserPromptSubmit', PROMPT, { [name]: name === 'CLAUDE_PLUGIN_OPTION_MILESTONES' ? '0.4,0.6' : name === 'WORKFLOW_MODE' ? 'auto' : tempDir() }, checkOnly));
  });

  it('goes to the hook with input it cannot read, which tells the user', async () => {
    const { sandbox } = await settled();
    wentToTheHook(await sandbox.hookRaw('stop', '{"session_id": 7', {}, checkOnly));
    const whole = await sandbox.hookRaw('stop', '{"session_id": 7');
    expect(whole.json?.systemMessage).toMatch(/^workflow: Stop hook skipped \(hook input is not JSON\)/);
  });
});

function contextOf(session: Session): Record<string, unknown> {
  return { type: 'assistant', isSidechain: false, sessionId: session.id, version: '2.1.332', uuid: `u-${Date.now()}` };
}
