// The quick paths run without zod (the quiet-turn check, PreCompact's, the status line's): they check the hooks' input,
// the session's bookkeeping, the status line's record, the turn memo and the state memo by hand. Each must accept exactly what its schema accepts
// and give the same value, held to it here on a valid record and on every field broken in turn.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreCompactInput, SessionStartInput, StartMemo, StateMemo, StatuslineInput, StopInput, TurnMemo, UserPromptSubmitInput } from '../../scripts/core/schemas.ts';
import { stateMemoOf } from '../../scripts/core/store/state-memo.ts';
import { startMemoOf } from '../../scripts/core/session/start-memo.ts';
import { preCompactInputOf, sessionStartInputOf, statuslineInputOf, turnInputOf } from '../../scripts/core/session/hook-inputs.ts';
import { turnMemoOf } from '../../scripts/core/session/turn-memo.ts';
import { checkSessionRuntime, checkStatuslineRecord } from '../../scripts/core/runtime/session-runtime-check.ts';
import { readSessionRuntime, readStatuslineRecord } from '../../scripts/core/runtime/session-runtime.ts';
import { NOT_RECORDS, oddLines } from '../helpers/odd-values.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const parsed = <T>(result: { success: true; data: T } | { success: false }): T | null => (result.success ? result.data : null);
const json = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const STOP = { session_id: 's-1', transcript_path: '/t.jsonl', cwd: '/p', hook_event_name: 'Stop', stop_hook_active: true, last_assistant_message: 'Done.', permission_mode: 'default' };
const PROMPT = { session_id: 's-1', transcript_path: '/t.jsonl', cwd: '/p', hook_event_name: 'UserPromptSubmit', prompt: 'go on', permission_mode: 'default' };
const COMPACT = { session_id: 's-1', transcript_path: '/t.jsonl', cwd: '/p', hook_event_name: 'PreCompact', trigger: 'manual', custom_instructions: null, permission_mode: 'default' };
const START = { session_id: 's-1', transcript_path: '/t.jsonl', cwd: '/p', hook_event_name: 'SessionStart', source: 'resume', model: 'claude-opus-4-6', permission_mode: 'default' };
const inputFields = (base: object) => Object.keys(base).map((key) => [key]);

describe('the hook input, by hand and by the schema', () => {
  it.each([...oddLines(STOP, inputFields(STOP)), ...oddLines({ ...STOP, last_assistant_message: null }, [['session_id']]), ...NOT_RECORDS])('Stop: agrees when %s', (_name, text) => {
    expect(turnInputOf('Stop', json(text))).toEqual(parsed(StopInput.safeParse(json(text))));
  });

  it.each([...oddLines(PROMPT, inputFields(PROMPT)), ...NOT_RECORDS])('UserPromptSubmit: agrees when %s', (_name, text) => {
    expect(turnInputOf('UserPromptSubmit', json(text))).toEqual(parsed(UserPromptSubmitInput.safeParse(json(text))));
  });

  it.each([...oddLines(COMPACT, inputFields(COMPACT)), ...oddLines({ ...COMPACT, custom_instructions: 'keep the tests' }, [['session_id']]), ...NOT_RECORDS])('PreCompact: agrees when %s', (_name, text) => {
    expect(preCompactInputOf(json(text))).toEqual(parsed(PreCompactInput.safeParse(json(text))));
  });

  it.each([...oddLines(START, inputFields(START)), ...NOT_RECORDS])('SessionStart: agrees when %s', (_name, text) => {
    expect(sessionStartInputOf(json(text))).toEqual(parsed(SessionStartInput.safeParse(json(text))));
  });

  // as Claude Code pipes it to a status line command, with a field of its own the schema does not declare
  const STATUS = {
    hook_event_name: 'Status',
    session_id: 's-1',
    transcript_path: '/t.jsonl',
    cwd: '/p',
    model: { id: 'claude-opus-4-6', display_name: 'Opus 4.6', extra: 1 },
    workspace: { current_dir: '/p/src', project_dir: '/p' },
    version: '2.1.332',
    context_window: { used_percentage: 42.5, context_window_size: 200_000, total_input_tokens: 85_000 },
  };
  const statusFields = [...inputFields(STATUS), ['model', 'id'], ['model', 'display_name'], ['workspace', 'current_dir'], ['workspace', 'project_dir'], ['context_window', 'used_percentage'], ['context_window', 'context_window_size']];
  it.each([...oddLines(STATUS, statusFields), ...NOT_RECORDS])('the status line: agrees when %s', (_name, text) => {
    expect(statuslineInputOf(json(text))).toEqual(parsed(StatuslineInput.safeParse(json(text))));
  });

  it('the status line: gives back the declared fields alone, as the schema does', () => {
    expect(statuslineInputOf(STATUS)).toStrictEqual(parsed(StatuslineInput.safeParse(STATUS)));
  });

  it('rejects the other event', () => {
    expect(turnInputOf('Stop', PROMPT)).toBeNull();
    expect(turnInputOf('UserPromptSubmit', STOP)).toBeNull();
    expect(preCompactInputOf(STOP)).toBeNull();
    expect(sessionStartInputOf(COMPACT)).toBeNull();
  });
});

// every field away from its default, so that a bookkeeping the schema starts afresh is told apart
const RUNTIME = {
  announced: [0.5, 0.7],
  handoff_asked: true,
  model: 'claude-opus-4-6',
  seen: { model: 'claude-opus-4-6', requested_model: 'claude-opus-4-6[1m]', version: '2.1.332' },
  last_checkpoint_at: '2026-12-04T10:00:00.000Z',
  shown_workflow: 'wf-1',
  checkpoint_transcript_size: 1234,
  pending_notice: 'Context at 50%.',
  transcript_absent: true,
  written_by_a_later_version: 1,
};
const STATUSLINE = { at: '2026-12-04T10:00:00.000Z', used_percentage: 41.5, context_window_size: 1_000_000, model: 'claude-opus-4-6', cost: 1 };

