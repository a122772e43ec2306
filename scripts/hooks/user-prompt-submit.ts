import { checkTurn } from '../core/workflows/context-watch.ts';
import { detectHandoffIntent, intentPointer } from '../core/handoff/handoff-phrases.ts';
import { UserPromptSubmitInput } from '../core/schemas.ts';
import { writeSessionRuntime } from '../core/runtime/session-runtime-check.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof UserPromptSubmitInput> = {
  input: UserPromptSubmitInput,
  async handle(input, { env, now }) {
    // interval checkpoints belong to Stop: a prompt must not wait for git and transcript mining
    const turn = await checkTurn(input, env, now, { intervalCheckpoints: false });
    const { runtime } = turn;
    const pending = runtime.pending_notice;
    if (pending !== null) {
      runtime.pending_notice = null;
      writeSessionRuntime(env, input.session_id, runtime);
    }
    const intent = detectHandoffIntent(input.prompt);
    const forModel = [pending, turn.notice?.model, intent ? intentPointer(intent) : null].filter((line) => line !== null && line !== undefined);
    if (forModel.length === 0) return null;
    return {
      ...(turn.notice ? { systemMessage: turn.notice.user } : {}),
      hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: forModel.join('\n') },
    };
  },
};
