// What PreCompact prints (the workflow's id, task, phase, decisions, blockers and next steps) is
// what Claude or the user wrote, which a checkpoint never changes: it is read as it stands, and
// the checkpoint is saved in the background like Stop's interval ones. What runs after the
// compaction (SessionStart, PostCompact) waits for it.
import { placeOf } from '../core/workflows/context-watch.ts';
import { awaitCheckpointInFlight, IN_FLIGHT_WAIT_MS } from '../core/runtime/checkpoint-in-flight.ts';
import { renderCompactInstructions } from '../core/render/for-model.ts';
import { PreCompactInput, type BackgroundCheckpointRequest } from '../core/schemas.ts';
import { readSessionRuntime } from '../core/runtime/session-runtime.ts';
import { tokensOfReading } from '../core/session/context.ts';
import { readSessionContextOf } from '../core/session/session-context.ts';
import { withWorkflowIfPresent } from '../core/store/store.ts';
import { sessionWorkflow } from '../core/store/store-choice.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof PreCompactInput> = {
  input: PreCompactInput,
  async handle(input, { env, now, startCheckpoint }) {
    const place = placeOf(input.cwd, env);
    // an interval checkpoint still saving in the background lands first: this one is newer
    awaitCheckpointInFlight(env, input.session_id, IN_FLIGHT_WAIT_MS, 'PreCompact');
    const held = sessionWorkflow(place, input.session_id)?.state ?? null;
    const transcript = input.transcript_path ?? null;
    // a save, never a new workflow: Claude Code may still refuse the compaction after this hook
    // ("Not enough messages to compact", an API error); a session without one gets its automatic
    // workflow once the compaction happened (SessionStart, source compact)
    if (held || transcript) {
      // measured now: once the compaction is written, the transcript's newest figures are its own
      const tokens = transcript ? tokensOfReading(readSessionContextOf(place.projectDir, { id: input.session_id, transcript_path: transcript }, env, now)) : null;
      const request: BackgroundCheckpointRequest = { reason: 'precompact', session_id: input.session_id, transcript_path: transcript, cwd: input.cwd, tokens, at: now.toISOString() };
      if (!startCheckpoint?.(request)) {
        const { checkpointRequested } = await import('../core/workflows/checkpoint.ts');
        await checkpointRequested(place, request, env);
      }
    }
    // the workflow SessionStart showed this session, resumed or not, is kept too
    const states = withWorkflowIfPresent(place.storeDir, held, readSessionRuntime(env, input.session_id).shown_workflow);
    if (states.length === 0) return null;
    // PreCompact stdout is plain text that Claude Code appends to the summarizer's instructions,
    // and shows the user in full after /compact: short, plain, no status that may be stale
    return states.map((state) => renderCompactInstructions(state)).join('\n\n');
  },
};
