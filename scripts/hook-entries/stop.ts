import { runHookProcess } from '../hook-process.ts';
import { hook } from '../hooks/stop.ts';

runHookProcess('Stop', hook);
