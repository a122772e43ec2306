// What every part of the benchmark shares: where the plugin is, the constants of the generated
// session, progress and failure, and child processes with a clean environment.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// what Claude Code installs and runs: the plugin's folder
export const PLUGIN = path.join(ROOT, 'plugin');
export const CLI = path.join(PLUGIN, 'dist', 'cli.cjs');
export const NODE = process.execPath;
export const SESSION = 'bench-0f3c2a9e-5b1d-4c57-9e0a-7d2b6c1f4e88';
export const MiB = 1024 * 1024;
export const WINDOW = 200_000;
/** the newest usage line says 30 % of the window: below every milestone (50/75/90 %) */
export const FINAL_CONTEXT_TOKENS = 60_000;

// ---------------------------------------------------------------------------------------------
// Diagnostics, failure, cleanup

const started = process.hrtime.bigint();
const temp = { dir: null, keep: false };

export function elapsed() {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function log(message) {
  process.stderr.write(`[bench ${elapsed().toFixed(1).padStart(5)}s] ${message}\n`);
}

export class BenchError extends Error {}

export function fail(message) {
  throw new BenchError(message);
}

/** The temp dir everything lives in: removed by cleanup() unless it is to be kept. */
export function useTempDir(dir, keep) {
  temp.dir = dir;
  temp.keep = keep;
}

export function cleanup() {
  if (!temp.dir) return;
  if (temp.keep) {
    process.stderr.write(`bench: kept ${temp.dir}\n`);
  } else {
    fs.rmSync(temp.dir, { recursive: true, force: true });
  }
  temp.dir = null;
}

// ---------------------------------------------------------------------------------------------
// Child processes

/** The environment every child gets: no CLAUDE_, WORKFLOW_ or GIT_ variables leaking in from the caller's shell. */
export function baseEnv(home) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('CLAUDE_') || key.startsWith('WORKFLOW_') || key.startsWith('GIT_') || key === 'NODE_OPTIONS') continue;
    // node reads this file of certificates at every start (about 40 ms for a system bundle): it
    // would add as much to `node -e 0` as to every row and shrink every ratio
    if (key === 'NODE_EXTRA_CA_CERTS') continue;
    if (key === 'DEBUG') continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home, // no user config (~/.claude/workflow.json, ~/.gitconfig) from the machine running this
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  };
}

export function run(command, args, { cwd, env, input = '' }) {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 64 * MiB });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.error) fail(`could not run ${command} ${args.join(' ')}: ${result.error.message}`);
  return { ms, status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function git(repo, env, ...args) {
  const r = run('git', args, { cwd: repo, env });
  if (r.status !== 0) fail(`git ${args.join(' ')} failed in ${repo} (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

