// The automatic-continuity hooks as Claude Code runs them: `node dist/cli.cjs hook <event>` child
// processes with the hook JSON on stdin, in a real git repository, reading real transcript JSONL
// files whose `message.usage` figures set the context level.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { HOOK_ARG, HOOK_EVENTS, contextLine, hookSandbox, toolCall, type HookEvent, type HookRun, type HookSandbox, type Session } from '../helpers/hook-sandbox.ts';
import { cleanupTempDirs, listFiles } from '../helpers/repo.ts';
import { assistant, userPrompt } from '../helpers/transcript-fixtures.ts';

// tests run concurrently, each in its own sandbox: the temp dirs go when the file is done
afterAll(cleanupTempDirs);

interface HistoryLine {
  at: string;
  event: string;
  summary: string;
  session_id: string | null;
}

function workflowIds(sandbox: HookSandbox): string[] {
  if (!fs.existsSync(sandbox.storeDir)) return [];
  return fs
    .readdirSync(sandbox.storeDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function onlyWorkflow(sandbox: HookSandbox): string {
  const ids = workflowIds(sandbox);
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
}

function stateFile(sandbox: HookSandbox, id: string): string {
  return path.join(sandbox.storeDir, id, 'state.json');
}

function readState(sandbox: HookSandbox, id: string): WorkflowState {
  const { checksum: _checksum, ...state } = JSON.parse(fs.readFileSync(stateFile(sandbox, id), 'utf8')) as WorkflowState & { checksum: string };
  return state;
}

function history(sandbox: HookSandbox, id: string): HistoryLine[] {
  const file = path.join(sandbox.storeDir, id, 'history.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as HistoryLine);
}

/** exit 0, nothing on stdout or stderr */
function expectSilent(run: HookRun): void {
  expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
}

/** exit 0, one JSON document on stdout, nothing on stderr */
function expectJson(run: HookRun): NonNullable<HookRun['json']> {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  expect(run.json).not.toBeNull();
  return run.json ?? {};
}

function snapshot(file: string): { text: string; mtimeMs: number } {
  return { text: fs.readFileSync(file, 'utf8'), mtimeMs: fs.statSync(file).mtimeMs };
}

const DECISION = 'Keep amounts in integer cents';
const BLOCKER = 'Waiting for the tax API keys';
const NEXT = 'Move the tax code into src/tax.ts';

/** A workflow saved by `handoff` from inside the session (so bound to it), optionally resumed: active. */
async function boundWorkflow(session: Session, options: { resume: boolean }): Promise<string> {
  const saved = await session.cli([
    'handoff', '--format', 'json',
    '--task', 'Refactor billing',
    '--summary', 'Invoice model split; tax code next.',
    '--phase', '2: Implementation',
    '--next', NEXT,
    '--decision', DECISION,
    '--blocker', BLOCKER,
  ]);
  expect({ status: saved.status, stderr: saved.stderr }).toEqual({ status: 0, stderr: '' });
  const { id, state } = JSON.parse(saved.stdout) as { id: string; state: WorkflowState };
  expect(state.session.id).toBe(session.id);
  if (options.resume) {
    const resumed = await session.cli(['resume', id, '--format', 'json']);
    expect({ status: resumed.status, stderr: resumed.stderr }).toEqual({ status: 0, stderr: '' });
    expect((JSON.parse(resumed.stdout) as { state: WorkflowState }).state).toMatchObject({ status: 'active', session: { id: session.id } });
  }
  return id;
}

describe.concurrent('UserPromptSubmit and Stop: context milestones', () => {
  it('below every threshold: prints nothing and writes nothing in the project', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-quiet', { tokens: 60_000 });
    expectSilent(await session.hook('UserPromptSubmit', { prompt: 'Refactor billing' }));
    expectSilent(await session.hook('Stop', { stop_hook_active: false }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);
    expect(sandbox.repo.git('status', '--porcelain')).toBe('');
  });

  it('a short session (several prompts and stops, checkpoints due) leaves nothing in the project', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-short');
    const everyTurn = { WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0' };
    for (const [i, tokens] of [20_000, 45_000, 70_000, 95_000].entries()) {
      session.append([userPrompt(`step ${i}`)]);
      expectSilent(await session.hook('UserPromptSubmit', { prompt: `step ${i}` }, everyTurn));
      session.reachTokens(tokens, toolCall('Edit', { file_path: path.join(sandbox.repo.path, 'README.md'), old_string: '#', new_string: '##' }));
      expectSilent(await session.hook('Stop', {}, everyTurn));
    }
    expectSilent(await session.hook('SessionEnd', { reason: 'prompt_input_exit' }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);
  });

  it('announces 50 % once (prompt, then not again on the next prompt or Stop), then 75 % and 90 % naming /workflow:handoff', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-milestones', { tokens: 105_000 });

    const fifty = expectJson(await session.hook('UserPromptSubmit', { prompt: 'continue' }));
    expect(fifty.systemMessage).toContain('52.5% (105K of 200K tokens)');
    expect(fifty.systemMessage).not.toContain('/workflow:handoff');
    expect(fifty.hookSpecificOutput?.hookEventName).toBe('UserPromptSubmit');
    expect(fifty.hookSpecificOutput?.additionalContext).toContain('52.5%');
    expect(fifty.hookSpecificOutput?.additionalContext).not.toContain('/workflow:handoff');

    // the same level: not announced again, on the next prompt nor on Stop
    expectSilent(await session.hook('UserPromptSubmit', { prompt: 'and the next file' }));
    expectSilent(await session.hook('Stop', { stop_hook_active: false }));
    const id = onlyWorkflow(sandbox); // created at the first milestone

    session.reachTokens(152_000);
    const handoff = expectJson(await session.hook('Stop', { stop_hook_active: false }));
    expect(handoff.decision).toBeUndefined(); // suggest mode never blocks
    expect(handoff.systemMessage).toContain('76%');
    expect(handoff.systemMessage).toContain('/workflow:handoff');
    expect(handoff.systemMessage).toContain(id);
    // Stop's additionalContext would make Claude Code call the model again at once: Claude hears
    // it with the next prompt instead, once
    expect(handoff.hookSpecificOutput).toBeUndefined();
    const delivered = expectJson(await session.hook('UserPromptSubmit', { prompt: 'go on' }));
    expect(delivered.systemMessage).toBeUndefined();
    expect(delivered.hookSpecificOutput?.additionalContext).toContain('/workflow:handoff');
    expect(delivered.hookSpecificOutput?.additionalContext).toContain('Do not stop the current task');
    expectSilent(await session.hook('UserPromptSubmit', { prompt: 'go on' }));

    session.reachTokens(165_000); // 90 % of 200K fires before auto-compaction at 167K
    const ninety = expectJson(await session.hook('UserPromptSubmit', { prompt: 'go on' }));
    expect(ninety.systemMessage).toContain('82.5%');
    expect(ninety.systemMessage).toContain('/workflow:handoff');
    expectSilent(await session.hook('Stop', {}));
  });

  it('prefers the fresh figure the status line recorded, and ignores a stale one', async () => {
    const sandbox = hookSandbox();
    const fresh = sandbox.session('sess-fresh', { tokens: 20_000 });
    const statusline = (sessionId: string) =>
      JSON.stringify({ session_id: sessionId, cwd: sandbox.repo.path, context_window: { used_percentage: 80, context_window_size: 200_000 } });
    expect((await sandbox.cli(['statusline'], { input: statusline(fresh.id) })).status).toBe(0);
    const notice = expectJson(await fresh.hook('UserPromptSubmit', { prompt: 'go on' }));
    expect(notice.systemMessage).toContain('80% (160K of 200K tokens)');

    const stale = sandbox.session('sess-stale', { tokens: 20_000 });
    const record = path.join(sandbox.runtimeDir, 'sessions', `${stale.id}.statusline.json`);
    fs.writeFileSync(record, JSON.stringify({ at: new Date(Date.now() - 120_000).toISOString(), used_percentage: 80, context_window_size: 200_000, model: null }));
    expectSilent(await stale.hook('UserPromptSubmit', { prompt: 'go on' }));
  });

  it('a handoff or resume phrase gets a one-line pointer even below the thresholds', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-phrase', { tokens: 20_000 });
    const handoff = expectJson(await session.hook('UserPromptSubmit', { prompt: "ok let's hand off, I'm done for today" }));
    expect(handoff.systemMessage).toBeUndefined();
    expect(handoff.hookSpecificOutput?.hookEventName).toBe('UserPromptSubmit');
    expect(handoff.hookSpecificOutput?.additionalContext).toContain('/workflow:handoff');
    expect(handoff.hookSpecificOutput?.additionalContext.split('\n')).toHaveLength(1);

    const resume = expectJson(await session.hook('UserPromptSubmit', { prompt: 'continue where we left off' }));
    expect(resume.hookSpecificOutput?.additionalContext).toContain('/workflow:resume');
    expect(resume.hookSpecificOutput?.additionalContext.split('\n')).toHaveLength(1);

    expectSilent(await session.hook('UserPromptSubmit', { prompt: '/workflow:handoff' }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);
  });

  it('a phrase at a milestone: the notice and the pointer, one line each', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-phrase-milestone', { tokens: 105_000 });
    const both = expectJson(await session.hook('UserPromptSubmit', { prompt: 'save state please' }));
    const lines = both.hookSpecificOutput?.additionalContext.split('\n') ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('52.5%');
    expect(lines[1]).toContain('/workflow:handoff');
  });
});

describe.concurrent('automatic workflow', () => {
  // Claude Code runs Stop now and then before the reply it names is in the transcript (measured on
  // 2.1.197 and 2.1.332): the hook waits for it instead of measuring the turn before
  it('Stop waits for the announced reply that is not written yet, then measures and saves with it', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-late-reply', { prompt: 'Build the CSV parser' });
    const running = session.hook('Stop', { stop_hook_active: false, last_assistant_message: 'Parser started.' });
    // late enough that the hook has read the transcript, well inside the hook's wait
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    session.append([contextLine(105_000, { content: 'Parser started.' })]);
    const run = expectJson(await running);
    expect(run.systemMessage).toContain('52.5% (105K of 200K tokens)');
    const id = onlyWorkflow(sandbox);
    expect(run.systemMessage).toContain(`Workflow ${id} was created automatically for this session.`);
    expect(readState(sandbox, id).tokens).toMatchObject({ context_tokens: 105_000 });
    expect(sandbox.hookLog()).toBe('');
  });

  // A session's first turn as 2.1.197 wrote it in the interactive UI, in about half of the runs
  // measured: the reply's line first, then the prompt and its attachments, which the reply answers
  // (its parentUuid is the last attachment). The reply is there: nothing to wait for.
  it('Stop finds the reply written before the prompt it answers, and neither waits for it nor logs it late', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-reply-first', { prompt: 'Build the CSV parser' });
    const prompt = userPrompt('Build the CSV parser', { uuid: 'prompt-1' });
    const attachments = [
      { type: 'attachment', uuid: 'attachment-1', parentUuid: 'prompt-1', isSidechain: false, attachment: { type: 'skill_listing' } },
      { type: 'attachment', uuid: 'attachment-2', parentUuid: 'attachment-1', isSidechain: false, attachment: { type: 'deferred_tools_delta' } },
    ];
    const reply = { ...contextLine(105_000, { content: 'Parser started.' }), parentUuid: 'attachment-2' };
    const lines = [{ type: 'mode', mode: 'normal' }, { type: 'permission-mode', permissionMode: 'default' }, reply, { type: 'file-history-snapshot', snapshot: {} }, prompt, ...attachments];
    fs.writeFileSync(session.transcriptPath, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const run = expectJson(await session.hook('Stop', { stop_hook_active: false, last_assistant_message: 'Parser started.' }));
    expect(run.systemMessage).toContain(`Workflow ${onlyWorkflow(sandbox)} was created automatically for this session.`);
    expect(sandbox.hookLog()).toBe('');
  });

  // In the terminal UI, 2.1.197 starts a session's first Stop now and then while it is still
  // creating the transcript (measured: missing 4–6 ms into Stop, written 10–50 ms later)
  it.each([
    ['not created yet', (file: string) => fs.rmSync(file)],
    ['created but still empty', (file: string) => fs.writeFileSync(file, '')],
  ])('in the terminal UI, Stop waits for a transcript %s, then measures the reply in it', async (_how, unwrite) => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-first-turn', { prompt: 'Build the CSV parser' });
    unwrite(session.transcriptPath);
    const running = session.hook('Stop', { stop_hook_active: false, last_assistant_message: 'Parser started.' }, { CLAUDE_CODE_ENTRYPOINT: 'cli' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    session.append([userPrompt('Build the CSV parser'), contextLine(105_000, { content: 'Parser started.' })]);
    const run = expectJson(await running);
    expect(run.systemMessage).toContain(`Workflow ${onlyWorkflow(sandbox)} was created automatically for this session.`);
    expect(sandbox.hookLog()).toBe('');
  });

  it('a transcript that never comes is waited for once in a session, and never in print mode or the SDKs', async () => {
    const sandbox = hookSandbox();
    const bookkeeping = (id: string) => JSON.parse(fs.readFileSync(path.join(sandbox.runtimeDir, 'sessions', `${id}.json`), 'utf8')) as { transcript_absent: boolean };
    // no transcript is written (one Claude Code cannot write)
    const session = sandbox.session('sess-no-transcript');
    fs.rmSync(session.transcriptPath);
    const stop = () => session.hook('Stop', { stop_hook_active: false, last_assistant_message: 'Done.' }, { CLAUDE_CODE_ENTRYPOINT: 'cli' });
    expectSilent(await stop());
    expect(sandbox.hookLog()).toMatch(/context: no transcript at .*sess-no-transcript\.jsonl after 2000 ms: not waited for again in this session\n$/);
    expect(bookkeeping('sess-no-transcript').transcript_absent).toBe(true);
    const logged = sandbox.hookLog();
    expectSilent(await stop());
    expect(sandbox.hookLog()).toBe(logged);
    // print mode with --no-session-persistence names a transcript it never writes (both versions)
    for (const entrypoint of ['sdk-cli', 'sdk-ts', undefined]) {
      const printed = sandbox.session(`sess-print-${entrypoint ?? 'unnamed'}`);
      fs.rmSync(printed.transcriptPath);
      expectSilent(await printed.hook('Stop', { stop_hook_active: false, last_assistant_message: 'Done.' }, entrypoint ? { CLAUDE_CODE_ENTRYPOINT: entrypoint } : {}));
    }
    expect(sandbox.hookLog()).toBe(logged);
  });

  it('Stop measures what is there when the announced reply never comes, and says why in the log', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-no-reply', { tokens: 105_000 });
    session.append([userPrompt('and the next file')]);
    expectJson(await session.hook('Stop', { stop_hook_active: false, last_assistant_message: 'Done.' }));
    expect(sandbox.hookLog()).toMatch(/context: the reply Claude Code announced was not in .*sess-no-reply.* after 2000 ms: measured what was there/);
    // without an announced reply (older input, or a turn with none) nothing is awaited
    session.append([userPrompt('one more')]);
    const before = sandbox.hookLog();
    expectSilent(await session.hook('Stop', { stop_hook_active: false }));
    expect(sandbox.hookLog()).toBe(before);
  });

  it('the first milestone creates one for a session without a workflow, named from its first request', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-auto', { prompt: 'Set up the repository', tokens: 30_000 });
    session.append([userPrompt('Refactor billing'), assistant('Reading the code.', { usage: null })]);
    session.reachTokens(105_000);
    const run = expectJson(await session.hook('UserPromptSubmit', { prompt: 'keep going' }));
    expect(run.systemMessage).toContain('52.5%');

    const id = onlyWorkflow(sandbox);
    expect(run.systemMessage).toContain(`Workflow ${id} was created automatically for this session.`);
    // "keep going" and later requests are not what the session is about
    expect(id).toMatch(/^set-up-the-repository-\d{8}-\d{6}$/);
    const state = readState(sandbox, id);
    expect(state).toMatchObject({
      automatic: true,
      status: 'active',
      task: { description: 'Set up the repository' },
      session_facts: { first_request: 'Set up the repository', last_request: 'Refactor billing' },
      session: { id: session.id, transcript_path: session.transcriptPath },
      tokens: { context_tokens: 105_000, context_window: 200_000, percent: 52.5 },
      git: { branch: 'main', commit: sandbox.repo.head() },
    });
    const lines = history(sandbox, id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ event: 'checkpoint', session_id: session.id });
    expect(lines[0]?.summary).toContain('created automatically');
    // the store ignores itself: the work tree stays clean
    expect(sandbox.repo.git('status', '--porcelain')).toBe('');
  });

  it('without CLAUDE_PROJECT_DIR, from a subdirectory: the workflow goes to the git top level', async () => {
    const sandbox = hookSandbox();
    sandbox.repo.write('src/app/index.ts', 'export {};\n');
    const session = sandbox.session('sess-subdir', { tokens: 105_000 });
    const input = { session_id: session.id, transcript_path: session.transcriptPath, cwd: path.join(sandbox.repo.path, 'src', 'app'), hook_event_name: 'UserPromptSubmit', prompt: 'go on' };
    expectJson(await sandbox.hookRaw('user-prompt-submit', JSON.stringify(input), { CLAUDE_PROJECT_DIR: '' }));
    expect(readState(sandbox, onlyWorkflow(sandbox)).project.path).toBe(sandbox.repo.path);
    expect(fs.existsSync(path.join(sandbox.repo.path, 'src', 'app', '.claude'))).toBe(false);
  });

  it('hooks of one session running at once make one automatic workflow, announced once', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-race', { prompt: 'Port the billing module', tokens: 105_000 });
    // a Stop, the next prompt's UserPromptSubmit and PreCompacts, all started together
    const runs = await Promise.all([
      session.hook('Stop', {}),
      session.hook('UserPromptSubmit', { prompt: 'go on' }),
      ...Array.from({ length: 4 }, () => session.hook('PreCompact', { trigger: 'auto', custom_instructions: null })),
    ]);
    for (const run of runs) expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const id = onlyWorkflow(sandbox);
    expect(readState(sandbox, id)).toMatchObject({ automatic: true, task: { description: 'Port the billing module' }, session: { id: session.id } });
    expect(history(sandbox, id).filter((line) => line.summary.includes('created automatically'))).toHaveLength(1);
    const announced = runs.map((run) => run.json?.systemMessage ?? '').filter((message) => message.includes('was created automatically'));
    expect(announced.length).toBeLessThanOrEqual(1);
  });

  it("never shadows the user's handoff: SessionStart and a bare resume pick the handoff and name the automatic one", async () => {
    const sandbox = hookSandbox();
    const earlier = sandbox.session('sess-user');
    const saved = await earlier.cli(['handoff', '--format', 'json', '--task', 'Refactor billing', '--summary', 'Invoice model split.', '--next', NEXT]);
    expect({ status: saved.status, stderr: saved.stderr }).toEqual({ status: 0, stderr: '' });
    const userId = (JSON.parse(saved.stdout) as { id: string }).id;
    // a later, unrelated long session gets an automatic workflow: the most recently updated one
    const later = sandbox.session('sess-later', { prompt: 'Look into the flaky login test', tokens: 105_000 });
    expectJson(await later.hook('Stop', {}));
    const autoId = workflowIds(sandbox).find((id) => id !== userId) ?? '';
    expect(readState(sandbox, autoId)).toMatchObject({ automatic: true });
    expect(readState(sandbox, autoId).updated_at > readState(sandbox, userId).updated_at).toBe(true);

    const next = sandbox.session('sess-next');
    const start = expectJson(await next.hook('SessionStart', { source: 'startup' }));
    expect(start.systemMessage).toContain(`/workflow:resume ${userId} to pick it up · automatic workflow ${autoId} also saved (`);
    expect(start.hookSpecificOutput?.additionalContext).toContain(`Also saved: automatic workflow ${autoId} ("Look into the flaky login test"`);

    const resumed = await next.cli(['resume']);
    expect({ status: resumed.status, stderr: resumed.stderr }).toEqual({ status: 0, stderr: '' });
    expect(resumed.stdout).toContain(`# Resuming workflow ${userId}`);
    expect(resumed.stdout).toContain(`Also saved: automatic workflow ${autoId} ("Look into the flaky login test", `);
    expect(resumed.stdout).toContain(`/workflow:resume ${autoId} picks that one instead.`);
    // named, it is resumed like any other
    const named = await sandbox.session('sess-other').cli(['resume', autoId, '--format', 'json']);
    expect(JSON.parse(named.stdout)).toMatchObject({ id: autoId, also_automatic: null });
  });

  it('with WORKFLOW_AUTO_CREATE=0 the milestone is announced and nothing is created', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-no-auto', { tokens: 105_000 });
    const run = expectJson(await session.hook('UserPromptSubmit', { prompt: 'go on' }, { WORKFLOW_AUTO_CREATE: '0' }));
    expect(run.systemMessage).toContain('52.5%');
    session.reachTokens(152_000);
    expectJson(await session.hook('Stop', {}, { WORKFLOW_AUTO_CREATE: '0' }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);
  });
});

