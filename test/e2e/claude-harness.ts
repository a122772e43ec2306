// Runs the real Claude Code CLI (installed in test/e2e/node_modules by install-cli.mjs) in a
// throw-away git project, against the loopback stub API, with a HOME and config dir of its own:
// the developer's ~/.claude and credentials are never read or written.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_VERSIONS, findClaudeBinary } from './claude-bin.mjs';
import { awaitAllBackgroundSaves } from '../helpers/background-save.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The plugin's folder, as Claude Code installs it (--plugin-dir). */
export const PLUGIN_ROOT = path.join(REPO_ROOT, 'plugin');
export const CLI_PATH = path.join(PLUGIN_ROOT, 'dist', 'cli.cjs');

export interface Sandbox {
  /** A real git repository with one commit on branch `main`; the session's working directory. */
  project: string;
  /** HOME of every process the tests start; CLAUDE_CONFIG_DIR is `<home>/.claude`. */
  home: string;
  configDir: string;
  /** Scratch space beside the project (extra plugins, files). */
  root: string;
  cleanup(): void;
}

export function createSandbox(): Sandbox {
  // realpath: on macOS the temp dir is behind a symlink, and Claude Code names folders after the real path.
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-e2e-')));
  const project = path.join(root, 'project');
  const home = path.join(root, 'home');
  fs.mkdirSync(project);
  fs.mkdirSync(home);
  fs.mkdirSync(path.join(root, 'tmp'));
  const sandbox: Sandbox = {
    project,
    home,
    configDir: path.join(home, '.claude'),
    root,
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  git(sandbox, 'init', '-q');
  git(sandbox, 'symbolic-ref', 'HEAD', 'refs/heads/main');
  git(sandbox, 'config', 'user.name', 'E2E Tester');
  git(sandbox, 'config', 'user.email', 'e2e@example.com');
  git(sandbox, 'config', 'commit.gpgsign', 'false');
  fs.writeFileSync(path.join(project, 'README.md'), '# e2e project\n');
  git(sandbox, 'add', 'README.md');
  git(sandbox, 'commit', '-q', '-m', 'Initial commit');
  return sandbox;
}

/** git in the sandbox project, with the sandbox HOME so no global config (signing, hooks) applies. */
export function git(sandbox: Sandbox, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: sandbox.project,
    encoding: 'utf8',
    env: { ...baseEnv(sandbox), GIT_CONFIG_NOSYSTEM: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/**
 * Only what a process needs to start: nothing of the caller's Anthropic or Claude Code variables
 * leaks in (running the suite from inside a Claude Code session sets CLAUDECODE, for one).
 */
function baseEnv(sandbox: Sandbox): NodeJS.ProcessEnv {
  const keep = ['PATH', 'Path', 'PATHEXT', 'SystemRoot', 'ComSpec', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'TZ'];
  const env: NodeJS.ProcessEnv = {};
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
  return { ...env, HOME: sandbox.home, USERPROFILE: sandbox.home };
}

/**
 * What the plugin's hooks logged in the sandbox (they fail open, and say why there), and each
 * session's bookkeeping (what its hooks last measured and announced), for a failing test's message.
 */
export function hookLog(sandbox: Sandbox): string {
  // the default runtime folder of the sandbox's HOME (scripts/core/runtime/runtime-dir.ts)
  const runtime = path.join(sandbox.home, '.claude', 'workflow');
  const file = path.join(runtime, 'hooks.log');
  const log = fs.existsSync(file) ? `hooks.log:\n${fs.readFileSync(file, 'utf8')}` : '(no hooks.log)';
  const sessions = path.join(runtime, 'sessions');
  const kept = fs.existsSync(sessions) ? fs.readdirSync(sessions).filter((name) => name.endsWith('.json') && !name.endsWith('.turn.json')) : [];
  return [log, ...kept.map((name) => `sessions/${name}: ${fs.readFileSync(path.join(sessions, name), 'utf8').slice(0, 2_000)}`)].join('\n');
}

export function claudeEnv(sandbox: Sandbox, apiUrl: string): NodeJS.ProcessEnv {
  return {
    ...baseEnv(sandbox),
    CLAUDE_CONFIG_DIR: sandbox.configDir,
    // Claude Code keeps per-session scratch files under <tmp>/claude-<uid>/: keep them in the sandbox too.
    CLAUDE_CODE_TMPDIR: path.join(sandbox.root, 'tmp'),
    ANTHROPIC_BASE_URL: apiUrl,
    ANTHROPIC_API_KEY: 'sk-test',
    // Offline and quiet: no update checks, telemetry, error reports or other side traffic.
    DISABLE_AUTOUPDATER: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    NO_COLOR: '1',
  };
}

/** The final `result` event of `claude -p` (the same document `--output-format json` prints). */
export interface ClaudeResult {
  type: 'result';
  subtype: string;
  is_error: boolean;
  result?: string;
  session_id: string;
  num_turns: number;
  permission_denials: { tool_name: string; tool_input: Record<string, unknown> }[];
  /** per model id as Claude Code keys it: its own window figure among the counts */
  modelUsage?: Record<string, { contextWindow?: number; maxOutputTokens?: number }>;
}

/** A `hook_response` event: one hook command that ran, with what it printed. */
export interface HookResponse {
  hook_name: string;
  hook_event: string;
  stdout: string;
  stderr: string;
  exit_code: number | null;
  outcome: string;
}

export interface ClaudeRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
  /** The result event, or null when the run printed none. */
  result: ClaudeResult | null;
  hooks: HookResponse[];
}

/** The Claude Code versions every plugin-behaviour test runs on: the oldest supported and the current release. */
export const CLAUDE_VERSIONS: readonly string[] = [...new Set([CLI_VERSIONS.oldest, CLI_VERSIONS.current])];
export const OLDEST_VERSION: string = CLI_VERSIONS.oldest;
export const CURRENT_VERSION: string = CLI_VERSIONS.current;

let defaultVersion = OLDEST_VERSION;
/**
 * The version the runs of this test file use when they name none: a `describe.each(CLAUDE_VERSIONS)`
 * block sets it in its beforeAll (each test file has its own module state, and runs its tests in order).
 */
export function useClaudeVersion(version: string): void {
  defaultVersion = version;
}

export interface RunOptions {
  /** The Claude Code version to run (one of versions.json); the file's current one by default. */
  version?: string;
  /** Extra CLI arguments, e.g. `['--allowedTools', 'Bash']`. */
  args?: string[];
  /** The plugins to load with --plugin-dir; this repository's by default. */
  pluginDirs?: string[];
  /** Where claude starts; the sandbox project by default. */
  cwd?: string;
  timeoutMs?: number;
  /** Variables added to the sandbox environment of the claude process (and so of its hooks), e.g. `WORKFLOW_MODE`. */
  env?: Record<string, string>;
  /**
   * Prompts sent on standard input as stream-json user messages (for `--input-format stream-json`),
   * each once the previous one's turn has printed its `result` event; stdin closes with the last.
   */
  prompts?: readonly string[];
}

export function claudeBinary(version: string = defaultVersion): string {
  const bin = findClaudeBinary(version);
  if (!bin) throw new Error(`Claude Code CLI ${version} is not installed in test/e2e/cli: run \`node test/e2e/install-cli.mjs\` (npm test does)`);
  return bin;
}

/**
 * `claude -p <prompt> --plugin-dir <repo>` in the sandbox project. stream-json with hook events
 * rather than json: the same result document, plus every hook's exit code and output.
 */
export async function runClaudePrint(sandbox: Sandbox, apiUrl: string, prompt: string, options: RunOptions = {}): Promise<ClaudeRun> {
  return runPrintMode(sandbox, apiUrl, ['-p', prompt], options);
}

/**
 * Several prompts typed one after the other into one `claude -p` process (`--input-format
 * stream-json` on stdin), as a user types them in one interactive session: what a hook adds after
 * one prompt (e.g. after `/compact`) reaches the request of the next one without a `--resume`.
 */
export async function runClaudeConversation(sandbox: Sandbox, apiUrl: string, prompts: readonly string[], options: RunOptions = {}): Promise<ClaudeRun> {
  // One at a time: a message that arrives while a turn runs is handed to the model mid-turn
  // ("The user sent a new message while you were working"), not as the next prompt.
  return runPrintMode(sandbox, apiUrl, ['-p', '--input-format', 'stream-json'], { ...options, prompts });
}

async function runPrintMode(sandbox: Sandbox, apiUrl: string, head: string[], options: RunOptions): Promise<ClaudeRun> {
  const plugins = (options.pluginDirs ?? [PLUGIN_ROOT]).flatMap((dir) => ['--plugin-dir', dir]);
  const args = [...head, ...plugins, '--output-format', 'stream-json', '--verbose', '--include-hook-events', ...(options.args ?? [])];
  const run = await runClaude(sandbox, apiUrl, args, options);
  const events = parseEvents(run.stdout);
  return {
    ...run,
    // the last one: a conversation prints one result per prompt
    result: (events.findLast((e) => e.type === 'result') as ClaudeResult | undefined) ?? null,
    hooks: events.filter((e) => e.type === 'system' && e.subtype === 'hook_response') as unknown as HookResponse[],
  };
}

export interface ProcessRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** Any claude invocation, with the sandbox environment. Resolves when it exits or, killed, at the timeout; rejects only if it cannot start. */
export function runClaude(
  sandbox: Sandbox,
  apiUrl: string,
  args: string[],
  { cwd = sandbox.project, timeoutMs = 45_000, env = {}, prompts, version }: RunOptions = {},
): Promise<ProcessRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // Async spawn, not spawnSync: the stub API answers from this same process.
    const spawnOptions = { cwd, env: { ...claudeEnv(sandbox, apiUrl), ...env } };
    const child =
      prompts === undefined
        ? spawn(claudeBinary(version), args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn(claudeBinary(version), args, { ...spawnOptions, stdio: ['pipe', 'pipe', 'pipe'] });
    // a claude that exits before reading every prompt is reported by its exit and output, not by EPIPE
    child.stdin?.on('error', () => undefined);
    const pending = [...(prompts ?? [])];
    const sendNextPrompt = () => {
      const content = pending.shift();
      if (content === undefined) return;
      child.stdin?.write(`${JSON.stringify({ type: 'user', message: { role: 'user', content } })}\n`);
      if (pending.length === 0) child.stdin?.end();
    };
    sendNextPrompt();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const unread = stdout.lastIndexOf('\n') + 1;
      stdout += chunk;
      // each result event ends a turn: time for the next prompt
      const lines = stdout.slice(unread).split('\n').slice(0, -1);
      for (const event of parseEvents(lines.join('\n'))) if (event.type === 'result') sendNextPrompt();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const durationMs = Date.now() - started;
      // a checkpoint the hooks left to a process of their own is on disk before the test reads it
      void awaitAllBackgroundSaves(path.join(sandbox.home, '.claude', 'workflow')).then(
        () => resolve({ exitCode, stdout, stderr, timedOut, durationMs }),
        reject,
      );
    });
  });
}

function parseEvents(stdout: string): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      events.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // a partial last line of a killed run: the assertions report the raw stdout
    }
  }
  return events;
}

/** What a run printed, for assertion messages. */
export function describeRun(run: ProcessRun): string {
  return `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''} after ${run.durationMs} ms\nstdout: ${ends(run.stdout)}\nstderr: ${ends(run.stderr)}`;
}

/** The start and the end of a long output: how a run began and how it ended both matter. */
function ends(output: string): string {
  return output.length <= 4000 ? output : `${output.slice(0, 1500)}\n[… ${output.length - 3500} characters …]\n${output.slice(-2000)}`;
}

/**
 * Where Claude Code writes a session's transcript: `<config>/projects/<the cwd claude started in,
 * non-alphanumerics as ->/<session>.jsonl`.
 */
export function transcriptPath(sandbox: Sandbox, sessionId: string, cwd = sandbox.project): string {
  return path.join(sandbox.configDir, 'projects', cwd.replace(/[^a-zA-Z0-9]/g, '-'), `${sessionId}.jsonl`);
}
