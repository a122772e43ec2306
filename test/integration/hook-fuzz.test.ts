// Every hook event on 1,050 generated inputs (seeded, so a failure replays): wrong types, missing
// and unknown fields, huge and control-laden strings, raw stdin that is not JSON, and paths that
// are special files (a FIFO, /dev/zero, a directory, invalid UTF-8, a 5 MB line). A hook must
// always return, and what it prints is empty, plain text or one JSON document. The hook command
// runs in this process, with every path it may write in a temp dir, so that 1,050 runs stay
// quick; a sample also runs as child processes, as Claude Code runs them (hooks/hooks.json).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command as hookCommand } from '../../scripts/commands/hook.ts';
import { runHookCommand } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir, tempRepo } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const EVENTS = ['SessionStart', 'UserPromptSubmit', 'PreToolUse', 'Stop', 'PreCompact', 'PostCompact', 'SessionEnd'] as const;
const PER_EVENT = 150;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let env: NodeJS.ProcessEnv;
let paths: unknown[];
let cwds: unknown[];
beforeAll(() => {
  const repo = tempRepo();
  const dir = tempDir('wf-fuzz-');
  const file = (name: string, content: string | Buffer) => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, content);
    return full;
  };
  const fifo = path.join(dir, 'fifo.jsonl');
  execFileSync('mkfifo', [fifo]);
  const zero = path.join(dir, 'zero.jsonl');
  fs.symlinkSync('/dev/zero', zero);
  const usage = (tokens: number) => JSON.stringify({ type: 'assistant', message: { role: 'assistant', model: 'claude-sonnet-4-6', content: [{ type: 'text', text: 'ok' }], usage: { input_tokens: tokens, output_tokens: 1 } } });
  paths = [
    undefined,
    null,
    42,
    '',
    path.join(dir, 'missing.jsonl'),
    dir,
    fifo,
    zero,
    file('empty.jsonl', ''),
    file('garbage.jsonl', Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x0a, 0xc3, 0x28, 0x0a])),
    file('not-json.jsonl', 'hello\n{"type":\n[1,2\n'),
    file('real.jsonl', `${JSON.stringify({ type: 'user', message: { role: 'user', content: 'Build the parser' } })}\n${usage(150_000)}\n`),
    file('long-line.jsonl', `${usage(120_000)}\n${JSON.stringify({ type: 'user', message: { role: 'user', content: 'x'.repeat(5 * 1024 * 1024) } })}\n`),
  ];
  cwds = [undefined, null, 7, repo.path, dir, path.join(dir, 'missing'), path.join(dir, 'empty.jsonl')];
  env = {
    HOME: path.join(dir, 'home'),
    WORKFLOW_RUNTIME_DIR: path.join(dir, 'runtime'),
    WORKFLOW_LOG_DIR: path.join(dir, 'logs'),
    CLAUDE_PROJECT_DIR: repo.path,
    WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0',
  };
});

const STRINGS = ['', ' ', 'go on', 'let\'s hand off', '/workflow:resume x; rm -rf ~', '\u001b]0;x\u0007\r', '\u0000', '💥'.repeat(1000), 'x'.repeat(200_000), '../../../etc/passwd'];

function generate(random: () => number, event: string): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const anything = (): unknown => pick([() => pick(STRINGS), () => Math.floor(random() * 1e9) - 5e8, () => random() < 0.5, () => null, () => [], () => ({ nested: pick(STRINGS) }), () => 1e308])();
  const roll = random();
  if (roll < 0.08) return pick(['', 'null', '[]', '"text"', '{', '{"session_id":', '\u0000\u0001', 'x'.repeat(100_000), '{"a":'.repeat(5_000)]);
  const input: Record<string, unknown> = {
    session_id: pick(['sess-fuzz', '', 'a/b/../c', 'x'.repeat(5_000), 123, null, {}]),
    transcript_path: pick(paths),
    cwd: pick(cwds),
    hook_event_name: random() < 0.8 ? event : anything(),
  };
  const extra: Record<string, () => unknown> = {
    prompt: () => pick(STRINGS),
    source: () => pick(['startup', 'resume', 'clear', 'compact', 'fork', 'reboot', '', 5]),
    model: () => pick(['claude-sonnet-4-6', 'claude-opus-4-6[1m]', '', null, 'gpt-4']),
    stop_hook_active: () => pick([true, false, 'yes', null]),
    last_assistant_message: () => pick(STRINGS),
    trigger: () => pick(['auto', 'manual', 'other', null]),
    custom_instructions: () => pick(STRINGS),
    compact_summary: () => pick(STRINGS),
    reason: () => pick(['clear', 'logout', 'other', 'prompt_input_exit', '', 9]),
    tool_name: () => pick(['Bash', 'Edit', '', null]),
    tool_input: () => pick([{ command: pick(STRINGS) }, { command: `node "/x/dist/cli.cjs" handoff --input - <<'WORKFLOW_HANDOFF'\ntask: x\nWORKFLOW_HANDOFF` }, null, 'text']),
    unknown_field: anything,
  };
  for (const [key, value] of Object.entries(extra)) if (random() < 0.6) input[key] = value();
  for (const key of Object.keys(input)) if (random() < 0.1) delete input[key];
  return JSON.stringify(input);
}

function expectWellFormed(raw: string): void {
  if (raw === '') return;
  if (raw.trimStart().startsWith('{')) expect(() => JSON.parse(raw)).not.toThrow();
  expect(raw).not.toMatch(/\u001b|\u0007/);
}

describe('hooks on generated input', () => {
  it.each(EVENTS)('%s: 150 inputs, every one returns something well formed', async (event) => {
    const random = mulberry32(EVENTS.indexOf(event) + 1);
    for (let i = 0; i < PER_EVENT; i++) {
      const stdin = generate(random, event);
      const result = await hookCommand.run({
        values: {},
        positionals: [event],
        place: () => {
          throw new Error('a hook takes its place from its input');
        },
        env,
        invocation: 'claude-workflow',
        width: 80,
        cwd: process.cwd(),
        now: new Date(),
        readStdin: async () => stdin,
      });
      expect('raw' in result, `input ${i}: ${stdin.slice(0, 200)}`).toBe(true);
      if ('raw' in result) expectWellFormed(result.raw);
    }
  }, 120_000);

  it('as child processes, on the special files: exit 0, nothing on stderr', async () => {
    for (const transcript of paths.slice(4)) {
      for (const event of ['user-prompt-submit', 'stop', 'pre-compact', 'session-start']) {
        const input = JSON.stringify({ session_id: 'sess-child', transcript_path: transcript, cwd: env.CLAUDE_PROJECT_DIR, hook_event_name: event, source: 'compact', prompt: 'go on' });
        const run = await runHookCommand(event, { cwd: String(env.CLAUDE_PROJECT_DIR), env, input });
        expect({ event, transcript, status: run.status, stderr: run.stderr }).toEqual({ event, transcript, status: 0, stderr: '' });
        expectWellFormed(run.stdout.trim());
      }
    }
  }, 120_000);
});
