import type * as z from 'zod/mini';
import type { Hook } from '../hooks/hook.ts';
import { hookSkipped, runHook } from '../hooks/run-hook.ts';
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

// The plugin's hooks.json runs each event's own entry (dist/hooks/<event>.cjs), which loads less;
// this command runs the same code from a terminal, or from a hooks.json written by hand.
export const command: Command = {
  usage: 'hook <event>   (reads the hook JSON on stdin; events: session-start, user-prompt-submit, pre-tool-use, stop, pre-compact, post-compact, session-end)',
  summary: 'Runs a Claude Code hook (its JSON on stdin).',
  help: [
    ['event', 'session-start, user-prompt-submit, pre-tool-use, stop, pre-compact, post-compact or session-end'],
  ],
  options: {},
  async run(ctx) {
    const requested = ctx.positionals[0] ?? '';
    const event = ALIASES[requested] ?? requested;
    const load = HOOKS[event];
    if (!load) return { raw: hookSkipped(ctx.env, event, `unknown hook event "${requested}"`, `known: ${Object.keys(ALIASES).join(', ')}`) };
    return { raw: await runHook(event, load, ctx.readStdin, { env: ctx.env, now: ctx.now }) };
  },
};
