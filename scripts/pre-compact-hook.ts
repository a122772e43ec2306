// The long way of PreCompact, for an input its quick path could not decide (compact-process.ts):
// the hook itself, with the input already read. A file of its own in dist/hooks/lazy/.
import { hook } from './hooks/pre-compact.ts';
import { fullHook } from './hook-process.ts';

export const runPreCompactHook = fullHook('PreCompact', hook);
