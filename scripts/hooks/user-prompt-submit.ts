import { checkContext, checkpointIfDue } from '../core/context-watch.ts';
import { detectHandoffIntent, intentPointer } from '../core/handoff-phrases.ts';
import { UserPromptSubmitInput } from '../core/schemas.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof UserPromptSubmitInput> = {
  input: UserPromptSubmitInput,
  async handle(input, { env, now }) {
    const check = checkContext(input, env, now);
    await checkpointIfDue(check, input, env, now);
    const intent = detectHandoffIntent(input.prompt);
    const forModel = [check.notice?.model, intent ? intentPointer(intent) : undefined].filter((line) => line !== undefined);
    if (forModel.length === 0) return null;
    return {
      ...(check.notice ? { systemMessage: check.notice.user } : {}),
      hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: forModel.join('\n') },
    };
  },
};
