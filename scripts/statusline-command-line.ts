// The status line's long way (statusline-process.ts): the CLI's boundary with the statusline
// command, and the zod schemas and store reading it brings. A file of its own in dist/hooks/lazy/.
import { runCommandLine } from './cli-boundary.ts';
import { command } from './commands/statusline.ts';

export function runStatuslineCommandLine(readInput: () => Promise<string>): void {
  runCommandLine({ statusline: async () => command }, readInput);
}
