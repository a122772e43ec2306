import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BASELINE_CONTEXT_TOKENS,
  USAGE_FIRST_CHUNK_BYTES,
  USAGE_MAX_BYTES,
  readContextUsage,
  readTranscriptTail,
} from '../../scripts/core/session/transcript.ts';
import {
  type Line,
  MODEL,
  assistant,
  compactBoundary,
  compactSummary,
  makeTempDir,
  otherLines,
  removeTempDir,
  syntheticAssistant,
  text,
  tokens,
  toolResult,
  toolResultBlock,
  toolUse,
  userPrompt,
  writeLargeTranscript,
  writeTranscript,
} from '../helpers/transcript-fixtures.ts';
import { captureSession } from '../../scripts/core/session/session-capture.ts';

const MB = 1024 * 1024;
let dir: string;
let fileCount = 0;

beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => {
  removeTempDir(dir);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function transcript(lines: (Line | string)[], options: Parameters<typeof writeTranscript>[3] = {}): string {
  fileCount += 1;
  return writeTranscript(dir, `t${fileCount}.jsonl`, lines, options);
}

/** Counts the bytes the module reads, whatever API it reads them through. */
function countBytesRead(): { total: () => number } {
  const spy = vi.spyOn(fs, 'readSync');
  return { total: () => spy.mock.results.reduce((sum, r) => sum + (r.type === 'return' ? Number(r.value) : 0), 0) };
}

/** The whole transcript mined at once, in the shape the rules below were written against. */
function mineTranscript(file: string) {
  const { facts } = captureSession({}, null, file);
  return {
    todos: facts.todos,
    files_modified: facts.files,
    agents: facts.agents.map(({ type, description, done }) => ({ type, description, done })),
    last_prompt: facts.last_request,
  };
}

const estimateOf = (...texts: string[]) => BASELINE_CONTEXT_TOKENS + Math.ceil(texts.join('').length / 4);

describe('readTranscriptTail', () => {
  const a = JSON.stringify({ type: 'user', n: 1 });
  const b = JSON.stringify({ type: 'user', n: 2 });
  const c = JSON.stringify({ type: 'user', n: 3 });

  it('returns [] for a missing file and for a non-positive budget', () => {
    expect(readTranscriptTail(`${dir}/missing.jsonl`, 1024)).toEqual([]);
    expect(readTranscriptTail(transcript([a]), 0)).toEqual([]);
  });

  it('returns [] for an empty file', () => {
    expect(readTranscriptTail(transcript([]), 1024)).toEqual([]);
  });

  it('returns every line, oldest first, when the file is smaller than the budget', () => {
    expect(readTranscriptTail(transcript([a, b, c]), 1024)).toEqual([a, b, c]);
  });

  it('drops the cut first line when the budget ends inside it', () => {
    const file = transcript([a, b, c]);
    expect(readTranscriptTail(file, b.length + c.length + 5)).toEqual([b, c]);
  });

  it('strips CR of CRLF line ends', () => {
    expect(readTranscriptTail(transcript([a, b, c], { crlf: true }), 1024)).toEqual([a, b, c]);
  });

  it('skips blank lines', () => {
    expect(readTranscriptTail(transcript([a, '', '   ', b]), 1024)).toEqual([a, b]);
  });

  it('ignores a torn last line that is still being written', () => {
    expect(readTranscriptTail(transcript([a, b], { torn: { type: 'assistant', message: { content: 'x'.repeat(50) } } }), 1024)).toEqual([a, b]);
  });

  it('keeps a complete last line that has no newline yet', () => {
    expect(readTranscriptTail(transcript([a, b], { noFinalNewline: true }), 1024)).toEqual([a, b]);
    expect(readTranscriptTail(transcript([a], { noFinalNewline: true }), 1024)).toEqual([a]);
  });

  it('keeps multi-byte text intact when the window starts inside a character', () => {
    const wide = JSON.stringify({ type: 'user', text: 'é€😀'.repeat(20) });
    const file = transcript([wide, wide]);
    expect(readTranscriptTail(file, Buffer.byteLength(wide) + 10)).toEqual([wide]);
  });
});

describe('readContextUsage', () => {
  it('sums the usage of the last main-chain reply, skipping later sidechain and synthetic lines', () => {
    const file = transcript([
      userPrompt('fix the bug'),
      assistant('looking', { usage: tokens(1, 1, 1) }),
      toolResult('toolu_1', 'ok'),
      assistant('done', { usage: { ...tokens(12, 3_400, 56_000), output_tokens: 700 } }),
      assistant('subagent work', { sidechain: true, usage: { input_tokens: 150_000 } }),
      syntheticAssistant('API Error: overloaded'),
      ...otherLines(),
    ]);
    expect(readContextUsage(file)).toMatchObject({ tokens: 59_412, kind: 'measured', model: MODEL, sawCompactBoundary: false });
  });

  it('reads requestedModel (with its [1m]) and the Claude Code version of the usage line', () => {
    const file = transcript([userPrompt('hi'), assistant('ok', { model: 'claude-sonnet-4-6', requestedModel: 'claude-sonnet-4-6[1m]', version: '2.1.332' })]);
    expect(readContextUsage(file)).toMatchObject({ model: 'claude-sonnet-4-6', requestedModel: 'claude-sonnet-4-6[1m]', version: '2.1.332' });
  });

  it('treats missing cache figures as zero', () => {
    const file = transcript([{ type: 'assistant', message: { model: MODEL, content: [], usage: { input_tokens: 4_321, output_tokens: 5 } } }]);
    expect(readContextUsage(file)).toMatchObject({ tokens: 4_321, kind: 'measured' });
  });

  it('uses the usage written after a compaction', () => {
    const file = transcript([
      assistant('old', { usage: tokens(160_000) }),
      compactBoundary(),
      compactSummary('short'),
      assistant('new', { usage: tokens(9, 20_000) }),
    ]);
    expect(readContextUsage(file)).toMatchObject({ tokens: 20_009, kind: 'measured', sawCompactBoundary: false });
  });

  it('estimates from the session baseline and the text since the compaction when the newest usage is older than it', () => {
    const summary = compactSummary('We were fixing the Safari login bug.');
    const first = assistant('first', { usage: tokens(21_000) });
    const file = transcript([first, assistant('old', { usage: { input_tokens: 160_000 } }), compactBoundary(), summary, userPrompt('carry on')]);
    const summaryText = String((summary.message as { content: string }).content);
    // the baseline is what this session's first reply measured, not a fixed guess
    expect(readContextUsage(file)).toMatchObject({
      tokens: 21_000 + Math.ceil((summaryText + 'carry on').length / 4),
      kind: 'estimated',
      model: null,
      sawCompactBoundary: true,
    });
  });

  it("adds Claude Code's postTokens to the session baseline after a compaction, plus the text since (not the summary twice)", () => {
    const boundary = compactBoundary();
    (boundary as { compactMetadata: Record<string, unknown> }).compactMetadata = { trigger: 'auto', preTokens: 170_000, postTokens: 41_000 };
    const file = transcript([assistant('first', { usage: tokens(18_000) }), assistant('old', { usage: tokens(170_000) }), boundary, compactSummary('a long summary'), userPrompt('carry on')]);
    expect(readContextUsage(file)).toMatchObject({ tokens: 18_000 + 41_000 + Math.ceil('carry on'.length / 4), kind: 'estimated', sawCompactBoundary: true });
  });

  it('estimates from all the text read when there is no usage at all', () => {
    const file = transcript([
      userPrompt('hello there'),
      assistant([text('hi'), toolUse('toolu_1', 'Read', { file_path: '/p/a.ts' })], { usage: null }),
      toolResult('toolu_1', 'const a = 1;'),
    ]);
    const input = JSON.stringify({ file_path: '/p/a.ts' });
    expect(readContextUsage(file)).toMatchObject({
      tokens: estimateOf('hello there', 'hi', input, 'const a = 1;'),
      kind: 'estimated',
      sawCompactBoundary: false,
    });
  });

  it.each([
    ['a missing file', () => `${dir}/missing.jsonl`],
    ['an empty file', () => transcript([])],
  ])('says the figure is unknown for %s', (_name, file) => {
    expect(readContextUsage(file())).toEqual({
      tokens: 0,
      kind: 'unknown',
      model: null,
      requestedModel: null,
      version: null,
      sawCompactBoundary: false,
      bytesRead: 0,
      bytesSince: 0,
      replyPending: false,
    });
  });

  // what a reply not written yet can add to the figure is bounded by the bytes since it
  const lineBytes = (lines: Line[]) => lines.reduce((sum, line) => sum + Buffer.byteLength(JSON.stringify(line)) + 1, 0);
  const after = [userPrompt('next: the parser, für alle Fälle ✓'), toolResult('toolu_1', '日本語の出力'), ...otherLines()];
  const next = userPrompt('next');
  it.each<[string, Line[], number]>([
    ['the newest line has the figure', [userPrompt('go'), assistant('done')], 0],
    ['a prompt, tool results and other lines after it (UTF-8 bytes)', [userPrompt('go'), assistant('done'), ...after], lineBytes(after)],
    ['a torn line being written is not counted', [userPrompt('go'), assistant('done'), next], lineBytes([next])],
  ])('bytesSince: %s', (_name, lines, expected) => {
    expect(readContextUsage(transcript(lines, { torn: assistant('half') })).bytesSince).toBe(expected);
  });

  it('bytesSince: a line too long to hold after the figure has no bound', () => {
    const file = writeLargeTranscript(dir, 'long-since.jsonl', [assistant('done')], 0, [userPrompt('x'.repeat(8 * MB))]);
    try {
      expect(readContextUsage(file)).toMatchObject({ kind: 'measured', bytesSince: Number.POSITIVE_INFINITY });
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  // A Stop hook can run before Claude Code has written the reply it announces (measured on 2.1.197
  // and 2.1.332): the reading says so, and the hook waits for it
  const meta = (content: string) => userPrompt(content, { isMeta: true });
  const attachmentLine = (uuid: string, parentUuid: string) => ({ type: 'attachment', uuid, parentUuid, isSidechain: false, attachment: { type: 'skill_listing' } });
  it.each<[string, boolean, Line[]]>([
    ['the reply written after the prompt', false, [userPrompt('go'), assistant('done')]],
    ['a prompt newer than every reply', true, [userPrompt('go'), assistant('done'), userPrompt('next')]],
    ['tool results newer than the tool call', true, [userPrompt('go'), assistant([toolUse('toolu_1', 'Read', {})]), toolResult('toolu_1', 'ok')]],
    ["Claude Code's meta lines and other lines after the reply", false, [userPrompt('go'), assistant('done'), meta('<command-name>/context</command-name>'), ...otherLines()]],
    ['a meta line after the prompt', true, [userPrompt('go'), assistant('done'), userPrompt('next'), meta('caveat')]],
    ["a subagent's prompt after the main reply", false, [userPrompt('go'), assistant('done'), toolResult('toolu_2', 'x', { sidechain: true })]],
    ['a reply without usage after the prompt', false, [userPrompt('go'), assistant('done', { usage: null })]],
    ['a file with no message yet', true, [{ type: 'mode', mode: 'default' }, { type: 'permission-mode', permissionMode: 'default' }]],
    // 2.1.197's first turn in the interactive UI, now and then: the reply's line before the prompt it answers
    ['a reply written before the prompt it answers', false, [{ ...assistant('done'), parentUuid: 'a-2' }, userPrompt('go', { uuid: 'p-1' }), attachmentLine('a-1', 'p-1'), attachmentLine('a-2', 'a-1')]],
    ['a reply before the prompt, answering an older one', true, [userPrompt('go', { uuid: 'p-0' }), { ...assistant('done'), parentUuid: 'p-0' }, userPrompt('next', { uuid: 'p-1' }), attachmentLine('a-1', 'p-1')]],
  ])('replyPending: %s → %s', (_name, pending, lines) => {
    expect(readContextUsage(transcript(lines)).replyPending).toBe(pending);
  });

  it('replyPending: a prompt too long to parse is still a prompt, read from its first bytes', () => {
    const file = writeLargeTranscript(dir, 'long-prompt.jsonl', [assistant('done')], 0, [userPrompt('x'.repeat(8 * MB))]);
    try {
      expect(readContextUsage(file)).toMatchObject({ kind: 'measured', replyPending: true });
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('ignores a torn last line and uses the complete one before it', () => {
    const file = transcript([assistant('done', { usage: tokens(100) })], {
      torn: assistant('next', { usage: { input_tokens: 190_000 } }),
    });
    expect(readContextUsage(file)).toMatchObject({ tokens: 100, kind: 'measured' });
  });

  it('reads CRLF transcripts', () => {
    const file = transcript([userPrompt('x'), assistant('y', { usage: tokens(7) })], { crlf: true });
    expect(readContextUsage(file)).toMatchObject({ tokens: 7, kind: 'measured' });
  });

  it('is not fooled by a tool result that quotes a usage line or a compact boundary', () => {
    const quoted = JSON.stringify([assistant('x', { usage: { input_tokens: 999_999 } }), compactBoundary()]);
    const file = transcript([assistant('real', { usage: tokens(500) }), toolResult('toolu_1', quoted)]);
    expect(readContextUsage(file)).toMatchObject({ tokens: 500, kind: 'measured', sawCompactBoundary: false });
  });

  describe('on large transcripts', () => {
    const early = assistant('early', { usage: tokens(1) });
    const late = assistant('late', { usage: tokens(10, 2_000, 30_000) });

    it('reads only the first chunk of a 100 MB transcript whose newest line has usage', () => {
      const file = writeLargeTranscript(dir, 'big.jsonl', [early], 100 * MB, [userPrompt('go on'), late]);
      try {
        expect(fs.statSync(file).size).toBeGreaterThan(100 * MB);
        const reads = countBytesRead();
        const result = readContextUsage(file);
        expect(result).toMatchObject({ tokens: 32_010, kind: 'measured' });
        expect(result.bytesRead).toBeLessThanOrEqual(USAGE_FIRST_CHUNK_BYTES);
        expect(reads.total()).toBe(result.bytesRead);
      } finally {
        fs.rmSync(file, { force: true });
      }
    });

    it('finds usage 3 MB before the end with growing chunks, within the cap', () => {
      const file = writeLargeTranscript(dir, 'three.jsonl', [late], 3 * MB, [userPrompt('and then')]);
      try {
        const result = readContextUsage(file);
        expect(result).toMatchObject({ tokens: 32_010, kind: 'measured' });
        expect(result.bytesRead).toBeGreaterThan(3 * MB);
        expect(result.bytesRead).toBeLessThanOrEqual(USAGE_MAX_BYTES);
      } finally {
        fs.rmSync(file, { force: true });
      }
    });

    it('stops at the cap and estimates when the usage is further back', () => {
      const file = writeLargeTranscript(dir, 'far.jsonl', [late], 3 * MB, []);
      try {
        const reads = countBytesRead();
        const result = readContextUsage(file, { maxBytes: MB });
        expect(result.kind).toBe('estimated');
        expect(result.bytesRead).toBe(MB);
        // and the session's first 256 KB, for its baseline
        expect(reads.total()).toBeLessThanOrEqual(MB + 256 * 1024);
      } finally {
        fs.rmSync(file, { force: true });
      }
    });
  });
});

describe('mineTranscript', () => {
  const mine = (lines: (Line | string)[]) => mineTranscript(transcript(lines));

  it('finds nothing in a missing or empty transcript', () => {
    const empty = { todos: null, files_modified: [], agents: [], last_prompt: null };
    expect(mineTranscript(`${dir}/missing.jsonl`)).toEqual(empty);
    expect(mine([])).toEqual(empty);
  });

  describe('todos', () => {
    it('takes the last TodoWrite list and splits it into active and completed', () => {
      const result = mine([
        assistant([toolUse('toolu_1', 'TodoWrite', { todos: [{ content: 'old', status: 'pending', activeForm: 'Doing old' }] })]),
        toolResult('toolu_1', 'Todos have been modified successfully.'),
        assistant([
          toolUse('toolu_2', 'TodoWrite', {
            todos: [
              { content: 'Reproduce', status: 'completed', activeForm: 'Reproducing' },
              { content: 'Fix', status: 'in_progress', activeForm: 'Fixing' },
              { content: 'Test', status: 'pending', activeForm: 'Testing' },
            ],
          }),
        ]),
      ]);
      expect(result.todos).toEqual({
        active: [
          { content: 'Fix', status: 'in_progress' },
          { content: 'Test', status: 'pending' },
        ],
        completed: [{ content: 'Reproduce', status: 'completed' }],
      });
    });

    it('reports an emptied list as empty, not as unknown', () => {
      expect(mine([assistant([toolUse('toolu_1', 'TodoWrite', { todos: [] })])]).todos).toEqual({ active: [], completed: [] });
    });

    it('ignores the todo list of a subagent', () => {
      const subagent = assistant([toolUse('toolu_1', 'TodoWrite', { todos: [{ content: 'sub', status: 'pending' }] })], { sidechain: true });
      expect(mine([subagent]).todos).toBeNull();
    });

    it('rebuilds the list from TaskCreate and TaskUpdate', () => {
      const result = mine([
        assistant([
          toolUse('toolu_1', 'TaskCreate', { subject: 'Write parser', description: 'd', activeForm: 'Writing parser' }),
          toolUse('toolu_2', 'TaskCreate', { subject: 'Write tests', description: 'd' }),
          toolUse('toolu_3', 'TaskCreate', { subject: 'Throwaway', description: 'd' }),
        ]),
        toolResult('toolu_1', 'Task #1 created successfully: Write parser', { toolUseResult: { task: { id: '1', subject: 'Write parser' } } }),
        // no structured result: the id is read from the text
        toolResult('toolu_2', 'Task #2 created successfully: Write tests'),
        toolResult('toolu_3', 'Task #3 created successfully: Throwaway', { toolUseResult: { task: { id: '3', subject: 'Throwaway' } } }),
        assistant([toolUse('toolu_4', 'TaskUpdate', { taskId: '1', status: 'completed' })]),
        toolResult('toolu_4', 'Updated task #1 status', {
          toolUseResult: { success: true, taskId: '1', updatedFields: ['status'], statusChange: { from: 'pending', to: 'completed' } },
        }),
        assistant([
          toolUse('toolu_5', 'TaskUpdate', { taskId: '2', status: 'in_progress', subject: 'Write unit tests' }),
          toolUse('toolu_6', 'TaskUpdate', { taskId: '3', status: 'deleted' }),
        ]),
      ]);
      expect(result.todos).toEqual({
        active: [{ content: 'Write unit tests', status: 'in_progress' }],
        completed: [{ content: 'Write parser', status: 'completed' }],
      });
    });

    it('keeps a task created before the tail, named by its id until a list names it', () => {
      const update = assistant([toolUse('toolu_1', 'TaskUpdate', { taskId: '7', status: 'in_progress' })]);
      expect(mine([update]).todos).toEqual({ active: [{ content: 'Task #7', status: 'in_progress' }], completed: [] });
      const list = toolResult('toolu_2', '#7 [in_progress] Ship it\n#8 [pending] Announce it', {
        toolUseResult: {
          tasks: [
            { id: '7', subject: 'Ship it', status: 'in_progress', blockedBy: [] },
            { id: '8', subject: 'Announce it', status: 'pending', owner: 'me', blockedBy: ['7'] },
          ],
        },
      });
      expect(mine([update, assistant([toolUse('toolu_2', 'TaskList', {})]), list]).todos).toEqual({
        active: [
          { content: 'Ship it', status: 'in_progress' },
          { content: 'Announce it', status: 'pending' },
        ],
        completed: [],
      });
    });

    it('reads a TaskList result from its text when there is no structured result', () => {
      const result = mine([assistant([toolUse('toolu_1', 'TaskList', {})]), toolResult('toolu_1', '#1 [completed] Parse\n#2 [pending] Render')]);
      expect(result.todos).toEqual({ active: [{ content: 'Render', status: 'pending' }], completed: [{ content: 'Parse', status: 'completed' }] });
    });

    it('drops a TaskCreate that failed', () => {
      const failed = [
        assistant([toolUse('toolu_1', 'TaskCreate', { subject: 'x', description: 'd' })]),
        toolResult('toolu_1', 'Error: no', { isError: true }),
      ];
      expect(mine(failed).todos).toBeNull();
      const created = [
        assistant([toolUse('toolu_0', 'TaskCreate', { subject: 'kept', description: 'd' })]),
        toolResult('toolu_0', 'Task #1 created successfully: kept'),
      ];
      expect(mine([...created, ...failed]).todos).toEqual({ active: [{ content: 'kept', status: 'pending' }], completed: [] });
    });

    it('keeps a TaskCreate whose result is not written yet', () => {
      expect(mine([assistant([toolUse('toolu_1', 'TaskCreate', { subject: 'in flight', description: 'd' })])]).todos).toEqual({
        active: [{ content: 'in flight', status: 'pending' }],
        completed: [],
      });
    });

    it('does not let a refused TodoWrite replace the task list', () => {
      const result = mine([
        assistant([toolUse('toolu_1', 'TaskCreate', { subject: 'Alpha', description: 'd' })]),
        toolResult('toolu_1', 'Task #1 created successfully: Alpha', { toolUseResult: { task: { id: '1', subject: 'Alpha' } } }),
        assistant([toolUse('toolu_2', 'TodoWrite', { todos: [{ content: 'x', status: 'pending', activeForm: 'X' }] })]),
        toolResult('toolu_2', '<tool_use_error>Error: No such tool available: TodoWrite.</tool_use_error>', {
          isError: true,
          toolUseResult: 'Error: No such tool available: TodoWrite.',
        }),
      ]);
      expect(result.todos).toEqual({ active: [{ content: 'Alpha', status: 'pending' }], completed: [] });
    });

    it('updates a task from a TaskGet result', () => {
      const result = mine([
        assistant([toolUse('toolu_1', 'TaskGet', { taskId: '4' })]),
        toolResult('toolu_1', 'Task #4: Migrate', {
          toolUseResult: { task: { id: '4', subject: 'Migrate', description: 'd', status: 'completed', blocks: [], blockedBy: [] } },
        }),
      ]);
      expect(result.todos).toEqual({ active: [], completed: [{ content: 'Migrate', status: 'completed' }] });
    });

    it.each([
      ['TodoWrite without a list', toolUse('toolu_1', 'TodoWrite', { todos: 'none' })],
      ['TodoWrite with a null input', toolUse('toolu_1', 'TodoWrite', null)],
      ['TaskUpdate without a task id', toolUse('toolu_1', 'TaskUpdate', { status: 'completed' })],
      ['TaskCreate with a string input', toolUse('toolu_1', 'TaskCreate', 'Write parser')],
      ['Agent with a number input', toolUse('toolu_1', 'Agent', 42)],
      ['Edit without a path', toolUse('toolu_1', 'Edit', { old_string: 'a' })],
    ])('tolerates %s', (_name, block) => {
      expect(() => mine([assistant([block]), toolResult('toolu_1', [{ type: 'image' }], { toolUseResult: 'weird' })])).not.toThrow();
    });

    it('skips malformed todo items but keeps the rest', () => {
      const todos = [{ content: 'ok', status: 'pending' }, { status: 'pending' }, 'x', { content: 'z', status: 'blocked' }];
      const result = mine([assistant([toolUse('toolu_1', 'TodoWrite', { todos })])]);
      expect(result.todos).toEqual({ active: [{ content: 'ok', status: 'pending' }, { content: 'z', status: 'pending' }], completed: [] });
    });
  });

  describe('files', () => {
    it('lists written and edited files once each, in order of last touch', () => {
      const result = mine([
        assistant([
          toolUse('toolu_1', 'Write', { file_path: '/p/a.ts', content: 'x' }),
          toolUse('toolu_2', 'Edit', { file_path: '/p/b.ts', old_string: 'a', new_string: 'b' }),
        ]),
        toolResult('toolu_1', 'File created successfully at: /p/a.ts'),
        toolResult('toolu_2', 'The file /p/b.ts has been updated.'),
        assistant([toolUse('toolu_3', 'MultiEdit', { file_path: '/p/c.ts', edits: [] })]),
        toolResult('toolu_3', 'ok'),
        assistant([toolUse('toolu_4', 'NotebookEdit', { notebook_path: '/p/n.ipynb', new_source: 'x' })]),
        toolResult('toolu_4', 'ok'),
        assistant([toolUse('toolu_5', 'Edit', { file_path: '/p/a.ts', old_string: 'x', new_string: 'y' })]),
        toolResult('toolu_5', 'ok'),
        assistant([toolUse('toolu_6', 'Read', { file_path: '/p/r.ts' })]),
        toolResult('toolu_6', 'content'),
      ]);
      expect(result.files_modified).toEqual(['/p/b.ts', '/p/c.ts', '/p/n.ipynb', '/p/a.ts']);
    });

    it('leaves out an edit that failed and keeps one whose result is not written yet', () => {
      const result = mine([
        assistant([toolUse('toolu_1', 'Edit', { file_path: '/p/failed.ts', old_string: 'a', new_string: 'b' })]),
        toolResult('toolu_1', '<tool_use_error>String to replace not found in file.</tool_use_error>', { isError: true }),
        assistant([toolUse('toolu_2', 'Write', { file_path: '/p/pending.ts', content: 'x' })]),
      ]);
      expect(result.files_modified).toEqual(['/p/pending.ts']);
    });

    it('counts edits made by subagents', () => {
      const result = mine([
        assistant([toolUse('toolu_1', 'Edit', { file_path: '/p/sub.ts' })], { sidechain: true }),
        toolResult('toolu_1', 'ok', { sidechain: true }),
      ]);
      expect(result.files_modified).toEqual(['/p/sub.ts']);
    });
  });

  describe('agents', () => {
    it('lists Task and Agent calls, done once their result came back', () => {
      const result = mine([
        assistant([
          toolUse('toolu_1', 'Task', { subagent_type: 'Explore', description: 'find cookie code', prompt: 'p' }),
          toolUse('toolu_2', 'Agent', { subagent_type: 'code-reviewer', description: 'review the fix', prompt: 'p' }),
          toolUse('toolu_3', 'Agent', { description: 'default type', prompt: 'p' }),
        ]),
        toolResult('toolu_1', [text('Found it in src/session.ts')], {
          toolUseResult: { status: 'completed', agentId: 'a1', agentType: 'Explore', content: [], totalToolUseCount: 3 },
        }),
      ]);
      expect(result.agents).toEqual([
        { type: 'Explore', description: 'find cookie code', done: true },
        { type: 'code-reviewer', description: 'review the fix', done: false },
        { type: 'general-purpose', description: 'default type', done: false },
      ]);
    });

    it('keeps a background agent running until its notification arrives', () => {
      const launched = [
        assistant([toolUse('toolu_1', 'Agent', { subagent_type: 'Explore', description: 'scan', prompt: 'p', run_in_background: true })]),
        toolResult('toolu_1', 'Async agent launched successfully.', {
          toolUseResult: { isAsync: true, status: 'async_launched', agentId: 'a42', description: 'scan', prompt: 'p', outputFile: '/tmp/a42.output' },
        }),
      ];
      expect(mine(launched).agents).toEqual([{ type: 'Explore', description: 'scan', done: false }]);
      const notification = '<task-notification>\n<task-id>a42</task-id>\n<status>completed</status>\n<summary>done</summary>\n</task-notification>';
      const notified = [...launched, userPrompt(notification)];
      expect(mine(notified)).toMatchObject({ agents: [{ type: 'Explore', description: 'scan', done: true }], last_prompt: null });
    });

    it.each([
      ['its agent id', '<task-notification>\n<task-id>a42</task-id>\n<status>failed</status>\n</task-notification>', true],
      ['its tool use id', '<task-notification><task-id>zz</task-id><tool-use-id>toolu_1</tool-use-id></task-notification>', true],
      ['a remote task id', '<task-notification><task-id>r7</task-id><status>completed</status></task-notification>', true],
      ['a still running status', '<task-notification><task-id>a42</task-id><status>running</status></task-notification>', false],
      ['another task', '<task-notification><task-id>other</task-id><status>completed</status></task-notification>', false],
    ])('marks a background agent from a notification naming %s', (_name, notification, done) => {
      const launch = (agentId: string, status: string) => ({ status, agentId, taskId: agentId, description: 'scan', prompt: 'p' });
      const result = mine([
        assistant([toolUse('toolu_1', 'Agent', { description: 'scan', prompt: 'p', run_in_background: true })]),
        toolResult('toolu_1', 'launched', { toolUseResult: notification.includes('r7') ? launch('r7', 'remote_launched') : launch('a42', 'async_launched') }),
        userPrompt(notification),
      ]);
      expect(result.agents).toEqual([{ type: 'general-purpose', description: 'scan', done }]);
    });

    it('ignores agents started by subagents', () => {
      const nested = assistant([toolUse('toolu_1', 'Task', { subagent_type: 'Explore', description: 'nested' })], { sidechain: true });
      expect(mine([nested]).agents).toEqual([]);
    });
  });

  describe('last prompt', () => {
    it('takes the newest real prompt, as string or text blocks', () => {
      expect(mine([userPrompt('first'), assistant('ok'), userPrompt('second')]).last_prompt).toBe('second');
      expect(mine([userPrompt([text('look at'), { type: 'image', source: {} }, text('this')])]).last_prompt).toBe('look at this');
    });

    it.each([
      ['a tool result', toolResult('toolu_1', 'output')],
      ['a meta line', userPrompt('Caveat: expanded command body', { isMeta: true })],
      ['a slash command wrapper', userPrompt('<command-message>workflow:handoff</command-message>\n<command-name>/workflow:handoff</command-name>')],
      ['local command output', userPrompt('<local-command-stdout>Compacted</local-command-stdout>')],
      ['a shell escape', userPrompt('<bash-input>ls</bash-input>')],
      ['system reminders only', userPrompt('<system-reminder>\nThe date changed.\n</system-reminder>\n  ')],
      ['reminders as text blocks', userPrompt([text('<system-reminder>x</system-reminder>')])],
      ['the compaction summary', compactSummary('all of it')],
      ['an interruption', userPrompt([text('[Request interrupted by user for tool use]')])],
      ['a subagent prompt', userPrompt('subagent task', { isSidechain: true })],
    ])('skips %s', (_name, line) => {
      expect(mine([userPrompt('the real request'), assistant('ok'), line]).last_prompt).toBe('the real request');
    });

    it('removes system reminders around the prompt and collapses whitespace', () => {
      expect(mine([userPrompt('<system-reminder>ctx</system-reminder>\n\nplease   fix\nthe login')]).last_prompt).toBe('please fix the login');
    });

    it("falls back to Claude Code's last-prompt record when the prompt is out of the tail", () => {
      const record = { type: 'last-prompt', lastPrompt: 'fix   the login', leafUuid: 'u', sessionId: 's' };
      expect(mine([assistant('working'), record, { type: 'last-prompt', leafUuid: 'u2', sessionId: 's' }]).last_prompt).toBe('fix the login');
      expect(mine([record, userPrompt('newer request')]).last_prompt).toBe('newer request');
    });

    it('clips long prompts to 300 characters', () => {
      const prompt = mine([userPrompt('ab'.repeat(400))]).last_prompt;
      expect(prompt).toHaveLength(300);
      expect(prompt?.endsWith('…')).toBe(true);
    });
  });

  it('skips other line types, sidechain noise, torn and unparsable lines', () => {
    const file = transcript(
      [
        ...otherLines(),
        'not json at all',
        '{"type": 42}',
        userPrompt('real'),
        assistant([toolUse('toolu_1', 'Edit', { file_path: '/p/x.ts' })]),
        toolResult('toolu_1', 'ok'),
        assistant([toolResultBlock('nope', 'misplaced')]),
      ],
      { torn: assistant([toolUse('toolu_9', 'Write', { file_path: '/p/torn.ts' })]), crlf: true },
    );
    expect(mineTranscript(file)).toEqual({ todos: null, files_modified: ['/p/x.ts'], agents: [], last_prompt: 'real' });
  });
});
