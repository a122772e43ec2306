// What dist/cli.cjs runs for `resume`: a bundle of its own, which starts git's count of the commits
// since the handoff before the command itself loads.
import { runResumeProcess } from './resume-process.ts';

runResumeProcess();
