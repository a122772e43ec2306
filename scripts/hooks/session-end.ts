import { placeOf } from '../core/workflows/context-watch.ts';
import { SessionEndInput } from '../core/schemas.ts';
import { pruneSessionFiles } from '../core/runtime/session-runtime.ts';
import { awaitCheckpointInFlight } from '../core/runtime/checkpoint-in-flight.ts';
import type { Hook } from './hook.ts';

const SESSION_END_WAIT_MS = 1_000;

export const hook: Hook<typeof SessionEndInput> = {
  input: SessionEndInput,
  async handle(input, { env, now }) {
    // imported here: every hook that saves shares one file of the save's code (dist/hooks/lazy/)
    const { pauseSessionWorkflow } = await import('../core/workflows/checkpoint.ts');
    // the last interval checkpoint, saved in the background, lands before the pause and the lease's
    // release; Claude Code may give the SessionEnd hooks as little as 1.5 s in all
    awaitCheckpointInFlight(env, input.session_id, SESSION_END_WAIT_MS, 'SessionEnd');
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    // the files of sessions long gone: a session's end is the one moment that costs no turn
    pruneSessionFiles(env, now);
    return null;
  },
};
