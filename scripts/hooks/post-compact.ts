import { placeOf } from '../core/context-watch.ts';
import { PostCompactInput } from '../core/schemas.ts';
import { readSessionRuntime } from '../core/session-runtime.ts';
import { storeExists } from '../core/store.ts';
import { keepCompactSummary } from '../core/workflows.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof PostCompactInput> = {
  input: PostCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    if (!input.compact_summary || !storeExists(place.storeDir)) return null;
    keepCompactSummary(place, input.session_id, readSessionRuntime(env, input.session_id).shown_workflow, input.compact_summary, now);
    return null;
  },
};
