import { checkContext, checkpointIfDue } from '../core/context-watch.ts';
import { autoHandoffRequest } from '../core/render.ts';
import { StopInput } from '../core/schemas.ts';
import { writeSessionRuntime } from '../core/session-runtime.ts';
import { workflowOfSession } from '../core/store.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof StopInput> = {
  input: StopInput,
  async handle(input, { env, now }) {
    // Claude is already going on because a Stop hook asked it to: never ask again from here
    if (input.stop_hook_active) return null;
    const check = checkContext(input, env, now);
    const savedId = await checkpointIfDue(check, input, env, now);
    if (check.config.mode === 'auto' && check.crossing.atHandoffThreshold && !check.runtime.handoff_asked) {
      check.runtime.handoff_asked = true;
      writeSessionRuntime(env, input.session_id, check.runtime);
      return {
        ...(check.notice ? { systemMessage: check.notice.user } : {}),
        decision: 'block',
        reason: autoHandoffRequest(
          check.context.percent,
          savedId ?? check.workflowId ?? workflowOfSession(check.place, input.session_id),
          env.CLAUDE_PLUGIN_ROOT,
        ),
      };
    }
    if (!check.notice) return null;
    return {
      systemMessage: check.notice.user,
      hookSpecificOutput: { hookEventName: 'Stop', additionalContext: check.notice.model },
    };
  },
};
