// What dist/cli.cjs runs for `statusline`, which Claude Code starts at every refresh of its status
// line: a bundle of its own, so that a refresh does not read and load every command of the CLI.
import { runStatuslineProcess } from './statusline-process.ts';

runStatuslineProcess();