describe("the session's files, by hand and by the schema", () => {
  const env = { WORKFLOW_RUNTIME_DIR: tempDir('wf-runtime-') };
  const write = (suffix: string, text: string) => {
    fs.mkdirSync(path.join(env.WORKFLOW_RUNTIME_DIR, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(env.WORKFLOW_RUNTIME_DIR, 'sessions', `s-1${suffix}`), text);
  };
  const fresh = readSessionRuntime({ WORKFLOW_RUNTIME_DIR: tempDir('wf-runtime-') }, 's-1');
  const runtimeFields = [...Object.keys(RUNTIME).map((key) => [key]), ...Object.keys(RUNTIME.seen).map((key) => ['seen', key])];

  it.each([...oddLines(RUNTIME, runtimeFields), ...NOT_RECORDS])('bookkeeping: agrees when %s', (_name, text) => {
    write('.json', text);
    const bySchema = readSessionRuntime(env, 's-1');
    const byHand = checkSessionRuntime(env, 's-1');
    // what the schema rejects it starts afresh; the check leaves that to the hook
    if (byHand === null) expect(bySchema).toEqual(fresh);
    else expect(byHand).toEqual(bySchema);
    // a record the schema accepted keeps the figures set above, so it is not the fresh one
    if (text.includes('wf-1')) expect(byHand === null).toBe(JSON.stringify(bySchema) === JSON.stringify(fresh));
  });

  it('bookkeeping: a missing file is a fresh one to both', () => {
    const elsewhere = { WORKFLOW_RUNTIME_DIR: tempDir('wf-runtime-') };
    expect(checkSessionRuntime(elsewhere, 's-1')).toEqual(readSessionRuntime(elsewhere, 's-1'));
  });

  it.each([...oddLines(STATUSLINE, Object.keys(STATUSLINE).map((key) => [key])), ...NOT_RECORDS])('status line record: agrees when %s', (_name, text) => {
    write('.statusline.json', text);
    expect(checkStatuslineRecord(env, 's-1')).toEqual(readStatuslineRecord(env, 's-1'));
  });
});

const MEMO = {
  version: 1,
  key: '["/p","/p","/home/u",null,[]]',
  files: [
    ['/home/u/.claude/workflow.json', '-'],
    ['/p/.claude/settings.json', '1:2:3:4:5'],
  ],
  config: { milestones: [0.5, 0.7], handoff_threshold: 0.8, context_window: null, mode: 'auto', checkpoint_interval_minutes: 10 },
  settings: { model: 'opus[1m]', autoCompactWindow: 400_000, autoCompactEnabled: true, env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '400000' } },
  extra: true,
};

describe('the turn memo, by hand and by the schema', () => {
  const fields = [
    ...Object.keys(MEMO).map((key) => [key]),
    ['files', '0'],
    ['files', '0', '1'],
    ...Object.keys(MEMO.config).map((key) => ['config', key]),
    ['config', 'milestones', '1'],
    ...Object.keys(MEMO.settings).map((key) => ['settings', key]),
    ['settings', 'env', 'CLAUDE_CODE_AUTO_COMPACT_WINDOW'],
  ];

  it.each([...oddLines(MEMO, fields), ...NOT_RECORDS])('agrees when %s', (_name, text) => {
    expect(turnMemoOf(json(text))).toEqual(parsed(TurnMemo.safeParse(json(text))));
  });

  it('agrees with the settings it may leave out', () => {
    const bare = { ...MEMO, settings: { env: {} }, config: { ...MEMO.config, mode: 'suggest', context_window: 200_000 } };
    expect(turnMemoOf(bare)).toEqual(parsed(TurnMemo.safeParse(bare)));
    expect(turnMemoOf(bare)).not.toBeNull();
  });
});

const STATE_MEMO = { store: '/p/.git/workflow', build: '0123456789abcdef', lines: ['wf-1\t1:2:3:4\t\tactive\t0\t2026-12-04T10:00:00.000Z\thost\t\t0'], extra: true };

describe('the state memo, by hand and by the schema', () => {
  it.each([...oddLines(STATE_MEMO, [...Object.keys(STATE_MEMO).map((key) => [key]), ['lines', '0']]), ...NOT_RECORDS])('agrees when %s', (_name, text) => {
    expect(stateMemoOf(json(text))).toEqual(parsed(StateMemo.safeParse(json(text))));
  });

  it('agrees on a memo of a build before builds were named', () => {
    const { build: _build, ...older } = STATE_MEMO;
    expect(stateMemoOf(older)).toEqual(parsed(StateMemo.safeParse(older)));
    expect(stateMemoOf(older)).not.toBeNull();
  });
});

const START_MEMO = { version: 1, key: '["/p","/home/u",[]]', files: [['/home/u/.claude/workflow.json', '-'], ['/p/.claude/workflow.json', '1:2:3:4']], config: { sync_auto: false, stale_after_days: 14, auto_create: true }, extra: true };

describe('the session-start memo, by hand and by the schema', () => {
  const fields = [...Object.keys(START_MEMO).map((key) => [key]), ['files', '0'], ['files', '1', '1'], ['config', 'sync_auto'], ['config', 'stale_after_days'], ['config', 'auto_create']];
  it.each([...oddLines(START_MEMO, fields), ...NOT_RECORDS])('agrees when %s', (_name, text) => {
    expect(startMemoOf(json(text))).toEqual(parsed(StartMemo.safeParse(json(text))));
  });
});
