import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureSession, LONG_LINE_BYTES } from '../../scripts/core/session/session-capture.ts';
import { readContextUsage } from '../../scripts/core/session/transcript.ts';
import { assistant, makeTempDir, removeTempDir, toolResult, toolUse, tokens, userPrompt, type Line } from '../helpers/transcript-fixtures.ts';

const MB = 1024 * 1024;
const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'transcripts');
const VERSIONS = fs.readdirSync(CORPUS).filter((name) => /^\d+\.\d+\.\d+$/.test(name));

let dir: string;
let env: NodeJS.ProcessEnv;
let sessions = 0;
beforeAll(() => {
  dir = makeTempDir();
  env = { WORKFLOW_RUNTIME_DIR: path.join(dir, 'runtime') };
});
afterAll(() => removeTempDir(dir));

const jsonl = (lines: (Line | string)[]) => lines.map((l) => `${typeof l === 'string' ? l : JSON.stringify(l)}\n`).join('');
function session(lines: (Line | string)[] = []): { id: string; file: string; append: (more: (Line | string)[]) => void } {
  sessions += 1;
  const id = `sess-${sessions}`;
  const file = path.join(dir, `${id}.jsonl`);
  fs.writeFileSync(file, jsonl(lines));
  return { id, file, append: (more) => fs.appendFileSync(file, jsonl(more)) };
}
const edit = (id: string, file: string, main = true): Line[] => [
  assistant([toolUse(id, 'Write', { file_path: file, content: 'x' })], main ? {} : { sidechain: true }),
  toolResult(id, 'File created successfully'),
];

describe('the recorded corpus (real Claude Code CLIs against the stub)', () => {
  const corpus = (version: string, scenario: string) => path.join(CORPUS, version, scenario, 'session.jsonl');

  it('covers every supported version', () => {
    const versions = JSON.parse(fs.readFileSync(path.join(CORPUS, '..', '..', 'e2e', 'versions.json'), 'utf8')) as Record<string, string>;
    expect(VERSIONS.sort()).toEqual([...new Set(Object.values(versions))].sort());
  });

  it.each(VERSIONS)('%s: a background agent, its edits in its own file, a slash command and a failing test run', (version) => {
    const { facts, state } = captureSession({}, null, corpus(version, 'background-agent'));
    // the subagent's file holds parser.ts; the main file the README
    expect(facts.files).toContain('/home/user/project/parser.ts');
    expect(facts.agents).toEqual([{ type: 'general-purpose', description: 'Write the parser', done: true, status: 'completed' }]);
    expect(facts).toMatchObject({ first_request: '/build the CSV parser', last_request: '/build the CSV parser' });
    expect(state.last_test).toMatchObject({ ok: false, exit_code: 1 });
    expect(state.lines).toMatchObject({ unknown_type: 0, unreadable: 0 });
  });

  it.each(VERSIONS)('%s: a manual compaction keeps its figures and summary; requests on both sides', (version) => {
    const file = corpus(version, 'compaction');
    const { facts, state } = captureSession({}, null, file);
    expect(facts).toMatchObject({ first_request: 'Write the CSV parser', last_request: 'Handle quoted fields next' });
    expect(state.compactions.count).toBe(1);
    expect(state.compactions.last).toMatchObject({ trigger: 'manual', pre_tokens: 121_040 });
    expect(state.compactions.last?.post_tokens).toBeGreaterThan(0);
    expect(state.compactions.last?.summary).toContain('Summary: the CSV parser is written');
    expect(state.last_build).toMatchObject({ command: 'npm run build', ok: false });
    expect(readContextUsage(file)).toMatchObject({ kind: 'measured', tokens: 31_000 });
  });

  it.each(VERSIONS)("%s: an agent in the foreground: its subagent's edit counts, its failed edit does not", (version) => {
    const { facts } = captureSession({}, null, corpus(version, 'foreground-agent'));
    expect(facts.files).toEqual(['/home/user/project/parser.ts']);
    expect(facts.agents).toEqual([{ type: 'general-purpose', description: 'Rename the parser', done: true, status: 'completed' }]);
  });

  it.each(VERSIONS)('%s: an automatic compaction: its trigger and figures, the work on both sides, the reading after it measured again', (version) => {
    const file = corpus(version, 'auto-compaction');
    const { facts, state } = captureSession({}, null, file);
    expect(state.compactions.count).toBe(1);
    expect(state.compactions.last).toMatchObject({ trigger: 'auto' });
    expect(state.compactions.last?.pre_tokens).toBeGreaterThanOrEqual(70_000);
    expect(state.compactions.last?.post_tokens).toBeGreaterThan(0);
    expect(facts.files).toEqual(['/home/user/project/parser.ts', '/home/user/project/parser.test.ts']);
    expect(facts).toMatchObject({ first_request: 'Write the CSV parser', last_request: 'Add the tests' });
    expect(readContextUsage(file)).toMatchObject({ kind: 'measured', tokens: 21_000 });
  });

  it.each(VERSIONS)('%s: requests as typed: "continue", "keep going" and built-in commands are not requests, a custom slash command with arguments is', (version) => {
    const { facts } = captureSession({}, null, corpus(version, 'requests'));
    expect(facts).toMatchObject({ first_request: 'Fix the date parsing in the importer', last_request: '/review the importer changes' });
  });

  it.each(VERSIONS)('%s: plan mode keeps the plan from its file under ~/.claude/plans (ExitPlanMode is off in -p), a file outside the project', (version) => {
    const { facts, state } = captureSession({}, null, corpus(version, 'plan-mode'));
    expect(state.plan).toBe('# CSV parser\n1. Split on commas\n2. Handle quoted fields\n3. Stream large files');
    expect(facts.files).toHaveLength(1);
    expect(facts.files[0]).toMatch(/^\/home\/user\/home\/\.claude\/plans\/plan-the-csv-parser-[a-z-]+\.md$/);
    expect(state.lines).toMatchObject({ unknown_type: 0, unreadable: 0 });
  });

  it.each(VERSIONS)('%s: the todo list from the Task tools (TodoWrite is not offered to the default model)', (version) => {
    const { facts } = captureSession({}, null, corpus(version, 'todos'));
    expect(facts.todos).toEqual({ active: [{ content: 'Handle quoted fields', status: 'pending' }], completed: [{ content: 'Split on commas', status: 'completed' }] });
  });

  it.each(VERSIONS)('%s: a background shell is followed to its stop, not counted as a command that exited 0', (version) => {
    const { facts, state } = captureSession({}, null, corpus(version, 'background-shell'));
    expect(facts.agents).toEqual([{ type: 'background shell', description: 'sleep 60 # npm run dev', done: true, status: 'stopped' }]);
    expect(state.commands).toEqual([]);
  });
});

