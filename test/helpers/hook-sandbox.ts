// A real project for the continuity hooks: a temp git repository, a temp HOME, runtime and log
// directories, and Claude Code sessions whose transcripts are real JSONL files. Hooks run as
// hooks/hooks.json says and CLI commands as `node dist/cli.cjs …`, with JSON on stdin and an environment
// that holds nothing of the caller's CLAUDE_*, WORKFLOW_* or GIT_* variables.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { awaitBackgroundSave } from './background-save.ts';
import { fileURLToPath } from 'node:url';
import { runHookCommand } from './cli.ts';
import { isolatedEnv, listFiles, tempDir, tempRepo, type TempRepo } from './repo.ts';
import { assistant, toolResult, toolUse, userPrompt, type Line } from './transcript-fixtures.ts';

export const DIST_CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'plugin', 'dist', 'cli.cjs');

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** `node dist/cli.cjs <args>` in `cwd` with `input` on stdin and `env` over an isolated environment. */
export function runDistCli(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }): Promise<CliResult> {
  if (!fs.existsSync(DIST_CLI)) throw new Error(`${DIST_CLI} does not exist: run \`npm run build\` first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST_CLI, ...args], { cwd: options.cwd, env: isolatedEnv(options.env), timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.on('error', () => {}); // a command may exit without reading its stdin
    child.stdin.end(options.input ?? '');
  });
}

export type HookEvent = 'SessionStart' | 'UserPromptSubmit' | 'Stop' | 'PreCompact' | 'PostCompact' | 'SessionEnd';

export const HOOK_EVENTS: readonly HookEvent[] = ['SessionStart', 'UserPromptSubmit', 'Stop', 'PreCompact', 'PostCompact', 'SessionEnd'];

/** The argument `hooks/hooks.json` passes for each event. */
export const HOOK_ARG: Record<HookEvent, string> = {
  SessionStart: 'session-start',
  UserPromptSubmit: 'user-prompt-submit',
  Stop: 'stop',
  PreCompact: 'pre-compact',
  PostCompact: 'post-compact',
  SessionEnd: 'session-end',
};

export interface HookJson {
  systemMessage?: string;
  hookSpecificOutput?: { hookEventName: string; additionalContext: string };
  decision?: string;
  reason?: string;
}

export interface HookRun extends CliResult {
  /** stdout parsed when it starts with `{` (as Claude Code does), else null */
  json: HookJson | null;
}

/** An assistant reply whose usage puts exactly `tokens` tokens in the context. */
export function contextLine(tokens: number, options: { model?: string; content?: Parameters<typeof assistant>[0] } = {}): Line {
  const cacheCreation = Math.min(1_000, Math.max(0, tokens - 5));
  return assistant(options.content ?? 'Working on it.', {
    usage: { input_tokens: Math.min(5, tokens), cache_creation_input_tokens: cacheCreation, cache_read_input_tokens: Math.max(0, tokens - 5 - cacheCreation) },
    ...(options.model ? { model: options.model } : {}),
  });
}

let toolCounter = 0;

/** A main-chain tool call and its successful result (two transcript lines). */
export function toolCall(name: string, input: unknown): Line[] {
  toolCounter += 1;
  const id = `toolu_sandbox_${toolCounter}`;
  return [assistant([toolUse(id, name, input)], { usage: null }), toolResult(id, 'ok')];
}

export interface Session {
  id: string;
  transcriptPath: string;
  /** appends lines to the transcript (creating it) */
  append(lines: readonly Line[]): void;
  /** appends `extra` lines, then an assistant reply that puts the context at `tokens` */
  reachTokens(tokens: number, extra?: readonly Line[]): void;
  /** runs the hook with the common fields (session_id, transcript_path, cwd, hook_event_name), from another copy of the plugin if given */
  hook(event: HookEvent, fields?: Record<string, unknown>, env?: NodeJS.ProcessEnv, pluginRoot?: string): Promise<HookRun>;
  /** runs the CLI as from a Bash tool call inside this session (CLAUDE_CODE_SESSION_ID set) */
  cli(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  /** waits for the interval checkpoint a Stop hook left to a process of its own; whether there was one */
  backgroundSave(): Promise<boolean>;
}

export interface HookSandbox {
  repo: TempRepo;
  home: string;
  runtimeDir: string;
  logDir: string;
  storeDir: string;
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  cli(args: readonly string[], options?: { env?: NodeJS.ProcessEnv; input?: string }): Promise<CliResult>;
  /** raw stdin, for malformed input */
  hookRaw(arg: string, stdin: string, env?: NodeJS.ProcessEnv, pluginRoot?: string): Promise<HookRun>;
  /** a session whose transcript starts with the user's request `prompt` and, if given, a reply at `tokens` */
  session(id: string, options?: { prompt?: string; tokens?: number }): Session;
  hookLog(): string;
  /** files of the project outside .git, relative and sorted */
  projectFiles(): string[];
}

function parseHookStdout(stdout: string): HookJson | null {
  const trimmed = stdout.trim();
  return trimmed.startsWith('{') ? (JSON.parse(trimmed) as HookJson) : null;
}

export function hookSandbox(): HookSandbox {
  const repo = tempRepo();
  const outside = tempDir('wf-hook-env-');
  const home = path.join(outside, 'home');
  const runtimeDir = path.join(outside, 'runtime');
  const logDir = path.join(outside, 'logs');
  fs.mkdirSync(home);
  const baseEnv: NodeJS.ProcessEnv = {
    HOME: home,
    WORKFLOW_RUNTIME_DIR: runtimeDir,
    WORKFLOW_LOG_DIR: logDir,
    CLAUDE_PROJECT_DIR: repo.path,
  };
  const env = (extra: NodeJS.ProcessEnv = {}) => ({ ...baseEnv, ...extra });
  const cli = (args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) =>
    runDistCli(args, { cwd: repo.path, env: env(options.env), ...(options.input === undefined ? {} : { input: options.input }) });
  // an event hooks.json registers runs as Claude Code runs it; any other goes to `claude-workflow hook`
  const hookRaw = async (arg: string, stdin: string, extra: NodeJS.ProcessEnv = {}, pluginRoot?: string): Promise<HookRun> => {
    const result = Object.values(HOOK_ARG).includes(arg)
      ? await runHookCommand(arg, { cwd: repo.path, env: env(extra), input: stdin, ...(pluginRoot ? { pluginRoot } : {}) })
      : await cli(['hook', arg], { env: extra, input: stdin });
    return { ...result, json: parseHookStdout(result.stdout) };
  };
  // where Claude Code keeps the transcript, so `handoff` run inside the session finds it too
  const projectsDir = path.join(home, '.claude', 'projects', repo.path.replace(/[^a-zA-Z0-9]/g, '-'));

  return {
    repo,
    home,
    runtimeDir,
    logDir,
    storeDir: path.join(repo.path, '.git', 'workflow'),
    env,
    cli,
    hookRaw,
    session(id, options = {}) {
      const transcriptPath = path.join(projectsDir, `${id}.jsonl`);
      const session: Session = {
        id,
        transcriptPath,
        append(lines) {
          fs.mkdirSync(projectsDir, { recursive: true });
          fs.appendFileSync(transcriptPath, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
        },
        reachTokens(tokens, extra = []) {
          session.append([...extra, contextLine(tokens)]);
        },
        hook(event, fields = {}, extra = {}, pluginRoot) {
          const input = { session_id: id, transcript_path: transcriptPath, cwd: repo.path, hook_event_name: event, ...fields };
          return hookRaw(HOOK_ARG[event], JSON.stringify(input), extra, pluginRoot);
        },
        cli(args, extra = {}) {
          return cli(args, { env: { CLAUDE_CODE_SESSION_ID: id, ...extra } });
        },
        backgroundSave() {
          return awaitBackgroundSave(runtimeDir, id);
        },
      };
      session.append([userPrompt(options.prompt ?? 'Refactor billing')]);
      if (options.tokens !== undefined) session.reachTokens(options.tokens);
      return session;
    },
    hookLog() {
      const file = path.join(logDir, 'hooks.log');
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    },
    projectFiles() {
      return listFiles(repo.path).filter((f) => f !== '.git' && !f.startsWith(`.git${path.sep}`));
    },
  };
}
