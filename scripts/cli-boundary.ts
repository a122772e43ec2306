// The one I/O boundary of the CLI: argv in, one result on stdout, one human line on stderr on
// failure, `process.exitCode` set. Commands below it know nothing of argv or streams. The entries
// (cli.ts, and the status line's long way) give it their table of commands.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { usageError, type Command, type CommandContext } from './commands/command.ts';
import { ARGUMENTS_FLAG, argumentsFromHeredoc } from './core/handoff/command-arguments.ts';
import { readStdin, writeStdout } from './process-io.ts';
import { WorkflowError } from './core/shared/errors.ts';
import { resolveProjectDir, resolveStoreDir } from './core/git/project.ts';
import { describeMigration, migrateStoreOf } from './core/store/store-migration.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { stripControl } from './core/shared/terminal-text.ts';
import { wrapWords } from './core/shared/columns.ts';
import type { Place } from './core/store/store.ts';



/** The commands an entry offers, each loaded when it is run. */
export type CommandTable = Readonly<Record<string, () => Promise<Command>>>;

const GLOBAL_OPTIONS = {
  format: { type: 'string', default: 'text' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const GLOBAL_HELP: readonly (readonly [string, string])[] = [
  ['--format text|json', 'text for people (the default), or one JSON document'],
  ['--dir DIR', 'the project (default: the Claude Code project, else the current directory)'],
  ['-h, --help', 'this help'],
];

async function usage(commands: CommandTable): Promise<string> {
  const { PLUGIN_VERSION } = await import('./core/store/device.ts');
  const lines = [`claude-workflow ${PLUGIN_VERSION}: handoff, resume and auto-save for long Claude Code work`, '', 'usage: claude-workflow <command> [options]', ''];
  const loaded = await Promise.all(Object.values(commands).map((load) => load()));
  const width = Math.max(...loaded.map((c) => (c.usage.split(' ')[0] ?? '').length));
  for (const c of loaded) lines.push(`  ${(c.usage.split(' ')[0] ?? '').padEnd(width)}  ${c.summary}`);
  lines.push('', 'claude-workflow <command> --help lists its options; --version the version.');
  return lines.join('\n');
}

/** A command's help: its synopsis, what it does, and a line for each argument and option. */
function commandHelp(command: Command): string {
  const rows = [...command.help, ...GLOBAL_HELP];
  const width = Math.min(24, Math.max(...rows.map(([left]) => left.length)));
  const pad = ' '.repeat(width + 4);
  const row = ([left, right]: readonly [string, string]): string => {
    const [first = '', ...more] = wrapWords(right, 80 - pad.length, '');
    const head = left.length > width ? `  ${left}\n${pad}${first}` : `  ${left.padEnd(width)}  ${first}`;
    return [head, ...more.map((line) => pad + line)].join('\n');
  };
  return [...wrapWords(`usage: claude-workflow ${command.usage.split('   (')[0] ?? ''}`, 80, '    '), '', command.summary, '', ...rows.map(row)].join('\n');
}

/**
 * How a command printed for the user runs this CLI where it was printed: by name when it was run
 * by name (the plugin's bin/ shim, which Claude Code puts on its Bash PATH, or an npm install),
 * else by node and the full path of this file, which works in any terminal of this machine.
 */
function cliInvocation(script: string, env: NodeJS.ProcessEnv): string {
  if (env.WORKFLOW_CLI_NAME === 'claude-workflow' || path.basename(script) === 'claude-workflow') return 'claude-workflow';
  const full = path.resolve(script);
  return `node ${/^[\w./-]+$/.test(full) ? full : `"${full.replace(/(["\\$`])/g, '\\$1')}"`}`;
}

/** One line for what parseArgs refused, naming the option; exit 2. */
function optionError(command: Command, error: unknown): WorkflowError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError(command, `unknown option ${option}`);
  if (/does not take an argument/.test(message)) return usageError(command, `${option} takes no value`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usageError(command, `${option} needs a value`);
  return usageError(command, message.split('\n')[0] ?? message);
}

/**
 * `--limit -1` as `--limit=-1`: a negative number after an option that takes a value is that
 * value (parseArgs calls it ambiguous), so the command can say what is wrong with it.
 */
function joinNegativeValues(args: string[], options: Record<string, { type: string }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const next = args[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && options[arg.slice(2)]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

async function printVersion(): Promise<void> {
  writeStdout(`${(await import('./core/store/device.ts')).PLUGIN_VERSION}\n`);
}

async function main(argv: string[], commands: CommandTable, readInput: () => Promise<string>): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    writeStdout(`${await usage(commands)}\n`);
    return;
  }
  if (name === '--version' || name === '-v' || name === 'version') return printVersion();
  useStateMemo(process.env);
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) throw new WorkflowError(`unknown command "${name}"; the commands are ${Object.keys(commands).join(', ')} (claude-workflow --help says what each does)`, 2);
  const command = await load();
  // a slash command's arguments, as data on stdin (see command-arguments.ts)
  if (rest[0] === ARGUMENTS_FLAG) {
    rest.splice(0, 1, ...argumentsFromHeredoc(await readInput()));
  }
  const options = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(rest, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw optionError(command, error);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    writeStdout(`${commandHelp(command)}\n`);
    return;
  }
  if (values.version) return printVersion();
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw usageError(command, `--format ${String(format)}: expected text or json`);
  let place: Place | undefined;
  const context: CommandContext = {
    values,
    positionals,
    env: process.env,
    cwd: process.cwd(),
    now: new Date(),
    readStdin: readInput,
    invocation: cliInvocation(process.argv[1] ?? '', process.env),
    // asked only by the commands that lay out tables: process.stdout loads Node's streams
    get width() {
      return process.stdout.isTTY && process.stdout.columns >= 60 ? process.stdout.columns : 80;
    },
    place: () => {
      if (!place) {
        const projectDir = resolveProjectDir(typeof values.dir === 'string' ? values.dir : undefined, process.cwd(), process.env);
        place = { projectDir, storeDir: resolveStoreDir(projectDir, process.env) };
        const migration = migrateStoreOf(projectDir, place.storeDir, process.env);
        const moved = describeMigration(migration, projectDir, place.storeDir);
        if (moved) process.stderr.write(`workflow: ${moved}\n`);
      }
      return place;
    },
  };
  const result = await command.run(context);
  // what a workflow holds came from whoever could write the store: no control character acts on
  // the terminal (JSON escapes them itself)
  if ('raw' in result) {
    if (result.raw) writeStdout(`${stripControl(result.raw)}\n`);
  } else {
    writeStdout(format === 'json' ? `${JSON.stringify(result.json, null, 2)}\n` : `${stripControl(result.text)}\n`);
    if (result.exitCode !== undefined) process.exitCode = result.exitCode;
  }
}

/**
 * A write the system refused: one line naming the file, instead of an internal error. Inside
 * Claude Code's sandbox (it sets SANDBOX_RUNTIME=1 for the commands it runs) it names the sandbox
 * and what to do.
 */
function writeRefusal(error: unknown, env: NodeJS.ProcessEnv): string | null {
  if (!(error instanceof Error)) return null;
  const { code, syscall, path: file } = error as NodeJS.ErrnoException;
  const denied = code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
  if (env.SANDBOX_RUNTIME !== '1') {
    return denied && file ? `cannot write ${file}: ${code === 'EROFS' ? 'the file system is read-only' : 'permission denied'}` : null;
  }
  // read-only, or a folder it would not let exist (measured: ENOENT/ENOTDIR from mkdir); a file
  // that is simply missing elsewhere stays the error it is
  if (!denied && !((code === 'ENOENT' || code === 'ENOTDIR') && syscall === 'mkdir')) return null;
  return (
    `cannot write ${file ?? 'the workflow store'}: Claude Code's sandbox keeps it read-only. ` +
    'Keep the store inside the project (unset WORKFLOW_STATE_DIR, or point it at a folder of the project outside .claude/), ' +
    'add the folder to sandbox.filesystem.allowWrite in the settings, or run the command from a terminal.'
  );
}

