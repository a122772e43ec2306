// What dist/cli.cjs runs for `resume`. After a long absence most of a resume is git walking the
// commits since the handoff: this entry starts that walk first (held-resume.ts says which, from
// the state memo), then loads the command, which takes the walk's output (early-git.ts). A slash
// command's arguments come on standard input: read here, and handed to the command as read.
import { ARGUMENTS_FLAG, argumentsFromHeredoc } from './core/handoff/command-arguments.ts';
import { startGitEarly } from './core/git/early-git.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { heldResumeCount } from './core/workflows/held-resume.ts';
import { readStdin } from './process-io.ts';

/** The CLI's boundary with the resume command, reading standard input with `readInput`. */
async function command(readInput: () => Promise<string>): Promise<void> {
  (await import('./resume-command-line.ts')).runResumeCommandLine(readInput);
}

/** The count `resume args` will run, started now; the rest is the command's. */
function startCount(args: readonly string[]): void {
  const count = heldResumeCount(args, process.env, process.cwd());
  if (count) startGitEarly(count.cwd, count.args, process.env);
}

async function resume(args: readonly string[]): Promise<void> {
  useStateMemo(process.env);
  if (args[0] !== ARGUMENTS_FLAG) {
    startCount(args);
    return command(readStdin);
  }
  let text: string;
  try {
    text = await readStdin();
  } catch (error) {
    return command(() => Promise.reject(error));
  }
  try {
    startCount([...argumentsFromHeredoc(text), ...args.slice(1)]);
  } catch {
    // arguments cut short: the command says so
  }
  return command(async () => text);
}

export function runResumeProcess(): void {
  void resume(process.argv.slice(3)).catch((error: unknown) => {
    // the command's own file missing or broken (a damaged install): one line, as the CLI fails
    process.stderr.write(`claude-workflow: resume failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; reinstall the plugin\n`);
    process.exitCode = 1;
  });
}
