import type { ParseArgsConfig } from 'node:util';
import type { Place } from '../core/store.ts';

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
}

/**
 * `text` and `json` are the two renderings of one result; `raw` is printed as it is (hooks).
 * `exitCode` lets a command print its result and still fail (doctor with errors left).
 */
export type CommandResult = { text: string; json: unknown; exitCode?: number } | { raw: string };

export interface Command {
  usage: string;
  options: OptionSpec;
  run: (context: CommandContext) => Promise<CommandResult>;
}
