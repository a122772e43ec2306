import { checkTurn } from '../core/context-watch.ts';
import { autoHandoffRequest } from '../core/render.ts';
import { StopInput } from '../core/schemas.ts';
import { writeSessionRuntime } from '../core/session-runtime.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof StopInput> = {
  input: StopInput,
  async handle(input, { env, now }) {
    // Claude is already going on because a Stop hook asked it to: never ask again from here
    if (input.stop_hook_active) return null;
    const turn = await checkTurn(input, env, now, { intervalCheckpoints: true });
    const { runtime } = turn;
    if (turn.config.mode === 'auto' && turn.crossing.atHandoffThreshold && !runtime.handoff_asked) {
      runtime.handoff_asked = true;
      writeSessionRuntime(env, input.session_id, runtime);
      return {
        ...(turn.notice ? { systemMessage: turn.notice.user } : {}),
        decision: 'block',
        reason: autoHandoffRequest(turn.context.percent, turn.workflowId, env.CLAUDE_PLUGIN_ROOT),
      };
    }
    if (!turn.notice) return null;
    // the user hears it now; Claude with the next prompt, without an extra model call
    runtime.pending_notice = turn.notice.model;
    writeSessionRuntime(env, input.session_id, runtime);
    return { systemMessage: turn.notice.user };
  },
};
