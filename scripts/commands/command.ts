import type { ParseArgsConfig } from 'node:util';
import { WorkflowError } from '../core/shared/errors.ts';
import type { Place } from '../core/store/store.ts';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  /** resolved on first use: a hook takes its project from its input instead */
  place: () => Place;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: Date;
  readStdin: () => Promise<string>;
  /** how to run this CLI again where it was run: `claude-workflow`, or `node "<path>/cli.cjs"` */
  invocation: string;
  /** the columns tables fit in: the terminal's width, else 80 (a pipe, Claude Code's `!` output) */
  width: number;
}

/**
 * `text` and `json` are the two renderings of one result; `raw` is printed as it is (hooks).
 * `exitCode` lets a command print its result and still fail (doctor with errors left).
 */
export type CommandResult = { text: string; json: unknown; exitCode?: number } | { raw: string };

export interface Command {
  /** the synopsis after `claude-workflow `, its first word the command's name */
  usage: string;
  /** what the command does, one line */
  summary: string;
  /** one row per argument and option: [how it is written, what it does] */
  help: readonly (readonly [string, string])[];
  options: OptionSpec;
  run: (context: CommandContext) => Promise<CommandResult>;
}

/** A usage error of `command`: one line, exit 2, pointing at its help. */
export function usageError(command: Pick<Command, 'usage'>, message: string): WorkflowError {
  const name = command.usage.split(' ')[0] ?? '';
  return new WorkflowError(`${message} (claude-workflow ${name} --help lists the options)`, 2);
}