describe('plan files and background shells', () => {
  it('a plan file edited after it was written: the plan as it now reads; a project file of the same name is no plan', () => {
    const plan = '/home/u/.claude/plans/lazy-otter.md';
    const s = session([
      userPrompt('Plan the migration'),
      assistant([toolUse('w1', 'Write', { file_path: plan, content: '# Migration\n1. Dump\n2. Load\n' })]),
      toolResult('w1', 'File created successfully'),
      assistant([toolUse('e1', 'Edit', { file_path: plan, old_string: '2. Load', new_string: '2. Check\n3. Load' })]),
      toolResult('e1', 'The file has been updated'),
      assistant([toolUse('w2', 'Write', { file_path: '/p/docs/plans/notes.md', content: 'not a plan' })]),
      toolResult('w2', 'File created successfully'),
    ]);
    expect(captureSession(env, s.id, s.file).state.plan).toBe('# Migration\n1. Dump\n2. Check\n3. Load');
  });

  it('a background shell runs until its notification says it ended', () => {
    const s = session([
      userPrompt('Start the watcher'),
      assistant([toolUse('b1', 'Bash', { command: 'npm run watch', run_in_background: true })]),
      toolResult('b1', 'Command running in background with ID: bx42. Output is being written to: /tmp/bx42.output', { toolUseResult: { stdout: '', backgroundTaskId: 'bx42' } }),
    ]);
    expect(captureSession(env, s.id, s.file).facts.agents).toEqual([{ type: 'background shell', description: 'npm run watch', done: false, status: 'running' }]);
    s.append([userPrompt('<task-notification>\n<task-id>bx42</task-id>\n<status>failed</status>\n<summary>Background command "npm run watch" failed with exit code 1</summary>\n</task-notification>')]);
    expect(captureSession(env, s.id, s.file).facts.agents).toEqual([{ type: 'background shell', description: 'npm run watch', done: true, status: 'failed' }]);
  });
});

