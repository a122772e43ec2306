// What dist/cli.cjs runs for `resume` before the CLI itself. After a long absence most of a resume
// is git walking the commits since the handoff: this starts that walk (held-resume.ts says which,
// from the state memo), and the command, loaded next, takes its output (early-git.ts). A slash
// command's arguments come on standard input: read here, and left for the command (process-io.ts).
import { ARGUMENTS_FLAG, argumentsFromHeredoc } from './core/handoff/command-arguments.ts';
import { startGitEarly } from './core/git/early-git.ts';
import { useStateMemo } from './core/store/state-memo.ts';
import { heldResumeCount } from './core/workflows/held-resume.ts';
import { readStdinNow } from './process-io.ts';

/** Starts the count `resume` will run, when it can be told; never throws (the command meets the same failure and says so). */
export function startResumeCount(): void {
  try {
    useStateMemo(process.env);
    let args = process.argv.slice(3);
    if (args[0] === ARGUMENTS_FLAG) {
      const text = readStdinNow();
      if (text === null) return;
      args = [...argumentsFromHeredoc(text), ...args.slice(1)];
    }
    const count = heldResumeCount(args, process.env, process.cwd());
    if (count) startGitEarly(count.cwd, count.args, process.env);
  } catch {
    // arguments cut short, a store that cannot be read: the command says so
  }
}
