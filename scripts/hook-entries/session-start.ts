import { runStartProcess } from '../start-process.ts';

runStartProcess();
