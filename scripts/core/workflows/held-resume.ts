// Which count of commits a `resume` will ask git for, told before the command has loaded, so that
// its entry can start that walk at once (early-git.ts). It follows the command's own steps (its
// options, the project, the store, the workflow named or the current one, its handoff commit and
// HEAD) on what the state memo vouches for, without zod (held-states.ts); anything it cannot tell
// that way is null, and the command runs its git processes itself, as always.
import { countArgs } from '../git/commit-walk.ts';
import { readHeadCommit } from '../git/git-head.ts';
import { resolveProjectDir, resolveStoreDir } from '../git/project.ts';
import { heldCurrentWorkflow, heldWorkflowIfPresent } from '../store/held-states.ts';
import { existingIds } from '../store/store-ids.ts';
import { COMMIT_ID_PATTERN } from '../shared/state-fields.ts';
import { resolveWorkflowRef } from '../store/workflow-ref.ts';

interface ResumeArguments {
  ref: string | undefined;
  dir: string | undefined;
}

/** `resume`'s arguments as its command reads them (a ref, --dir, --take-over, --format); null for anything else. */
function resumeArguments(args: readonly string[]): ResumeArguments | null {
  const found: ResumeArguments = { ref: undefined, dir: undefined };
  const refs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--take-over' && inline === undefined) continue;
    if (name === '--dir' || name === '--format') {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith('-'))) return null;
      if (name === '--dir') found.dir = value;
      continue;
    }
    if (arg.startsWith('-')) return null;
    refs.push(arg);
  }
  if (refs.length > 1) return null;
  found.ref = refs[0];
  return found;
}

/**
 * The folder and the arguments of the count `resume args` will run (commit-walk.ts countArgs), when
 * the memo vouches for the workflow it resumes and the walk is needed at all; null otherwise.
 * Never throws: the command meets the same failure and says so.
 */
export function heldResumeCount(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): { cwd: string; args: string[] } | null {
  try {
    const parsed = resumeArguments(args);
    if (!parsed) return null;
    const projectDir = resolveProjectDir(parsed.dir, cwd, env);
    const storeDir = resolveStoreDir(projectDir, env);
    const state = parsed.ref === undefined ? heldCurrentWorkflow(storeDir)?.current : heldWorkflowIfPresent(storeDir, resolveWorkflowRef(parsed.ref, existingIds(storeDir)));
    const base = state?.git?.commit;
    const head = readHeadCommit(projectDir);
    if (!base || !head || base === head || !COMMIT_ID_PATTERN.test(base) || !COMMIT_ID_PATTERN.test(head)) return null;
    return { cwd: projectDir, args: countArgs(base, head) };
  } catch {
    return null;
  }
}
