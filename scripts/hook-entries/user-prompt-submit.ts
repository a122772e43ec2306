import { runHookProcess } from '../hook-process.ts';
import { hook } from '../hooks/user-prompt-submit.ts';

runHookProcess('UserPromptSubmit', hook);
