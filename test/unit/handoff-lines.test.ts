import { describe, expect, it } from 'vitest';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';
import { parseHandoffLines } from '../../scripts/core/handoff/handoff-lines.ts';

describe('parseHandoffLines', () => {
  it.each<[string, string, Record<string, string | string[]>]>([
    ['one line per field', 'task: Build the parser\nsummary: Tokenizer done.\nphase: 2: Implementation', { task: 'Build the parser', summary: 'Tokenizer done.', phase: '2: Implementation' }],
    ['repeated list keys, in order', 'next: first\nnext: second\ndecision: Use X because Y', { next_steps: ['first', 'second'], decisions: ['Use X because Y'] }],
    ['singular and plural keys, any case', 'Accomplishment: a\naccomplishments: b\nNext Steps: c\nBlockers: d\nNotes: e', { accomplishments: ['a', 'b'], next_steps: ['c'], blockers: ['d'], notes: ['e'] }],
    ['a list key followed by bullets', 'next:\n- one\n- two\n* three', { next_steps: ['one', 'two', 'three'] }],
    ['bullets typed as •', 'next:\n• one\n• two', { next_steps: ['one', 'two'] }],
    ['an indented line continues the item before it', 'next: one\n  and more\nnext: two', { next_steps: ['one and more', 'two'] }],
    ['an indented line continues the summary on a new line', 'summary: First.\n  Second: still summary.', { summary: 'First.\nSecond: still summary.' }],
    ['colons, quotes, dollars and braces without quotes pass through', `decision: Keep "a: b" as $HOME's {x}`, { decisions: [`Keep "a: b" as $HOME's {x}`] }],
    ['blank lines and CRLF are ignored', 'task: t\r\n\r\nticket: ABC-1\r\n', { task: 't', ticket_id: 'ABC-1' }],
    ['an empty list key gives an empty list', 'blocker:', { blockers: [] }],
    ['id, status and files', 'id: my-flow\nstatus: paused\nfile: src/a.ts', { id: 'my-flow', status: 'paused', files_modified: ['src/a.ts'] }],
  ])('%s', (_name, text, expected) => {
    expect(parseHandoffLines(text, 'input')).toEqual(expected);
  });

  it.each([
    ['a first line that is not a known key', 'hello there', 'input line 1: expected "key: value"'],
    ['an unknown key later', 'task: t\ncolour: blue', 'input line 2: expected "key: value"'],
    ['an indented line with nothing before it', '  task: t', 'input line 1: expected "key: value"'],
  ])('refuses %s, naming the line', (_name, text, message) => {
    expect(() => parseHandoffLines(text, 'input')).toThrow(WorkflowError);
    expect(() => parseHandoffLines(text, 'input')).toThrow(message);
  });
});

describe('sub-phase', () => {
  it('is a key of its own in the line format', () => {
    expect(parseHandoffLines('phase: 2: Implementation\nsub_phase: API layer', 'input')).toEqual({ phase: '2: Implementation', sub_phase: 'API layer' });
    expect(parseHandoffLines('subphase: Tests', 'input')).toEqual({ sub_phase: 'Tests' });
  });
});
