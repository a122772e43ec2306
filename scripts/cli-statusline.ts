// What dist/cli.cjs runs for `statusline`, which Claude Code starts at every refresh of its status
// line: the CLI's boundary with that one command, in a bundle of its own, so that a refresh does
// not read and load every command of the CLI.
import { runCommandLine } from './cli-boundary.ts';

runCommandLine({ statusline: async () => (await import('./commands/statusline.ts')).command });
