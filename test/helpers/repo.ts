// Real temporary directories and git repositories for tests; removed by cleanupTempDirs().
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];

let home: string | undefined;

/**
 * A HOME of the tests' own (a temp dir like the others, made again after a clean-up), so that
 * nothing under test reads or writes the user's ~/.claude: hook logs, per-session files, config.
 */
export function isolatedHome(): string {
  home ??= tempDir('wf-home-');
  return home;
}

/**
 * Environment for git and for the CLI under test: nothing from the caller's git, Claude session or
 * workflow settings (CLAUDE_*, WORKFLOW_*, GIT_* dropped), HOME isolated; `extra` added last.
 */
export function isolatedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(CLAUDE_|WORKFLOW_|GIT_)/.test(key) || key === 'DEBUG') continue;
    env[key] = value;
  }
  env.HOME = isolatedHome();
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.GIT_TERMINAL_PROMPT = '0';
  return { ...env, ...extra };
}

/** A fresh empty directory under os.tmpdir(); its real path (macOS /var → /private/var). */
export function tempDir(prefix = 'wf-test-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  created.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  home = undefined;
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: isolatedEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export interface TempRepo {
  path: string;
  git(...args: string[]): string;
  /** writes `file` (creating folders) without touching the index */
  write(file: string, content: string): void;
  remove(file: string): void;
  /** writes, stages and commits one file; returns the new HEAD sha */
  commit(file: string, content: string, message: string, options?: { author?: string }): string;
  /** switches branch, creating it with `create` */
  checkout(branch: string, options?: { create?: boolean }): void;
  head(): string;
}

/** A real git repository in os.tmpdir() on branch `main` with one commit (README.md). */
export function tempRepo(): TempRepo {
  const dir = tempDir('wf-repo-');
  const run = (...args: string[]) => git(dir, args);
  run('init', '-q', '-b', 'main');
  run('config', 'user.name', 'Test Author');
  run('config', 'user.email', 'author@example.com');
  run('config', 'commit.gpgsign', 'false');
  const repo: TempRepo = {
    path: dir,
    git: run,
    write(file, content) {
      const full = path.join(dir, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    },
    remove(file) {
      fs.rmSync(path.join(dir, file));
    },
    commit(file, content, message, options = {}) {
      repo.write(file, content);
      run('add', '--', file);
      run('commit', '-q', '-m', message, ...(options.author ? ['--author', options.author] : []));
      return repo.head();
    },
    checkout(branch, options = {}) {
      run('checkout', '-q', ...(options.create ? ['-b'] : []), branch);
    },
    head: () => run('rev-parse', 'HEAD'),
  };
  repo.commit('README.md', '# project\n', 'Initial commit');
  return repo;
}

/** Every file under `dir`, relative, sorted (for "nothing else was written" checks). */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}