describe('incremental capture', () => {
  it('reads only the bytes appended since the last call, and keeps what it mined', () => {
    const s = session([userPrompt('Build the parser'), ...edit('t1', '/p/a.ts')]);
    expect(captureSession(env, s.id, s.file).facts.files).toEqual(['/p/a.ts']);
    const before = fs.statSync(s.file).size;
    s.append([userPrompt('Now the CSV writer'), ...edit('t2', '/p/b.ts')]);
    const reads = vi.spyOn(fs, 'readSync');
    const { facts } = captureSession(env, s.id, s.file);
    const read = reads.mock.results.reduce((sum, r) => sum + (r.type === 'return' ? Number(r.value) : 0), 0);
    reads.mockRestore();
    expect(facts).toMatchObject({ files: ['/p/a.ts', '/p/b.ts'], first_request: 'Build the parser', last_request: 'Now the CSV writer' });
    // the new lines, and the few bytes before the cursor that show the file is still the same
    expect(read).toBeLessThan(fs.statSync(s.file).size - before + 1024);
  });

  it('pairs a tool result with a call read by an earlier call', () => {
    const s = session([assistant([toolUse('t1', 'Edit', { file_path: '/p/late.ts' })])]);
    captureSession(env, s.id, s.file);
    s.append([toolResult('t1', 'String not found', { isError: true })]);
    // the in-flight edit counted before; the failed result takes it back
    expect(captureSession(env, s.id, s.file).facts.files).toEqual([]);
  });

  it('waits for a line still being written', () => {
    const s = session([userPrompt('first')]);
    const torn = JSON.stringify(userPrompt('second'));
    fs.appendFileSync(s.file, torn.slice(0, 20));
    expect(captureSession(env, s.id, s.file).facts.last_request).toBe('first');
    fs.appendFileSync(s.file, `${torn.slice(20)}\n`);
    expect(captureSession(env, s.id, s.file).facts.last_request).toBe('second');
  });

  it('starts over when the transcript shrank or was rewritten', () => {
    const s = session([userPrompt('old request'), ...edit('t1', '/p/old.ts')]);
    captureSession(env, s.id, s.file);
    fs.writeFileSync(s.file, jsonl([userPrompt('new request'), ...edit('t2', '/p/new.ts'), userPrompt('padding '.repeat(40))]));
    expect(captureSession(env, s.id, s.file).facts).toMatchObject({ files: ['/p/new.ts'], first_request: 'new request' });
  });

  it('reads the subagent files of the session, new ones included, from their own cursors', () => {
    const s = session([userPrompt('Fan out')]);
    const subagents = path.join(s.file.replace(/\.jsonl$/, ''), 'subagents');
    fs.mkdirSync(subagents, { recursive: true });
    fs.writeFileSync(path.join(subagents, 'agent-a1.jsonl'), jsonl(edit('s1', '/p/one.ts', false)));
    expect(captureSession(env, s.id, s.file).facts.files).toEqual(['/p/one.ts']);
    fs.appendFileSync(path.join(subagents, 'agent-a1.jsonl'), jsonl(edit('s2', '/p/two.ts', false)));
    fs.writeFileSync(path.join(subagents, 'agent-a2.jsonl'), jsonl(edit('s3', '/p/three.ts', false)));
    expect(captureSession(env, s.id, s.file).facts.files).toEqual(['/p/one.ts', '/p/two.ts', '/p/three.ts']);
  });

  it('reads a transcript far behind from its last budget only, and says how much it left', () => {
    const s = session([userPrompt('very old'), ...edit('t1', '/p/old.ts')]);
    s.append([userPrompt('x'.repeat(3 * MB))]);
    s.append([userPrompt('recent'), ...edit('t2', '/p/new.ts')]);
    const capture = captureSession(env, s.id, s.file, { readBudget: MB });
    expect(capture.facts).toMatchObject({ files: ['/p/new.ts'], first_request: 'recent' });
    expect(capture.coverage.skipped_bytes).toBeGreaterThan(2 * MB);
  });

  it('mines afresh when the kept capture is damaged', () => {
    const s = session([userPrompt('a request'), ...edit('t1', '/p/a.ts')]);
    captureSession(env, s.id, s.file);
    fs.writeFileSync(path.join(dir, 'runtime', 'sessions', `${s.id}.capture.json`), '{"version":1,"cursors":');
    expect(captureSession(env, s.id, s.file).facts.files).toEqual(['/p/a.ts']);
  });
});

