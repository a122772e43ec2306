import { runHookProcess } from '../hook-process.ts';
import { hook } from '../hooks/pre-tool-use.ts';

runHookProcess('PreToolUse', hook);
