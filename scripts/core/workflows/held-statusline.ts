// The status line without the rest of its command: the session's workflow, or else the project's
// current one, as the state memo holds them (held-states.ts), in the line render/statusline.ts
// words, without zod. It follows commands/statusline.ts step by step; an input the schema would
// refuse, and a store the memo does not vouch for, go to the command, which reads the store as usual.
import { resolveProjectDir, resolveStoreDir } from '../git/project.ts';
import { renderStatusline } from '../render/statusline.ts';
import { recordStatusline } from '../runtime/session-runtime-check.ts';
import { statuslineInputOf } from '../session/hook-inputs.ts';
import { heldShownWorkflow } from '../store/held-states.ts';

/**
 * Our part of the status line for this input (`stdin`, as Claude Code sent it; '' for nothing),
 * with its figures recorded for the hooks; null when the command must decide. Never throws.
 */
export function heldStatusline(stdin: string, env: NodeJS.ProcessEnv, cwd: string, now: Date): string | null {
  try {
    const input = statuslineInputOf(JSON.parse(stdin));
    if (!input) return null;
    const projectDir = resolveProjectDir(undefined, input.workspace?.project_dir ?? input.cwd ?? cwd, env);
    const storeDir = resolveStoreDir(projectDir, env);
    const workflow = heldShownWorkflow(storeDir, input.session_id);
    if (workflow === undefined) return null;
    recordStatusline(env, input, now);
    return renderStatusline(input, workflow);
  } catch {
    // the command meets the same failure, and logs it
    return null;
  }
}
