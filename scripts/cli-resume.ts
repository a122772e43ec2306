// What dist/cli.cjs runs for `resume` before dist/cli-commands.cjs: a small bundle of its own, which
// starts git's count of the commits since the handoff while the CLI loads.
import { startResumeCount } from './resume-process.ts';

startResumeCount();
