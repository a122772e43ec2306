import { runTurnProcess } from '../turn-process.ts';

runTurnProcess('UserPromptSubmit');