describe.concurrent('Stop', () => {
  it('with stop_hook_active: true prints nothing, even when there is something to say', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-active', { tokens: 152_000 });
    const auto = { WORKFLOW_MODE: 'auto' };
    expectSilent(await session.hook('Stop', { stop_hook_active: true }, auto));
    // the same Stop without the flag: the notice and the block the first one held back
    const run = expectJson(await session.hook('Stop', { stop_hook_active: false }, auto));
    expect(run.decision).toBe('block');
  });

  it('checkpoints the session workflow: git, todos, files and tokens; not again before the interval', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-checkpoint', { tokens: 20_000 });
    const id = await boundWorkflow(session, { resume: true });
    const afterResume = readState(sandbox, id);
    expect(afterResume.todos).toEqual({ active: [], completed: [] });

    // work after the resume: a commit, an untracked file, a modified one, todos and edits
    const head = sandbox.repo.commit('src/tax.ts', 'export const rate = 0.2;\n', 'Add tax module');
    sandbox.repo.write('src/billing.ts', 'export {};\n');
    sandbox.repo.write('README.md', '# billing\n');
    const file = (name: string) => path.join(sandbox.repo.path, name);
    session.reachTokens(40_000, [
      ...toolCall('TodoWrite', {
        todos: [
          { content: 'Split the invoice model', status: 'completed', activeForm: 'Splitting the invoice model' },
          { content: 'Move the tax code', status: 'in_progress', activeForm: 'Moving the tax code' },
          { content: 'Update the docs', status: 'pending', activeForm: 'Updating the docs' },
        ],
      }),
      ...toolCall('Write', { file_path: file('src/tax.ts'), content: 'export const rate = 0.2;\n' }),
      ...toolCall('Edit', { file_path: file('src/billing.ts'), old_string: 'x', new_string: 'y' }),
    ]);
    const everyTurn = { WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0' };
    // the only thing said is what the resume found, once
    expect(expectJson(await session.hook('Stop', { stop_hook_active: false }, everyTurn)).systemMessage).toMatch(/^workflow: resumed [0-9a-f]{4,} /);
    // an interval checkpoint is saved by a process of its own, which the turn does not wait for
    await session.backgroundSave();

    const saved = readState(sandbox, id);
    expect(saved.status).toBe('active');
    expect(saved.git).toMatchObject({ branch: 'main', commit: head, commit_message: 'Add tax module', is_clean: false });
    expect(saved.git?.status.untracked).toEqual(['src/billing.ts']);
    expect(saved.git?.status.modified).toEqual(['README.md']);
    expect(saved.todos).toEqual({
      active: [
        { content: 'Move the tax code', status: 'in_progress' },
        { content: 'Update the docs', status: 'pending' },
      ],
      completed: [{ content: 'Split the invoice model', status: 'completed' }],
    });
    expect(saved.files_modified).toEqual(expect.arrayContaining(['src/tax.ts', 'src/billing.ts']));
    // the window and where it came from: the transcript's 200K model, as Claude Code 2.1.197 wrote it
    expect(saved.tokens).toEqual({
      context_tokens: 40_000,
      context_window: 200_000,
      percent: 20,
      window_source: 'model',
      window_certain: true,
      token_source: 'transcript',
      compaction: 'auto',
      auto_compact_at: 167_000,
    });
    // what Claude wrote is left alone
    expect(saved).toMatchObject({ decisions: [DECISION], blockers: [BLOCKER], next_steps: [NEXT], task: { description: 'Refactor billing' } });

    // the transcript grows, but with the default interval (5 min) the next Stop writes nothing
    session.reachTokens(45_000, toolCall('Edit', { file_path: file('src/invoice.ts'), old_string: 'a', new_string: 'b' }));
    const before = snapshot(stateFile(sandbox, id));
    expectSilent(await session.hook('Stop', { stop_hook_active: false }));
    expect(await session.backgroundSave()).toBe(false);
    expect(snapshot(stateFile(sandbox, id))).toEqual(before);

    // with the interval at 0 the same Stop saves the new figures
    expectSilent(await session.hook('Stop', { stop_hook_active: false }, everyTurn));
    await session.backgroundSave();
    const later = readState(sandbox, id);
    expect(later.tokens).toMatchObject({ context_tokens: 45_000, context_window: 200_000, percent: 22.5, window_source: 'model' });
    expect(later.files_modified).toContain('src/invoice.ts');

    // and an unchanged transcript is not saved again, even with the interval at 0
    const unchanged = snapshot(stateFile(sandbox, id));
    expectSilent(await session.hook('Stop', { stop_hook_active: false }, everyTurn));
    expect(snapshot(stateFile(sandbox, id))).toEqual(unchanged);
  });
});

