// The I/O boundary of a hook with a quick path (Stop and UserPromptSubmit, which run on every turn,
// PreCompact and SessionStart): the input is read once; what the quick path decides ends there, and anything
// else goes to the hook itself, loaded only then (a file of its own in dist/hooks/lazy/), with the
// same input. Exit 0 whatever happens.
import { readStdin, writeStdout } from './process-io.ts';
import { quickPathAnswered } from './quick-path-signal.ts';

/** What the hook prints, decided without loading it; null (or a throw) when the hook must decide. */
export type QuickPath = (stdin: string, now: Date) => Promise<string | null>;
/** The hook itself: what it prints for the input `readInput` gives; never throws. */
export type FullHook = (readInput: () => Promise<string>, now: Date) => Promise<string>;

async function runQuickHook(event: string, quick: QuickPath, loadHook: () => Promise<FullHook>, now: Date): Promise<string> {
  let input: { text: string } | { error: unknown };
  try {
    input = { text: await readStdin() };
  } catch (error) {
    input = { error };
  }
  let said: string | null = null;
  try {
    said = 'text' in input ? await quick(input.text, now) : null;
  } catch {
    // a quick path that fails leaves the input to the hook, as one that is not sure does
  }
  if (said !== null) {
    quickPathAnswered();
    return said;
  }
  try {
    const hook = await loadHook();
    return await hook(async () => ('text' in input ? input.text : Promise.reject(input.error)), now);
  } catch (error) {
    // the hook's own file is missing or broken (a damaged install): told, never fatal. Not logged:
    // the log's writer redacts, and its secret patterns would double this entry's size
    return JSON.stringify({ systemMessage: `workflow: ${event} hook skipped (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); reinstall the plugin` });
  }
}

export function runQuickHookProcess(event: string, quick: QuickPath, loadHook: () => Promise<FullHook>): void {
  void runQuickHook(event, quick, loadHook, new Date()).then((output) => {
    if (output) writeStdout(`${output}\n`);
    process.exitCode = 0;
  });
}
