import { pauseSessionWorkflow } from '../core/workflows.ts';
import { placeOf } from '../core/context-watch.ts';
import { SessionEndInput } from '../core/schemas.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof SessionEndInput> = {
  input: SessionEndInput,
  async handle(input, { env, now }) {
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    return null;
  },
};
