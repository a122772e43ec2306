import { isPluginHandoff } from '../core/handoff/handoff-approval.ts';
import { PreToolUseInput } from '../core/schemas.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof PreToolUseInput> = {
  input: PreToolUseInput,
  async handle(input, { env }) {
    const command = input.tool_input?.command;
    // anything else takes Claude Code's own permission path, as if this hook were not there
    if (input.tool_name !== 'Bash' || typeof command !== 'string' || !isPluginHandoff(command, env.CLAUDE_PLUGIN_ROOT ?? '')) return null;
    return {
      hookSpecificOutput: {
        hookEventName: 'PreToolUse',
        permissionDecision: 'allow',
        permissionDecisionReason: "workflow: the plugin's own handoff command",
      },
    };
  },
};
