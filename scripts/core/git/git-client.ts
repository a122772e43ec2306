// The simple-git client of the commands that ask git for more than its status: what changed since
// a handoff (changes-since.ts, commit-walk.ts). The status itself and HEAD's commit, which a
// handoff and a checkpoint need, are git-context.ts's, without simple-git.
import { simpleGit, type SimpleGit } from 'simple-git';
import { gitTopLevel } from './project.ts';

/**
 * A git client for the work tree holding `dir`, found without starting a git process. A git
 * command is done when its output is closed, as for Node's execFile: simple-git's default also
 * starts a 50 ms timer at each exit, which kept every command alive 50 ms after its last git
 * process (its documentation names close-only as the coming default).
 */
export function openRepo(dir: string): SimpleGit | null {
  return gitTopLevel(dir) === null ? null : simpleGit({ baseDir: dir, maxConcurrentProcesses: 4, completion: { onClose: true, onExit: false } });
}

/**
 * Settles once the git processes asked for so far have started: simple-git starts them a few
 * promise reactions after the call, so a caller that has synchronous work to do while git runs
 * waits for this first, or git would start only after that work.
 */
export function gitStarted(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
