import { runHookProcess } from '../hook-process.ts';
import { hook } from '../hooks/session-start.ts';

runHookProcess('SessionStart', hook);
