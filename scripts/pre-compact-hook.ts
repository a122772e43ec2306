// The long way of PreCompact, for an input its quick path could not decide (compact-process.ts):
// the hook itself, with the input already read. A file of its own in dist/hooks/lazy/.
import { hook } from './hooks/pre-compact.ts';
import { runHook } from './hooks/run-hook.ts';
import { startBackgroundCheckpoint } from './background-start.ts';

export function runPreCompactHook(readInput: () => Promise<string>, now: Date): Promise<string> {
  return runHook('PreCompact', async () => hook, readInput, { env: process.env, now, startCheckpoint: startBackgroundCheckpoint });
}
