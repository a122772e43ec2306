import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';
import { readHandoffInput } from '../../scripts/core/handoff/handoff-input.ts';
import { resolveProjectDir, resolveStoreDir } from '../../scripts/core/git/project.ts';
import { cleanupTempDirs, tempDir, tempRepo } from '../helpers/repo.ts';

afterEach(cleanupTempDirs);

const stdin = (text: string) => () => Promise.resolve(text);
const noStdin = () => Promise.reject(new Error('stdin must not be read'));

describe('readHandoffInput', () => {
  it('maps the flags to snake_case fields, dropping the ones not given', async () => {
    const values = {
      task: 'T',
      ticket: 'AUTH-1',
      summary: 'S',
      phase: '2: Build',
      id: 'some-id',
      status: 'paused',
      accomplishment: ['a1', 'a2'],
      next: ['n'],
      decision: ['d'],
      blocker: ['b'],
      note: ['x'],
      format: 'json',
    };
    expect(await readHandoffInput(values, noStdin, '/')).toEqual({
      task: 'T',
      ticket_id: 'AUTH-1',
      summary: 'S',
      phase: '2: Build',
      id: 'some-id',
      status: 'paused',
      accomplishments: ['a1', 'a2'],
      next_steps: ['n'],
      decisions: ['d'],
      blockers: ['b'],
      notes: ['x'],
    });
    expect(await readHandoffInput({}, noStdin, '/')).toEqual({});
  });

  it('reads --input - from stdin and --input <file> relative to cwd; flags override the document', async () => {
    const doc = { task: 'From JSON', summary: 'json summary', next_steps: ['j1'] };
    expect(await readHandoffInput({ input: '-', summary: 'flag summary' }, stdin(JSON.stringify(doc)), '/')).toEqual({
      ...doc,
      summary: 'flag summary',
    });
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'in.json'), JSON.stringify(doc));
    expect(await readHandoffInput({ input: 'in.json' }, noStdin, dir)).toEqual(doc);
  });

  it.each([
    ['-', '{not json', '--input: standard input is not valid JSON'],
    ['-', '', '--input: standard input is empty; expected "key: value" lines or a JSON object'],
    ['-', 'null', '--input (standard input) line 1: expected "key: value"'],
    ['-', '"task"', '--input (standard input) line 1: expected "key: value"'],
    ['-', 'task: t\nsummary: s\nfavourite colour: blue', '--input (standard input) line 3: expected "key: value"'],
    ['-', 'task: t\nstatus: done', 'handoff input (stdin): field "status": '],
    ['-', '{"task": 1}', 'handoff input (stdin): field "task": '],
    ['-', '{"next_steps": [1]}', 'handoff input (stdin): field "next_steps.0": '],
    ['-', '{"task": "t", "extra": 1, "more": 2}', 'handoff input (stdin): unknown field(s) extra, more'],
    ['-', '{"phase": 2}', 'handoff input (stdin): field "phase": '],
    ['missing.json', '', '--input missing.json: cannot read it (ENOENT)'],
  ])('--input %s with %j → WorkflowError "%s…"', async (source, text, message) => {
    const error = await readHandoffInput({ input: source }, stdin(text), tempDir()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowError);
    expect((error as WorkflowError).message.startsWith(message)).toBe(true);
    expect((error as WorkflowError).exitCode).toBe(1);
  });

  it('validates the flags too', async () => {
    await expect(readHandoffInput({ status: 'done' }, noStdin, '/')).rejects.toThrow(/^--status done: expected one of active, paused, /);
    await expect(readHandoffInput({ id: 'Bad/Id' }, noStdin, '/')).rejects.toThrow(/^handoff: field "id": must be lowercase/);
  });
});

describe('resolveProjectDir and resolveStoreDir', () => {
  it('the git top level of --dir, else of CLAUDE_PROJECT_DIR or of the cwd, else that directory', () => {
    const repo = tempRepo();
    const sub = path.join(repo.path, 'a', 'b');
    fs.mkdirSync(sub, { recursive: true });
    const other = tempDir();
    // a subfolder given with --dir is its repository, as when the command runs from there
    expect(resolveProjectDir('b', path.join(repo.path, 'a'), { CLAUDE_PROJECT_DIR: other })).toBe(repo.path);
    expect(resolveProjectDir(other, sub, {})).toBe(other);
    expect(resolveProjectDir(undefined, sub, { CLAUDE_PROJECT_DIR: other })).toBe(other);
    // a session started in a subfolder: hooks see it as CLAUDE_PROJECT_DIR, commands as their cwd
    expect(resolveProjectDir(undefined, other, { CLAUDE_PROJECT_DIR: sub })).toBe(repo.path);
    expect(resolveProjectDir(undefined, sub, { CLAUDE_PROJECT_DIR: path.join(other, 'missing') })).toBe(repo.path);
    expect(resolveProjectDir(undefined, sub, {})).toBe(repo.path);
    expect(resolveProjectDir(undefined, other, {})).toBe(other);
    expect(() => resolveProjectDir('missing', other, {})).toThrow(new WorkflowError('--dir missing: not a directory'));
  });

  it('the store is <git dir>/workflow, <project>/.workflow outside git; WORKFLOW_STATE_DIR replaces it, relative to the project', () => {
    expect(resolveStoreDir('/p', {})).toBe(path.join('/p', '.workflow'));
    expect(resolveStoreDir('/p', { WORKFLOW_STATE_DIR: '/s' })).toBe('/s');
    expect(resolveStoreDir('/p', { WORKFLOW_STATE_DIR: 'state' })).toBe(path.join('/p', 'state'));
  });
});
