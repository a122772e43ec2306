import { describe, expect, it } from 'vitest';
import { ARGUMENTS_END, argumentsFromHeredoc, splitArguments } from '../../scripts/core/handoff/command-arguments.ts';

describe('splitArguments: words as typed, nothing expanded', () => {
  it.each([
    ['', []],
    ['  fix-login-20261121-110556  ', ['fix-login-20261121-110556']],
    ['id --take-over', ['id', '--take-over']],
    ['--device "Ada laptop" --limit 5', ['--device', 'Ada laptop', '--limit', '5']],
    ["--device 'Ada laptop'", ['--device', 'Ada laptop']],
    ['--device ""', ['--device', '']],
    ['x; touch PWNED', ['x;', 'touch', 'PWNED']],
    ['x && touch PWNED || y | z', ['x', '&&', 'touch', 'PWNED', '||', 'y', '|', 'z']],
    ['x $(touch PWNED) $HOME ~', ['x', '$(touch', 'PWNED)', '$HOME', '~']],
    ['x\ntouch PWNED', ['x', 'touch', 'PWNED']],
    ['"it\'s" \'say "hi"\'', ["it's", 'say "hi"']],
  ])('%j → %j', (text, words) => {
    expect(splitArguments(text)).toEqual(words);
  });

  it.each(["' ; touch PWNED", '" ; touch PWNED'])('an unclosed quote is refused: %j', (text) => {
    expect(() => splitArguments(text)).toThrow(/unclosed (single|double) quote/);
  });
});

describe('argumentsFromHeredoc', () => {
  it('takes what comes before the end line', () => {
    expect(argumentsFromHeredoc(`my-id --take-over\n${ARGUMENTS_END}\n`)).toEqual(['my-id', '--take-over']);
    expect(argumentsFromHeredoc(`\n${ARGUMENTS_END}\n`)).toEqual([]);
    expect(argumentsFromHeredoc(`a\r\n${ARGUMENTS_END}\r\n`)).toEqual(['a']);
  });

  it('refuses arguments cut short (no end line): nothing runs on a part of them', () => {
    expect(() => argumentsFromHeredoc('my-id ')).toThrow(/cut short/);
    expect(() => argumentsFromHeredoc('')).toThrow(/cut short/);
  });
});
