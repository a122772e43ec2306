import { hookLogPath, logHookProblem } from '../core/hook-log.ts';
import type * as z from 'zod/mini';
import type { Hook, HookOutput } from '../hooks/hook.ts';
import { stripControlDeep } from '../core/terminal-text.ts';
import type { Command } from './command.ts';

// Dynamic imports keep each event's code (and its dependencies) out of the other events' start-up.
const HOOKS: Record<string, () => Promise<Hook<z.ZodMiniType>>> = {
  SessionStart: async () => (await import('../hooks/session-start.ts')).hook,
  UserPromptSubmit: async () => (await import('../hooks/user-prompt-submit.ts')).hook,
  PreToolUse: async () => (await import('../hooks/pre-tool-use.ts')).hook,
  Stop: async () => (await import('../hooks/stop.ts')).hook,
  PreCompact: async () => (await import('../hooks/pre-compact.ts')).hook,
  PostCompact: async () => (await import('../hooks/post-compact.ts')).hook,
  SessionEnd: async () => (await import('../hooks/session-end.ts')).hook,
};

const ALIASES: Record<string, string> = {
  'session-start': 'SessionStart',
  'user-prompt-submit': 'UserPromptSubmit',
  'pre-tool-use': 'PreToolUse',
  stop: 'Stop',
  'pre-compact': 'PreCompact',
  'post-compact': 'PostCompact',
  'session-end': 'SessionEnd',
};

export const command: Command = {
  usage: 'hook <event>   (reads the hook JSON on stdin; events: session-start, user-prompt-submit, pre-tool-use, stop, pre-compact, post-compact, session-end)',
  summary: 'Runs a Claude Code hook (its JSON on stdin).',
  help: [
    ['event', 'session-start, user-prompt-submit, pre-tool-use, stop, pre-compact, post-compact or session-end'],
  ],
  options: {},
  // A hook never breaks a session: every failure exits 0, tells the user in one line, logs the detail.
  async run(ctx) {
    const requested = ctx.positionals[0] ?? '';
    const event = ALIASES[requested] ?? requested;
    const failOpen = (reason: string, detail: string) => {
      logHookProblem(ctx.env, event || '(no event)', `${reason}\n${detail}`);
      const output: HookOutput = { systemMessage: `workflow: ${event || 'hook'} hook skipped (${reason}); details in ${hookLogPath(ctx.env)}` };
      return { raw: JSON.stringify(output) };
    };
    try {
      const load = HOOKS[event];
      if (!load) return failOpen(`unknown hook event "${requested}"`, `known: ${Object.keys(ALIASES).join(', ')}`);
      const stdin = await ctx.readStdin();
      let json: unknown;
      try {
        json = JSON.parse(stdin);
      } catch (error) {
        return failOpen('hook input is not JSON', `${(error as Error).message}\ninput: ${stdin.slice(0, 500)}`);
      }
      const hook = await load();
      const parsed = hook.input.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return failOpen(`hook input field "${issue?.path.join('.')}" ${issue?.message}`, `input: ${stdin.slice(0, 500)}`);
      }
      const output = await hook.handle(parsed.data, { env: ctx.env, now: ctx.now });
      // Claude Code shows these strings decoded: no control character may reach its UI
      return { raw: output === null ? '' : typeof output === 'string' ? output : JSON.stringify(stripControlDeep(output)) };
    } catch (error) {
      return failOpen(error instanceof Error ? error.message.split('\n')[0] ?? 'error' : String(error), error instanceof Error ? (error.stack ?? '') : '');
    }
  },
};
