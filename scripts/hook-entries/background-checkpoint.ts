import { runBackgroundCheckpoint } from '../hooks/background-checkpoint.ts';
import { useStateMemo } from '../core/store/state-memo.ts';

useStateMemo(process.env);
void runBackgroundCheckpoint(process.env, process.pid).then(() => (process.exitCode = 0));
