// in this hook's own file, not the lazy part the other hooks share: every PreCompact saves, and
// one bundle spares it a second copy of zod and the store to load and set up (about 10 ms)
import { checkpointWorkflow } from '../core/workflows/checkpoint.ts';
import { placeOf } from '../core/workflows/context-watch.ts';
import { renderCompactInstructions } from '../core/render/for-model.ts';
import { PreCompactInput } from '../core/schemas.ts';
import { readSessionRuntime } from '../core/runtime/session-runtime.ts';
import { withWorkflowIfPresent } from '../core/store/store.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof PreCompactInput> = {
  input: PreCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    // Claude Code may still refuse the compaction ("Not enough messages to compact", an API
    // error) after this hook: a session without a workflow gets its automatic one only once the
    // compaction happened (SessionStart, source compact)
    const saved = await checkpointWorkflow(place, {
      session: { id: input.session_id, transcript_path: input.transcript_path ?? null },
      reason: 'precompact',
      create: false,
      tokens: null,
      env,
      now,
    });
    // the workflow SessionStart showed this session, resumed or not, is kept too
    const shown = readSessionRuntime(env, input.session_id).shown_workflow;
    // the saved state as the checkpoint wrote it: only another shown workflow is read again
    const states = withWorkflowIfPresent(place.storeDir, saved?.state ?? null, shown);
    if (states.length === 0) return null;
    // PreCompact stdout is plain text that Claude Code appends to the summarizer's instructions,
    // and shows the user in full after /compact: short, plain, no status that may be stale
    return states.map((state) => renderCompactInstructions(state)).join('\n\n');
  },
};
