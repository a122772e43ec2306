import { placeOf } from '../core/workflows/context-watch.ts';
import { SessionEndInput } from '../core/schemas.ts';
import { pruneSessionFiles } from '../core/runtime/session-runtime.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof SessionEndInput> = {
  input: SessionEndInput,
  async handle(input, { env, now }) {
    // imported here: every hook that saves shares one file of the save's code (dist/hooks/lazy/)
    const { pauseSessionWorkflow } = await import('../core/workflows/checkpoint.ts');
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    // the files of sessions long gone: a session's end is the one moment that costs no turn
    pruneSessionFiles(env, now);
    return null;
  },
};
