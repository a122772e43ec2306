// A slash command's arguments reach the CLI as data: Claude Code pastes `$ARGUMENTS` into the
// `!` line as it was typed, so the commands put it in the body of a quoted heredoc (the shell
// expands nothing there) followed by an end line. Anything that cut the line short (a backtick
// ends Claude Code's `!` pattern) leaves no end line, and nothing runs on a part of the arguments.
import { WorkflowError } from '../shared/errors.ts';

/** the first option of every slash command's `!` line: its arguments come as a heredoc on stdin */
export const ARGUMENTS_FLAG = '--arguments-from-stdin';

export const ARGUMENTS_END = 'WORKFLOW_ARGUMENTS_END';

/** The words of the arguments text: whitespace apart, '…' and "…" keep spaces; nothing expands. */
export function splitArguments(text: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quote) throw new WorkflowError(`the arguments have an unclosed ${quote === '"' ? 'double' : 'single'} quote: ${JSON.stringify(text.trim())}`, 2);
  if (word !== null) words.push(word);
  return words;
}

/** The arguments text of a slash command's heredoc: what comes before its end line. */
export function argumentsFromHeredoc(body: string): string[] {
  const lines = body.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const end = lines.lastIndexOf(ARGUMENTS_END);
  if (end === -1) {
    throw new WorkflowError(
      'the arguments were cut short before they reached the command (a backtick in them ends the line Claude Code runs); nothing was done. Type them without backticks.',
      2,
    );
  }
  return splitArguments(lines.slice(0, end).join('\n'));
}
