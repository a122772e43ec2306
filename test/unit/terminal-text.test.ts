import { describe, expect, it } from 'vitest';
import { stripControl, stripControlDeep } from '../../scripts/core/shared/terminal-text.ts';

describe('stripControl', () => {
  it.each([
    ['plain text', 'plain text'],
    ['tabs\tand\nnewlines stay', 'tabs\tand\nnewlines stay'],
    ['\u001b]0;title\u0007x', ']0;titlex'],
    ['\u001b]52;c;ZWNobw==\u0007', ']52;c;ZWNobw=='],
    ['\u001b[2Jclear', '[2Jclear'],
    ['secret\rshown', 'secretshown'],
    ['C1 \u009b31m', 'C1 31m'],
    ['bidi \u202eevil\u202c \u2066x\u2069', 'bidi evil x'],
    ['DEL\u007f', 'DEL'],
    ['ünïcödé ✓ 日本', 'ünïcödé ✓ 日本'],
  ])('%j → %j', (input, output) => {
    expect(stripControl(input)).toBe(output);
  });

  it('reaches every string of a JSON value and keeps its shape', () => {
    expect(stripControlDeep({ a: '\u001bx', b: ['\u0007y', 1, null, true], c: { d: 'z\r' } })).toEqual({ a: 'x', b: ['y', 1, null, true], c: { d: 'z' } });
  });
});
