// A git command started before the code that reads its output has loaded. After a long absence
// the count of the commits since a handoff is the longest thing `resume` waits for (a walk of
// thousands of commits), so resume's entry (resume-process.ts) starts it at once, and the command
// loads and saves while git walks; commit-walk.ts then takes that output instead of running the
// same command again. Only the same arguments in the same folder take it, so a guess that turns
// out wrong costs a process, never a wrong answer; one that nothing takes is ended at exit.
// runGit runs a command the same way when none was started early (git-context.ts).
//
// The two sides are separate bundles with their own copies of this module: they meet on a list
// kept on the global object, as the loader and an entry do (quick-path-signal.ts).
import type { ChildProcess } from 'node:child_process';
import { isGitEnvKey } from '@simple-git/argv-parser';
import { nodeChildProcess } from '../shared/node-builtins.ts';

interface EarlyGit {
  cwd: string;
  args: readonly string[];
  output: Promise<string>;
  child: ChildProcess;
}

const STARTED: unique symbol = Symbol.for('claude-workflow.early-git');
const holder: typeof globalThis & { [STARTED]?: EarlyGit[] } = globalThis;

/** far more than a count or a listing prints; what simple-git would take too */
const MAX_OUTPUT = 64 * 1024 * 1024;

/** The child and its pipes (sockets, which Node's types call streams) keep the process alive. */
const holdsProcess = (handle: unknown): handle is { ref(): void; unref(): void } =>
  typeof handle === 'object' && handle !== null && 'ref' in handle && typeof handle.ref === 'function' && 'unref' in handle && typeof handle.unref === 'function';

/** The commands started early and not taken yet: the process's one list, whichever copy of this module asks. */
function startedList(): EarlyGit[] {
  const existing = holder[STARTED];
  if (existing) return existing;
  const list: EarlyGit[] = [];
  holder[STARTED] = list;
  // a guess that nothing took: its walk is of no use to anyone
  process.once('exit', () => {
    for (const early of list) early.child.kill();
  });
  return list;
}

/** Whether the process waits for the child: not while it is only a guess. */
function hold(child: ChildProcess, held: boolean): void {
  for (const handle of [child, child.stdout, child.stderr]) {
    if (!holdsProcess(handle)) continue;
    if (held) handle.ref();
    else handle.unref();
  }
}

/**
 * The environment simple-git runs git in (its environment guard): without the ambient GIT_*
 * variables and the others it guards (an editor, a pager, an ssh command), abbreviated options
 * refused. Both sides must run git alike, or the output taken would not be the one asked for.
 */
export function simpleGitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    const key = name.toLowerCase().trim();
    if (!key.startsWith('git_') && !isGitEnvKey(key)) kept[name] = value;
  }
  return { ...kept, GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: 'true' };
}

/**
 * `git args` in `cwd` as simple-git runs it in `env`, its output as text; a failure says what git
 * wrote to stderr, as simple-git's error does (the CLI's boundary words a `fatal:` refusal from it).
 */
function execGit(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): { child: ChildProcess | undefined; output: Promise<string> } {
  let child: ChildProcess | undefined;
  const options = { cwd, env: simpleGitEnvironment(env), maxBuffer: MAX_OUTPUT, windowsHide: true };
  const output = new Promise<string>((resolve, reject) => {
    child = nodeChildProcess().execFile('git', [...args], options, (error, stdout, stderr) => {
      if (!error) resolve(stdout);
      else reject(stderr.trim() ? Object.assign(new Error(stderr), { cause: error }) : error);
    });
  });
  return { child, output };
}

/** Starts `git args` in `cwd` as simple-git would in `env`, for a later takeEarlyGit with the same two. */
export function startGitEarly(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const { child, output } = execGit(cwd, args, env);
  // a failure is told to whoever takes the output; nobody else waits for it
  output.catch(() => undefined);
  if (!child) return;
  hold(child, false);
  startedList().push({ cwd, args: [...args], output, child });
}

/** The output of the same command started early in the same folder, taken once; undefined for none. */
export function takeEarlyGit(cwd: string, args: readonly string[]): Promise<string> | undefined {
  const list = holder[STARTED];
  const index = list?.findIndex((early) => early.cwd === cwd && early.args.length === args.length && early.args.every((arg, i) => arg === args[i])) ?? -1;
  const taken = index >= 0 ? list?.splice(index, 1)[0] : undefined;
  if (!taken) return undefined;
  hold(taken.child, true);
  return taken.output;
}

/** A git command in one folder: its output as text (runGit's, in that folder). */
export type GitCommand = (args: readonly string[]) => Promise<string>;

/** The output of `git args` in `cwd`: the same command's, started early, or a process started now. */
export function runGit(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return takeEarlyGit(cwd, args) ?? execGit(cwd, args, env).output;
}