describe.concurrent('auto mode', () => {
  it('at the handoff threshold Stop asks Claude to hand off, exactly once per session', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-auto-mode', { tokens: 105_000 });
    const auto = { WORKFLOW_MODE: 'auto' };
    // below the threshold: a notice, no block
    expectJson(await session.hook('UserPromptSubmit', { prompt: 'go on' }, auto));
    expectSilent(await session.hook('Stop', { stop_hook_active: false }, auto));
    const id = onlyWorkflow(sandbox);

    session.reachTokens(152_000);
    // the prompt hook announces the threshold; the Stop after it still asks, once
    const notice = expectJson(await session.hook('UserPromptSubmit', { prompt: 'go on' }, auto));
    expect(notice.systemMessage).toContain('/workflow:handoff');
    const block = expectJson(await session.hook('Stop', { stop_hook_active: false }, auto));
    expect(block.decision).toBe('block');
    expect(block.reason).toMatch(/handoff/);
    expect(block.reason).toContain('76%');
    expect(readState(sandbox, id).status).toBe('active'); // the auto-created workflow the handoff will update

    // Claude goes on and stops again: with the flag, and later without it: never asked again
    expectSilent(await session.hook('Stop', { stop_hook_active: true }, auto));
    expectSilent(await session.hook('Stop', { stop_hook_active: false }, auto));
    session.reachTokens(165_000);
    const ninety = expectJson(await session.hook('Stop', { stop_hook_active: false }, auto));
    expect(ninety.decision).toBeUndefined();
    expect(ninety.systemMessage).toContain('82.5%');
  });

  it('the plugin option (CLAUDE_PLUGIN_OPTION_MODE=auto) turns it on too', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-plugin-option', { tokens: 152_000 });
    const block = expectJson(await session.hook('Stop', {}, { CLAUDE_PLUGIN_OPTION_MODE: 'auto', CLAUDE_PLUGIN_ROOT: '/opt/plugins/workflow' }));
    expect(block.decision).toBe('block');
    expect(block.reason).toContain('node "/opt/plugins/workflow/dist/cli.cjs" handoff --input -');
    // this Stop crossed the threshold itself: the workflow it just created is named for the handoff
    expect(block.reason).toContain(onlyWorkflow(sandbox));
    expect(block.systemMessage).toContain('/workflow:handoff');
  });

  it('in the default suggest mode Stop never blocks', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-suggest', { tokens: 152_000 });
    const first = expectJson(await session.hook('Stop', { stop_hook_active: false }));
    expect(first.decision).toBeUndefined();
    expect(first.systemMessage).toContain('/workflow:handoff');
    session.reachTokens(165_000);
    const second = expectJson(await session.hook('Stop', { stop_hook_active: false }));
    expect(second.decision).toBeUndefined();
    expectSilent(await session.hook('Stop', { stop_hook_active: false }));
  });
});

