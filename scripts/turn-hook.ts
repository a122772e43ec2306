// The long way of the two hooks that run on every turn, for a turn the quiet-turn check could not
// show quiet (turn-process.ts): the hook itself, with the input already read. A file of its own in
// dist/hooks/lazy/, so a quiet turn never reads or compiles it.
import { hook as stop } from './hooks/stop.ts';
import { hook as userPromptSubmit } from './hooks/user-prompt-submit.ts';
import { fullHook } from './hook-process.ts';

export function runTurnHook(event: 'Stop' | 'UserPromptSubmit', readInput: () => Promise<string>, now: Date): Promise<string> {
  return fullHook(event, event === 'Stop' ? stop : userPromptSubmit)(readInput, now);
}
