#!/usr/bin/env node
// The one I/O boundary of the CLI: argv in, one result on stdout, one human line on stderr on
// failure, `process.exitCode` set. Commands below it know nothing of argv or streams.
import { parseArgs } from 'node:util';
import type { Command, CommandContext } from './commands/command.ts';
import { WorkflowError } from './core/errors.ts';
import { resolveProjectDir, resolveStoreDir } from './core/project.ts';
import { describeMigration, migrateStoreOf } from './core/store-migration.ts';
import { stripControl } from './core/terminal-text.ts';
import type { Place } from './core/store.ts';

const COMMANDS: Record<string, () => Promise<Command>> = {
  handoff: async () => (await import('./commands/handoff.ts')).command,
  resume: async () => (await import('./commands/resume.ts')).command,
  list: async () => (await import('./commands/list.ts')).command,
  status: async () => (await import('./commands/status.ts')).command,
  complete: async () => (await import('./commands/complete.ts')).command,
  cancel: async () => (await import('./commands/cancel.ts')).command,
  cleanup: async () => (await import('./commands/cleanup.ts')).command,
  archive: async () => (await import('./commands/archive.ts')).command,
  unarchive: async () => (await import('./commands/unarchive.ts')).command,
  export: async () => (await import('./commands/export.ts')).command,
  import: async () => (await import('./commands/import.ts')).command,
  doctor: async () => (await import('./commands/doctor.ts')).command,
  sync: async () => (await import('./commands/sync.ts')).command,
  log: async () => (await import('./commands/log.ts')).command,
  statusline: async () => (await import('./commands/statusline.ts')).command,
  hook: async () => (await import('./commands/hook.ts')).command,
};

const GLOBAL_OPTIONS = {
  format: { type: 'string', default: 'text' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function usage(): Promise<string> {
  const lines = ['usage: claude-workflow <command> [options]   (--format text|json, --dir <project>)', ''];
  for (const load of Object.values(COMMANDS)) lines.push(`  claude-workflow ${(await load()).usage}`);
  return lines.join('\n');
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    if (process.stdin.isTTY) return resolve('');
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => (data += chunk));
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', reject);
  });
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${await usage()}\n`);
    return;
  }
  const load = COMMANDS[name];
  if (!load) throw new WorkflowError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}`, 2);
  const command = await load();
  // a slash command's arguments, as data on stdin (see command-arguments.ts)
  if (rest[0] === '--arguments-from-stdin') {
    const { argumentsFromHeredoc } = await import('./core/command-arguments.ts');
    rest.splice(0, 1, ...argumentsFromHeredoc(await readStdin()));
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new WorkflowError(`${(error as Error).message.split('\n')[0]}\nusage: claude-workflow ${command.usage}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`usage: claude-workflow ${command.usage}\n`);
    return;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new WorkflowError(`--format ${String(format)}: expected text or json`, 2);
  let place: Place | undefined;
  const context: CommandContext = {
    values,
    positionals,
    env: process.env,
    cwd: process.cwd(),
    now: new Date(),
    readStdin,
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
    if (result.raw) process.stdout.write(`${stripControl(result.raw)}\n`);
  } else {
    process.stdout.write(format === 'json' ? `${JSON.stringify(result.json, null, 2)}\n` : `${stripControl(result.text)}\n`);
    if (result.exitCode !== undefined) process.exitCode = result.exitCode;
  }
}

/**
 * A write refused inside Claude Code's sandbox (it sets SANDBOX_RUNTIME=1 for the commands it
 * runs): one line that names the sandbox and what to do, instead of an internal error.
 */
function sandboxRefusal(error: unknown, env: NodeJS.ProcessEnv): string | null {
  if (env.SANDBOX_RUNTIME !== '1' || !(error instanceof Error)) return null;
  const { code, syscall, path: file } = error as NodeJS.ErrnoException;
  // read-only, or a folder it would not let exist (measured: ENOENT/ENOTDIR from mkdir); a file
  // that is simply missing elsewhere stays the error it is
  const refused = code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || ((code === 'ENOENT' || code === 'ENOTDIR') && syscall === 'mkdir');
  if (!refused) return null;
  return (
    `cannot write ${file ?? 'the workflow store'}: Claude Code's sandbox keeps it read-only. ` +
    'Keep the store inside the project (unset WORKFLOW_STATE_DIR, or point it at a folder of the project outside .claude/), ' +
    'add the folder to sandbox.filesystem.allowWrite in the settings, or run the command from a terminal.'
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const sandboxed = sandboxRefusal(error, process.env);
  if (error instanceof WorkflowError) {
    process.stderr.write(`claude-workflow: ${stripControl(error.message)}\n`);
    process.exitCode = error.exitCode;
  } else if (sandboxed) {
    process.stderr.write(`claude-workflow: ${sandboxed}\n`);
    process.exitCode = 1;
  } else {
    const detail = process.env.DEBUG && error instanceof Error ? (error.stack ?? error.message) : `${String(error instanceof Error ? error.message : error)} (set DEBUG=1 for the stack)`;
    process.stderr.write(`claude-workflow: internal error: ${detail}\n`);
    process.exitCode = 70;
  }
}
