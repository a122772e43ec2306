import { checkTurn } from '../core/workflows/context-watch.ts';
import { autoHandoffRequest } from '../core/render/for-model.ts';
import { StopInput } from '../core/schemas.ts';
import { takeSessionNotices } from '../core/runtime/session-notices.ts';
import { writeSessionRuntime } from '../core/runtime/session-runtime-check.ts';
import { workflowOfSession } from '../core/store/store-choice.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof StopInput> = {
  input: StopInput,
  async handle(input, { env, now, startCheckpoint }) {
    // what a slash command or another session left for this session's user (see session-notices.ts)
    const notices = takeSessionNotices(env, input.session_id);
    const withNotices = (message: string | null): { systemMessage: string } | null => {
      const all = [...notices, ...(message ? [message] : [])];
      return all.length > 0 ? { systemMessage: all.join('\n') } : null;
    };
    // Claude is already going on because a Stop hook asked it to: never ask again from here
    if (input.stop_hook_active) return withNotices(null);
    // Claude Code may run Stop before the reply it names is in the transcript: wait for it (bounded)
    const turn = await checkTurn(input, env, now, { intervalCheckpoints: true, replyAnnounced: Boolean(input.last_assistant_message), startCheckpoint });
    const { runtime } = turn;
    if (turn.config.mode === 'auto' && turn.crossing.atHandoffThreshold && !runtime.handoff_asked) {
      runtime.handoff_asked = true;
      writeSessionRuntime(env, input.session_id, runtime);
      return {
        ...withNotices(turn.notice?.user ?? null),
        decision: 'block',
        // an interval checkpoint saved in the background did not say which workflow it saved
        reason: autoHandoffRequest(turn.context.percent, turn.workflowId ?? workflowOfSession(turn.place, input.session_id), env.CLAUDE_PLUGIN_ROOT),
      };
    }
    if (!turn.notice) return withNotices(null);
    // the user hears it now; Claude with the next prompt, without an extra model call
    runtime.pending_notice = turn.notice.model;
    writeSessionRuntime(env, input.session_id, runtime);
    return withNotices(turn.notice.user);
  },
};
