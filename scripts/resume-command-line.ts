// `resume` past its entry (resume-process.ts): the CLI's boundary with the resume command, and
// everything that command brings. A file of its own in dist/hooks/lazy/.
import { runCommandLine } from './cli-boundary.ts';
import { command } from './commands/resume.ts';

export function runResumeCommandLine(readInput: () => Promise<string>): void {
  runCommandLine({ resume: async () => command }, readInput);
}