describe.concurrent('PreCompact', () => {
  it('saves a checkpoint and prints plain-text instructions that keep the workflow', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-precompact', { tokens: 160_000 });
    const id = await boundWorkflow(session, { resume: true });
    const run = await session.hook('PreCompact', { trigger: 'auto', custom_instructions: null });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.json).toBeNull();
    expect(run.stdout.trimStart().startsWith('{')).toBe(false);
    for (const text of [id, DECISION, BLOCKER, NEXT]) expect(run.stdout).toContain(text);

    // the checkpoint is saved by a process of its own, which the compaction does not wait for
    await session.backgroundSave();
    const last = history(sandbox, id).at(-1);
    expect(last).toMatchObject({ event: 'checkpoint', session_id: session.id });
    expect(last?.summary).toContain('compaction requested');
    expect(readState(sandbox, id).tokens).toMatchObject({ context_tokens: 160_000 });
  });

  it('with no workflow creates none: Claude Code may still refuse the compaction; SessionStart(compact) creates it once it happened', async () => {
    const sandbox = hookSandbox();
    const off = sandbox.session('sess-precompact-off', { tokens: 160_000 });
    expectSilent(await off.hook('PreCompact', { trigger: 'manual' }, { WORKFLOW_AUTO_CREATE: '0' }));
    expectSilent(await off.hook('SessionStart', { source: 'compact' }, { WORKFLOW_AUTO_CREATE: '0' }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);

    // "Not enough messages to compact", an API error: Claude Code runs PreCompact, then nothing
    const session = sandbox.session('sess-precompact-new', { tokens: 160_000 });
    expectSilent(await session.hook('PreCompact', { trigger: 'manual' }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);

    // the compaction happened: Claude Code starts the session again with source compact
    const after = expectJson(await session.hook('SessionStart', { source: 'compact' }));
    const id = onlyWorkflow(sandbox);
    expect(after.systemMessage).toBe(`workflow: ${id} re-injected after compaction. Workflow ${id} was created automatically for this session.`);
    expect(after.hookSpecificOutput?.additionalContext).toContain(id);
    expect(readState(sandbox, id)).toMatchObject({ automatic: true, status: 'active', task: { description: 'Refactor billing' }, session: { id: session.id } });
    expect(history(sandbox, id).map((h) => [h.event, h.summary])).toEqual([['checkpoint', 'workflow created automatically after Claude Code compacted the session']]);
    // the next compaction finds it: PreCompact names it for the summarizer, nothing more is created
    const again = await session.hook('PreCompact', { trigger: 'auto' });
    expect(again.stdout).toContain(id);
    expect(expectJson(await session.hook('SessionStart', { source: 'compact' })).systemMessage).toBe(`workflow: ${id} re-injected after compaction`);
    expect(workflowIds(sandbox)).toEqual([id]);
  });

  it('a session only shown a workflow at its start: PreCompact asks to keep it, SessionStart(compact) gives it back, PostCompact keeps the summary for the resume', async () => {
    const sandbox = hookSandbox();
    const saved = await sandbox.cli(['handoff', '--task', 'Port the parser', '--decision', 'Use a state machine', '--next', 'Quoted fields', '--format', 'json']);
    const id = (JSON.parse(saved.stdout) as { id: string }).id;
    const session = sandbox.session('sess-shown', { tokens: 160_000 });
    expect((await session.hook('SessionStart', { source: 'startup' })).json?.hookSpecificOutput?.additionalContext).toContain(id);
    const pre = await session.hook('PreCompact', { trigger: 'manual' }, { WORKFLOW_AUTO_CREATE: '0' });
    expect(pre.stdout).toContain(`saved workflow ${id}`);
    expect(pre.stdout).toContain('Use a state machine');
    // shown to the user as it is: plain text, nothing left to substitute, no status that may be stale
    expect(pre.stdout).not.toMatch(/\u001b|\$\{|paused/);
    const after = await session.hook('SessionStart', { source: 'compact' }, { WORKFLOW_AUTO_CREATE: '0' });
    expect(after.json?.systemMessage).toBe(`workflow: ${id} re-injected after compaction`);
    expect(after.json?.hookSpecificOutput?.additionalContext).toContain('Port the parser');

    const post = await session.hook('PostCompact', { trigger: 'manual', compact_summary: 'Claude Code: the tokenizer is done; quoted fields remain.' });
    expect(post.status).toBe(0);
    expect(readState(sandbox, id)).toMatchObject({ compact_summary: { text: 'Claude Code: the tokenizer is done; quoted fields remain.' } });
    expect(history(sandbox, id).at(-1)?.summary).toBe("compacted: Claude Code's summary kept");
    const resumed = await sandbox.cli(['resume', id]);
    expect(resumed.stdout).toContain("## Claude Code's summary at the last compaction (newer than the handoff)\nClaude Code: the tokenizer is done");
  });
});

describe.concurrent('SessionStart', () => {
  it('after compaction re-injects the session workflow: id, decisions, blockers, next steps', async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-compact', { tokens: 30_000 });
    const id = await boundWorkflow(session, { resume: true });
    const run = expectJson(await session.hook('SessionStart', { source: 'compact', model: 'claude-opus-4-6' }));
    expect(run.systemMessage).toContain(id);
    expect(run.hookSpecificOutput?.hookEventName).toBe('SessionStart');
    const context = run.hookSpecificOutput?.additionalContext ?? '';
    for (const text of [id, DECISION, BLOCKER, NEXT, 'Refactor billing']) expect(context).toContain(text);
    expect(context.length).toBeLessThan(10_000);
  });

  it("after compaction in a session without a workflow (auto_create off) injects nothing, not another session's", async () => {
    const sandbox = hookSandbox();
    await boundWorkflow(sandbox.session('sess-owner'), { resume: false });
    const stranger = sandbox.session('sess-stranger', { tokens: 30_000 });
    expectSilent(await stranger.hook('SessionStart', { source: 'compact' }, { WORKFLOW_AUTO_CREATE: '0' }));
  });

  it('at startup in a project with a paused workflow gives a short summary', async () => {
    const sandbox = hookSandbox();
    const id = await boundWorkflow(sandbox.session('sess-yesterday'), { resume: false });
    const today = sandbox.session('sess-today');
    const run = expectJson(await today.hook('SessionStart', { source: 'startup' }));
    expect(run.systemMessage).toContain('Refactor billing');
    expect(run.systemMessage).toContain('paused');
    expect(run.systemMessage).toContain(`/workflow:resume ${id}`);
    expect(run.systemMessage?.split('\n')).toHaveLength(1);
    const context = run.hookSpecificOutput?.additionalContext ?? '';
    for (const text of [id, 'Refactor billing', NEXT]) expect(context).toContain(text);
    expect(context.length).toBeLessThan(3_000);
  });

  it('at startup in a project without workflows prints nothing and writes nothing there', async () => {
    const sandbox = hookSandbox();
    for (const source of ['startup', 'resume', 'clear', 'fork']) {
      expectSilent(await sandbox.session(`sess-${source}`).hook('SessionStart', { source }));
    }
    // after a compaction it would make the session's automatic workflow; not with auto_create off
    expectSilent(await sandbox.session('sess-compact').hook('SessionStart', { source: 'compact' }, { WORKFLOW_AUTO_CREATE: '0' }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);
  });

  it('a [1m] choice (ANTHROPIC_MODEL; SessionStart never shows the suffix) makes later turns measure against the 1M window', async () => {
    const sandbox = hookSandbox();
    const wide = sandbox.session('sess-1m', { tokens: 150_000 });
    const chosen = { ANTHROPIC_MODEL: 'claude-opus-4-6[1m]' };
    expectSilent(await wide.hook('SessionStart', { source: 'startup', model: 'claude-opus-4-6' }, chosen));
    const runtime = JSON.parse(fs.readFileSync(path.join(sandbox.runtimeDir, 'sessions', 'sess-1m.json'), 'utf8')) as { model: string };
    expect(runtime.model).toBe('claude-opus-4-6');
    expectSilent(await wide.hook('UserPromptSubmit', { prompt: 'go on' }, chosen)); // 15 % of 1M
    wide.reachTokens(300_000);
    expectSilent(await wide.hook('UserPromptSubmit', { prompt: 'go on' }, chosen)); // 30 %, no 90 % notice
    wide.reachTokens(520_000);
    const notice = expectJson(await wide.hook('UserPromptSubmit', { prompt: 'go on' }, chosen));
    expect(notice.systemMessage).toContain('52% (520K of 1M tokens)');
    expect(notice.systemMessage).not.toContain('/workflow:handoff');

    // the same transcript figure in a 200K session is the handoff threshold
    const narrow = hookSandbox().session('sess-200k', { tokens: 150_000 });
    expectSilent(await narrow.hook('SessionStart', { source: 'startup', model: 'claude-opus-4-6' }));
    const handoff = expectJson(await narrow.hook('UserPromptSubmit', { prompt: 'go on' }));
    expect(handoff.systemMessage).toContain('75% (150K of 200K tokens)');
    expect(handoff.systemMessage).toContain('/workflow:handoff');
  });

  it('fork and sources a later release adds start the session with the summary; an unknown one is logged', async () => {
    const sandbox = hookSandbox();
    await sandbox.cli(['handoff', '--task', 'Fix the login', '--next', 'Write the test']);
    for (const source of ['fork', 'teleport']) {
      const started = expectJson(await sandbox.session(`sess-${source}`).hook('SessionStart', { source }));
      expect(started.hookSpecificOutput?.additionalContext).toContain('Fix the login');
    }
    expect(sandbox.hookLog()).toContain('unknown source "teleport": handled like startup');
    expect(sandbox.hookLog()).not.toContain('"fork"');
  });
});

describe.concurrent('SessionEnd', () => {
  it("pauses the session's active workflow and records it in the history", async () => {
    const sandbox = hookSandbox();
    const session = sandbox.session('sess-end', { tokens: 30_000 });
    const id = await boundWorkflow(session, { resume: true });
    expect(readState(sandbox, id).status).toBe('active');
    expectSilent(await session.hook('SessionEnd', { reason: 'logout' }));
    expect(readState(sandbox, id).status).toBe('paused');
    const last = history(sandbox, id).at(-1);
    expect(last).toMatchObject({ event: 'pause', session_id: session.id });
    expect(last?.summary).toContain('logout');
  });

  it('writes nothing for a session without a workflow, nor for a workflow already paused', async () => {
    const sandbox = hookSandbox();
    expectSilent(await sandbox.session('sess-none', { tokens: 30_000 }).hook('SessionEnd', { reason: 'clear' }));
    expect(sandbox.projectFiles()).toEqual(['README.md']);

    const owner = sandbox.session('sess-owner-end');
    const id = await boundWorkflow(owner, { resume: true });
    const active = snapshot(stateFile(sandbox, id));
    expectSilent(await sandbox.session('sess-other-end').hook('SessionEnd', { reason: 'other' }));
    expect(snapshot(stateFile(sandbox, id))).toEqual(active);

    expectSilent(await owner.hook('SessionEnd', { reason: 'other' }));
    const paused = snapshot(stateFile(sandbox, id));
    const historyLength = history(sandbox, id).length;
    expectSilent(await owner.hook('SessionEnd', { reason: 'other' }));
    expect(snapshot(stateFile(sandbox, id))).toEqual(paused);
    expect(history(sandbox, id)).toHaveLength(historyLength);
  });
});

describe.concurrent('a hook never breaks the session', () => {
  const malformed: [string, (repo: string, event: HookEvent) => string][] = [
    ['not JSON', () => 'this is not json {'],
    ['no session_id', (repo, event) => JSON.stringify({ hook_event_name: event, cwd: repo })],
  ];
  const cases = [
    ...HOOK_EVENTS.flatMap((event) => malformed.map(([name, input]) => [event, name, input] as const)),
    ['Stop', 'empty stdin', () => ''] as const,
    ['UserPromptSubmit', 'a wrong type', (repo: string) => JSON.stringify({ hook_event_name: 'UserPromptSubmit', cwd: repo, session_id: ['x'] })] as const,
  ];

  it.each(cases)('%s with %s: exit 0, at most a one-line systemMessage, detail in hooks.log', async (event, _name, input) => {
    const sandbox = hookSandbox();
    const run = await sandbox.hookRaw(HOOK_ARG[event], input(sandbox.repo.path, event));
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    if (run.stdout !== '') {
      expect(Object.keys(run.json ?? { stdout: run.stdout })).toEqual(['systemMessage']);
      expect(run.json?.systemMessage).toContain(path.join(sandbox.logDir, 'hooks.log'));
    }
    expect(sandbox.hookLog()).toContain(event);
    expect(sandbox.projectFiles()).toEqual(['README.md']);
  });

  it('a session id like ../../x is kept under a hashed name inside the sessions dir, and its notices are not repeated', async () => {
    const sandbox = hookSandbox();
    const root = path.dirname(sandbox.runtimeDir);
    const session = sandbox.session('sess-for-transcript', { tokens: 105_000 });
    const input = { session_id: '../../x', transcript_path: session.transcriptPath, cwd: sandbox.repo.path, hook_event_name: 'UserPromptSubmit', prompt: 'go on' };
    const first = await sandbox.hookRaw('user-prompt-submit', JSON.stringify(input));
    expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' });
    expect(first.stdout).toContain('52.5%');
    // <runtime>/sessions/../../x.json would be <root>/x.json (code-cache/ holds the hook loader's
    // code, state-memo/ what the store's files showed)
    const written = listFiles(root).filter((f) => !/^(logs|home|runtime[\\/](code-cache|state-memo))[\\/]/.test(f));
    expect(written).toEqual([
      expect.stringMatching(/^runtime[\\/]sessions[\\/]sha256-[0-9a-f]{64}\.capture\.json$/),
      expect.stringMatching(/^runtime[\\/]sessions[\\/]sha256-[0-9a-f]{64}\.json$/),
      expect.stringMatching(/^runtime[\\/]sessions[\\/]sha256-[0-9a-f]{64}\.turn\.json$/),
    ]);
    expect(fs.existsSync(path.join(path.dirname(root), 'x.json'))).toBe(false);
    const second = await sandbox.hookRaw('user-prompt-submit', JSON.stringify(input));
    expect({ status: second.status, stdout: second.stdout }).toEqual({ status: 0, stdout: '' });
  });

  // the milestone is recorded as announced before the checkpoint runs: a failing store must not hide it
  it('a checkpoint that cannot be written does not swallow the milestone notice', async () => {
    const sandbox = hookSandbox();
    const blocker = path.join(path.dirname(sandbox.runtimeDir), 'not-a-directory');
    fs.writeFileSync(blocker, '');
    const session = sandbox.session('sess-unwritable', { tokens: 105_000 });
    const run = expectJson(await session.hook('UserPromptSubmit', { prompt: 'go on' }, { WORKFLOW_STATE_DIR: path.join(blocker, 'workflows') }));
    expect(run.hookSpecificOutput?.additionalContext ?? '(no additionalContext)').toContain('52.5%');
    expect(sandbox.hookLog()).toContain('ENOTDIR');
  });

  it('an unknown event: exit 0 and a logged problem', async () => {
    const sandbox = hookSandbox();
    const run = await sandbox.hookRaw('post-tool-use', '{}');
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(sandbox.hookLog()).toContain('post-tool-use');
  });

  it.each<[string, (sandbox: HookSandbox) => NodeJS.ProcessEnv, (sandbox: HookSandbox) => string[]]>([
    [
      'a project .claude/workflow.json with {"milestones":[2]}',
      (sandbox) => {
        sandbox.repo.write('.claude/workflow.json', JSON.stringify({ milestones: [2] }));
        return {};
      },
      (sandbox) => [path.join(sandbox.repo.path, '.claude', 'workflow.json'), 'milestones'],
    ],
    [
      'a user ~/.claude/workflow.json that is not JSON',
      (sandbox) => {
        fs.mkdirSync(path.join(sandbox.home, '.claude'), { recursive: true });
        fs.writeFileSync(path.join(sandbox.home, '.claude', 'workflow.json'), '{"mode": ');
        return {};
      },
      (sandbox) => [path.join(sandbox.home, '.claude', 'workflow.json'), 'not valid JSON'],
    ],
    ['WORKFLOW_MILESTONES=2', () => ({ WORKFLOW_MILESTONES: '2' }), () => ['WORKFLOW_MILESTONES']],
  ])('%s: exit 0, the defaults apply, the problem is in the log', async (_name, setUp, expectedInLog) => {
    const sandbox = hookSandbox();
    const env = setUp(sandbox);
    const session = sandbox.session('sess-bad-config', { tokens: 105_000 });
    const notice = expectJson(await session.hook('UserPromptSubmit', { prompt: 'go on' }, env));
    expect(notice.systemMessage).toContain('52.5%'); // the default 50 % milestone
    const log = sandbox.hookLog();
    for (const text of expectedInLog(sandbox)) expect(log).toContain(text);
    // and the user is told once, at the start of the session, naming the file (or variable) and the field
    const start = expectJson(await session.hook('SessionStart', { source: 'startup' }, env));
    expect(start.systemMessage).toMatch(/^workflow: .*ignored settings: /);
    for (const text of expectedInLog(sandbox)) expect(start.systemMessage).toContain(text);
  });

  it('a bad project config breaks none of the other hooks either', async () => {
    const sandbox = hookSandbox();
    sandbox.repo.write('.claude/workflow.json', JSON.stringify({ milestones: [2] }));
    const session = sandbox.session('sess-bad-config-all', { tokens: 152_000 });
    expect(expectJson(await session.hook('Stop', {})).systemMessage).toContain('/workflow:handoff');
    const id = onlyWorkflow(sandbox); // auto_create's default still holds
    const compact = await session.hook('PreCompact', { trigger: 'auto' });
    expect({ status: compact.status, stderr: compact.stderr }).toEqual({ status: 0, stderr: '' });
    expect(compact.stdout).toContain(id);
    expect(expectJson(await session.hook('SessionStart', { source: 'compact' })).hookSpecificOutput?.additionalContext).toContain(id);
    expectSilent(await session.hook('SessionEnd', { reason: 'other' }));
    expect(readState(sandbox, id).status).toBe('paused');
  });
});

describe('per-session files', () => {
  it('of sessions not seen for 30 days are deleted when a session ends; recent ones stay', async () => {
    const sandbox = hookSandbox();
    const sessions = path.join(sandbox.runtimeDir, 'sessions');
    fs.mkdirSync(sessions, { recursive: true });
    const old = path.join(sessions, 'sess-old.capture.json');
    const recent = path.join(sessions, 'sess-recent.json');
    fs.writeFileSync(old, '{}');
    fs.writeFileSync(recent, '{}');
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    fs.utimesSync(old, longAgo, longAgo);
    expectSilent(await sandbox.session('sess-ending').hook('SessionEnd', { reason: 'prompt_input_exit' }));
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
  });
});

describe('what the user of a session is told at the end of the turn', () => {
  it("/workflow:resume's essentials (stale, compatibility warnings, conflicts) come with the next Stop, once", async () => {
    const sandbox = hookSandbox();
    const saved = JSON.parse((await sandbox.cli(['handoff', '--task', 'Refactor billing', '--format', 'json'])).stdout) as { id: string };
    sandbox.repo.commit('billing.ts', 'x\n', 'Teammate change');
    const session = sandbox.session('sess-resume', { tokens: 20_000 });
    expect((await session.cli(['resume', saved.id])).status).toBe(0);
    const stop = expectJson(await session.hook('Stop', {}));
    expect(stop.systemMessage).toMatch(/^workflow: resumed [0-9a-f]{4,} "Refactor billing" · STALE: 1 commit landed since the handoff$/);
    expectSilent(await session.hook('Stop', {}));
  });

  it('a session whose workflow another session takes over is told once, and its handoff offers the choice', async () => {
    const sandbox = hookSandbox();
    const saved = JSON.parse((await sandbox.cli(['handoff', '--task', 'Refactor billing', '--format', 'json'])).stdout) as { id: string };
    const first = sandbox.session('sess-first', { tokens: 20_000 });
    expect((await first.cli(['resume', saved.id])).status).toBe(0);
    await first.hook('Stop', {}); // its own resume notice
    const second = sandbox.session('sess-second', { tokens: 20_000 });
    expect((await second.cli(['resume', saved.id])).status).not.toBe(0); // held: refused without --take-over
    expect((await second.cli(['resume', saved.id, '--take-over'])).status).toBe(0);

    const told = expectJson(await first.hook('Stop', {}));
    expect(told.systemMessage).toContain(`workflow: ${saved.id} was taken over by session sess-second on `);
    expectSilent(await first.hook('Stop', {}));
    const handoff = await first.cli(['handoff', '--summary', 'from the first session']);
    expect(handoff.status).toBe(1);
    expect(handoff.stderr).toContain(`is held by session sess-second`);
  });
});