/**
 * git itself refusing the repository (simple-git passes on its `fatal:` text): one line with
 * git's reason and its own advice, instead of an internal error. The usual one is a repository
 * owned by another user ("detected dubious ownership").
 */
function gitRefusal(error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  if (!message.startsWith('fatal: ')) return null;
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  const advice = lines.find((line) => line.startsWith('git config'));
  return `git refused: ${(lines[0] ?? '').slice('fatal: '.length)}${advice ? ` (to allow it: ${advice})` : ''}`;
}

// A slash command's shell step (`!` line) that exits non-zero aborts the command: Claude is never
// called and the user sees only "Shell command failed". There, a failure is the command's output,
// for Claude to act on, and the step exits 0; from a terminal the exit codes stay.
const inSlashCommand = process.argv[3] === ARGUMENTS_FLAG;

function fail(message: string, exitCode: number): void {
  if (inSlashCommand) {
    writeStdout(`claude-workflow ${process.argv[2] ?? ''} failed: ${message}\n`);
    process.exitCode = 0;
  } else {
    process.stderr.write(`claude-workflow: ${message}\n`);
    process.exitCode = exitCode;
  }
}

/**
 * Runs the command argv names, from `commands`; `readInput` gives standard input (an entry that
 * read it already passes what it read). No top-level await: the CLI is bundled as CommonJS.
 */
export function runCommandLine(commands: CommandTable, readInput: () => Promise<string> = readStdin): void {
  void main(process.argv.slice(2), commands, readInput).then(
    () => {
      if (inSlashCommand) process.exitCode = 0;
    },
    (error: unknown) => {
      const refused = writeRefusal(error, process.env) ?? gitRefusal(error);
      if (error instanceof WorkflowError) {
        fail(stripControl(error.message), error.exitCode);
      } else if (refused) {
        fail(refused, 1);
      } else {
        const detail = process.env.DEBUG && error instanceof Error ? (error.stack ?? error.message) : `${String(error instanceof Error ? error.message : error)} (set DEBUG=1 for the stack)`;
        fail(`internal error: ${detail}`, 70);
      }
    },
  );
}
