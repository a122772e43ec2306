// What dist/cli.cjs runs for `statusline`, which Claude Code starts at every refresh of its status
// line. A refresh the state memo vouches for (held-statusline.ts) is answered here, without zod,
// the store's reading or the CLI's boundary; anything else (another option, an input or a store
// the memo does not vouch for) goes to the CLI's boundary with the statusline command, loaded only
// then, with the input this process read.
import { runWrappedStatusline } from './core/runtime/wrapped-statusline.ts';
import { joinStatusline } from './core/render/statusline.ts';
import { stripControl } from './core/shared/terminal-text.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { heldStatusline } from './core/workflows/held-statusline.ts';
import { readStdin, writeStdout } from './process-io.ts';
import { quickPathAnswered } from './quick-path-signal.ts';

/** The command `statusline [--wrap COMMAND]` wraps ('' for none); null for any other arguments, which the CLI's boundary reads. */
function wrapOf(args: readonly string[]): string | null {
  const [first, second] = args;
  if (first === undefined) return '';
  if (args.length === 1 && first.startsWith('--wrap=')) return first.slice('--wrap='.length);
  return args.length === 2 && first === '--wrap' && second !== undefined && !second.startsWith('-') ? second : null;
}

/** The CLI's boundary with the statusline command, reading standard input with `readInput`. */
async function longWay(readInput: () => Promise<string>): Promise<void> {
  (await import('./statusline-command-line.ts')).runStatuslineCommandLine(readInput);
}

async function refresh(args: readonly string[]): Promise<void> {
  const wrap = wrapOf(args);
  if (wrap === null) return longWay(readStdin);
  useStateMemo(process.env);
  let text: string;
  try {
    text = await readStdin();
  } catch (error) {
    return longWay(() => Promise.reject(error));
  }
  const ours = heldStatusline(text, process.env, process.cwd(), new Date());
  if (ours === null) return longWay(async () => text);
  quickPathAnswered();
  const line = joinStatusline(wrap ? runWrappedStatusline(wrap, text, process.env) : '', ours);
  if (line) writeStdout(`${stripControl(line)}\n`);
}

export function runStatuslineProcess(): void {
  void refresh(process.argv.slice(3)).catch((error: unknown) => {
    // the long way's own file missing or broken (a damaged install): one line, as the CLI fails
    process.stderr.write(`claude-workflow: statusline failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; reinstall the plugin\n`);
    process.exitCode = 1;
  });
}
