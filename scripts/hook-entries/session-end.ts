import { runHookProcess } from '../hook-process.ts';
import { hook } from '../hooks/session-end.ts';

runHookProcess('SessionEnd', hook);
