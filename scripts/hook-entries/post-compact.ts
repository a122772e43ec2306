import { runHookProcess } from '../hook-process.ts';
import { hook } from '../hooks/post-compact.ts';

runHookProcess('PostCompact', hook);