describe('stress: what real sessions throw at it', () => {
  const image = (bytes: number): Line => userPrompt([{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'A'.repeat(bytes) } }]);

  it('a 4 MB pasted image before the last reply hides neither the files nor the request', () => {
    const files = Array.from({ length: 11 }, (_, i) => edit(`t${i}`, `/p/f${i}.ts`)).flat();
    const s = session([userPrompt('Make the charts'), ...files, image(4 * MB), assistant('Looks good.', { usage: tokens(120_000) })]);
    const { facts } = captureSession({}, null, s.file);
    expect(facts.files).toHaveLength(11);
    expect(facts.first_request).toBe('Make the charts');
    expect(readContextUsage(s.file)).toMatchObject({ kind: 'measured', tokens: 120_000 });
  });

  it('a last line over 8 MiB (a huge write) keeps the usage, the edit and what came before', () => {
    const huge = assistant([toolUse('big', 'Write', { file_path: '/p/huge.json', content: 'y'.repeat(9 * MB) })], { usage: tokens(150_000) });
    const s = session([userPrompt('Dump the data'), ...edit('t1', '/p/a.ts'), huge]);
    expect(fs.statSync(s.file).size).toBeGreaterThan(LONG_LINE_BYTES);
    const capture = captureSession({}, null, s.file);
    expect(capture.facts.files).toEqual(['/p/a.ts', '/p/huge.json']);
    expect(capture.state.lines.long).toBe(1);
    // usage is written last on the line: read from its tail, the line is never parsed whole
    expect(readContextUsage(s.file)).toMatchObject({ kind: 'measured', tokens: 150_000 });
  });

  it('a 50 MB line before the last reply is stepped over by the usage scan', () => {
    const s = session([assistant('before', { usage: tokens(80_000) }), image(50 * MB), userPrompt('and now?')]);
    try {
      expect(readContextUsage(s.file)).toMatchObject({ kind: 'measured', tokens: 80_000 });
      expect(captureSession({}, null, s.file).facts.last_request).toBe('and now?');
    } finally {
      fs.rmSync(s.file, { force: true });
    }
  });

  it('a 1 GB transcript (sparse: one line of zeros, then the session) costs the same as a small one', () => {
    const file = path.join(dir, 'gigabyte.jsonl');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 1024 * MB);
    fs.appendFileSync(file, `\n${jsonl([userPrompt('Ship it'), ...edit('t1', '/p/ship.ts'), assistant('Shipped.', { usage: tokens(90_000) })])}`);
    try {
      const reads = vi.spyOn(fs, 'readSync');
      expect(readContextUsage(file)).toMatchObject({ kind: 'measured', tokens: 90_000 });
      const capture = captureSession(env, 'sess-gigabyte', file);
      const read = reads.mock.results.reduce((sum, r) => sum + (r.type === 'return' ? Number(r.value) : 0), 0);
      reads.mockRestore();
      expect(capture.facts).toMatchObject({ files: ['/p/ship.ts'], first_request: 'Ship it' });
      expect(capture.coverage.skipped_bytes).toBeGreaterThan(800 * MB);
      // the usage scan's first chunk, and the capture's budget at most
      expect(read).toBeLessThanOrEqual(129 * MB + 64 * 1024);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('invalid UTF-8, torn and non-JSON lines are counted, never fatal', () => {
    const s = session([userPrompt('first')]);
    fs.appendFileSync(s.file, Buffer.from([0xff, 0xfe, 0x7b, 0x0a]));
    fs.appendFileSync(s.file, 'not json\n{"type":"brand-new-line-type","x":1}\n');
    s.append([userPrompt('second')]);
    const { facts, state } = captureSession({}, null, s.file);
    expect(facts.last_request).toBe('second');
    expect(state.lines).toMatchObject({ unreadable: 2, unknown_type: 1 });
  });

  it.each([
    ['missing', (f: string) => fs.rmSync(f, { force: true })],
    ['empty', (f: string) => fs.writeFileSync(f, '')],
    ['a directory', (f: string) => fs.mkdirSync(f)],
  ])('a transcript that is %s gives no facts and an unknown context', (_name, make) => {
    const file = path.join(dir, `odd-${sessions++}.jsonl`);
    make(file);
    expect(captureSession({}, null, file).facts).toEqual({ todos: null, files: [], agents: [], first_request: null, last_request: null });
    expect(readContextUsage(file).kind).toBe('unknown');
  });
});
