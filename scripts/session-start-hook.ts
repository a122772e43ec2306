// The long way of SessionStart, for an input its quick path could not decide (start-process.ts):
// the hook itself, with the input already read. A file of its own in dist/hooks/lazy/.
import { hook } from './hooks/session-start.ts';
import { fullHook } from './hook-process.ts';

export const runSessionStartHook = fullHook('SessionStart', hook);
