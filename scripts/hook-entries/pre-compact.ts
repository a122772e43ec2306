import { runCompactProcess } from '../compact-process.ts';

runCompactProcess();
