import { placeOf } from '../core/workflows/context-watch.ts';
import { awaitCheckpointInFlight, IN_FLIGHT_WAIT_MS } from '../core/runtime/checkpoint-in-flight.ts';
import { PostCompactInput } from '../core/schemas.ts';
import { readSessionRuntime } from '../core/runtime/session-runtime.ts';
import { storeExists } from '../core/store/store.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof PostCompactInput> = {
  input: PostCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    if (!input.compact_summary || !storeExists(place.storeDir)) return null;
    // PreCompact's checkpoint, saved in the background, is written first (and its history line)
    awaitCheckpointInFlight(env, input.session_id, IN_FLIGHT_WAIT_MS, 'PostCompact');
    // imported here: every hook that saves shares one file of the save's code (dist/hooks/lazy/)
    const { keepCompactSummary } = await import('../core/workflows/checkpoint.ts');
    keepCompactSummary(place, input.session_id, readSessionRuntime(env, input.session_id).shown_workflow, input.compact_summary, now);
    return null;
  },
};
