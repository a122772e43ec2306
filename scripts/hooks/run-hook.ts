// What every hook run shares, whichever process runs it (a hook entry of its own, or
// `claude-workflow hook <event>`): parse the input, call the handler, word what it prints.
// A hook never breaks a session: every failure becomes one line for the user, the detail logged.
import { logHookProblem } from '../core/runtime/hook-log.ts';
import { hookLogPath } from '../core/runtime/hook-log-file.ts';
import { stripControl, stripControlDeep } from '../core/shared/terminal-text.ts';
import type { Hook, HookContext, HookOutput } from './hook.ts';
import type * as z from 'zod/mini';

/** What a skipped hook prints: the reason for the user, the detail in the hook log. */
export function hookSkipped(env: NodeJS.ProcessEnv, event: string, reason: string, detail: string): string {
  logHookProblem(env, event || '(no event)', `${reason}\n${detail}`);
  const output: HookOutput = { systemMessage: `workflow: ${event || 'hook'} hook skipped (${reason}); details in ${hookLogPath(env)}` };
  return JSON.stringify(output);
}

/** What a hook that failed prints: its error's first line for the user, the stack in the hook log. */
export function hookFailed(env: NodeJS.ProcessEnv, event: string, error: unknown): string {
  return hookSkipped(env, event, error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error), error instanceof Error ? (error.stack ?? '') : '');
}

/** The text the hook prints on stdout ('' for nothing); it never throws. */
export async function runHook(
  event: string,
  load: () => Promise<Hook<z.ZodMiniType>>,
  readInput: () => Promise<string>,
  context: HookContext,
): Promise<string> {
  const { env } = context;
  try {
    const stdin = await readInput();
    let json: unknown;
    try {
      json = JSON.parse(stdin);
    } catch (error) {
      return hookSkipped(env, event, 'hook input is not JSON', `${(error as Error).message}\ninput: ${stdin.slice(0, 500)}`);
    }
    const hook = await load();
    const parsed = hook.input.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return hookSkipped(env, event, `hook input field "${issue?.path.join('.')}" ${issue?.message}`, `input: ${stdin.slice(0, 500)}`);
    }
    const output = await hook.handle(parsed.data, context);
    // Claude Code shows these strings decoded: no control character may reach its UI
    return output === null ? '' : typeof output === 'string' ? stripControl(output) : JSON.stringify(stripControlDeep(output));
  } catch (error) {
    return hookFailed(env, event, error);
  }
}
