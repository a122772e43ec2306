import { runHookProcess } from '../hook-process.ts';
import { hook } from '../hooks/pre-compact.ts';

runHookProcess('PreCompact', hook);
