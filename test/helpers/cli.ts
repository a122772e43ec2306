// The built CLI as a child process, with a clean environment and JSON on stdin.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolatedEnv, tempDir } from './repo.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What Claude Code installs: the plugin's folder (manifest, commands, hooks, skill, bin/, dist/). */
export const PLUGIN_ROOT = path.join(REPO_ROOT, 'plugin');
export const DIST_CLI = path.join(PLUGIN_ROOT, 'dist', 'cli.cjs');

export interface CliOptions {
  cwd: string;
  /** written to stdin, then stdin is closed */
  input?: string;
  /** added to an environment without CLAUDE_*, WORKFLOW_* and GIT_* variables */
  env?: NodeJS.ProcessEnv;
  /** the entry to run instead of dist/cli.cjs: dist/cli.mjs, its earlier name */
  entry?: string;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

function assertBuilt(): void {
  if (!fs.existsSync(DIST_CLI)) throw new Error(`${DIST_CLI} does not exist: run \`npm run build\` first (npm test does it)`);
}

/**
 * Runs `node dist/cli.cjs <args>` and resolves when it exits. Asynchronous so that tests in a
 * `describe.concurrent` block (and processes that must overlap) run side by side.
 */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  assertBuilt();
  return runChild(process.execPath, [options.entry ?? DIST_CLI, ...args], options.cwd, isolatedEnv(options.env), options.input);
}

/** A child process with `input` on stdin, its output collected until it exits. */
function runChild(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.on('error', () => {}); // a command that exits without reading stdin closes the pipe early
    child.stdin.end(input);
  });
}

/** `node dist/cli.cjs <args>` from a copy of dist/ without one file (`missing`, from dist/hooks/lazy/): a damaged install. */
export function runDamagedInstall(missing: string, args: readonly string[]): Promise<CliResult> {
  const installed = path.join(tempDir('wf-installed-'), 'workflow');
  fs.cpSync(path.join(PLUGIN_ROOT, 'dist'), path.join(installed, 'dist'), { recursive: true });
  fs.rmSync(path.join(installed, 'dist', 'hooks', 'lazy', missing));
  return runCli(args, { cwd: installed, env: { WORKFLOW_RUNTIME_DIR: tempDir('wf-runtime-') }, entry: path.join(installed, 'dist', 'cli.cjs') });
}

/** Parses stdout as exactly one JSON document (JSON.parse rejects anything after it). */
export function parseJsonOutput<T = Record<string, unknown>>(result: CliResult): T {
  return JSON.parse(result.stdout) as T;
}

interface HooksFile {
  hooks: Record<string, { matcher?: string; hooks: { type: string; command: string }[] }[]>;
}

/** The event hooks/hooks.json registers for each argument the tests use (`stop` → Stop). */
const EVENT_OF_ALIAS: Record<string, string> = {
  'session-start': 'SessionStart',
  'user-prompt-submit': 'UserPromptSubmit',
  'pre-tool-use': 'PreToolUse',
  stop: 'Stop',
  'pre-compact': 'PreCompact',
  'post-compact': 'PostCompact',
  'session-end': 'SessionEnd',
};

/** The command hooks/hooks.json gives for the event that `alias` names, as written there. */
function hookCommandOf(alias: string): string {
  const event = EVENT_OF_ALIAS[alias];
  if (!event) throw new Error(`hooks.json has no event for "${alias}"`);
  const file = JSON.parse(fs.readFileSync(path.join(PLUGIN_ROOT, 'hooks', 'hooks.json'), 'utf8')) as HooksFile;
  const command = file.hooks[event]?.[0]?.hooks[0]?.command;
  if (!command) throw new Error(`hooks.json registers no command for ${event}`);
  return command;
}

/**
 * Runs a hook as Claude Code does: the command hooks/hooks.json gives for the event, through a
 * shell, with CLAUDE_PLUGIN_ROOT set to the plugin's folder and the input on stdin.
 */
export function runHookCommand(alias: string, options: CliOptions & { pluginRoot?: string }): Promise<CliResult> {
  assertBuilt();
  // Claude Code fills in ${CLAUDE_PLUGIN_ROOT} itself; a test may still show the hook another root
  const root = options.pluginRoot ?? PLUGIN_ROOT;
  const command = hookCommandOf(alias).replaceAll('${CLAUDE_PLUGIN_ROOT}', root);
  return runChild('sh', ['-c', command], options.cwd, isolatedEnv({ CLAUDE_PLUGIN_ROOT: root, ...options.env }), options.input);
}
