// PreCompact without the rest of the hook: the summarizer's instructions for the session's workflow
// (and the one its start showed) and the checkpoint to ask for, taken from what the hooks keep (the
// state memo, the session's turn memo and bookkeeping) with the functions the hook measures with,
// and no zod. It follows hooks/pre-compact.ts step by step; whatever the memos do not vouch for
// goes to the hook, which then decides as it always did.
import type { BackgroundCheckpointRequest, WorkflowState } from '../schemas.ts';
import { awaitCheckpointInFlight, IN_FLIGHT_WAIT_MS } from '../runtime/checkpoint-in-flight.ts';
import { checkSessionRuntime, checkStatuslineRecord } from '../runtime/session-runtime-check.ts';
import { resolveProjectDir, resolveStoreDir } from '../git/project.ts';
import { heldSessionWorkflow, heldWorkflowIfPresent } from '../store/held-states.ts';
import { measureContext, tokensOfReading } from '../session/context.ts';
import { preCompactInputOf } from '../session/hook-inputs.ts';
import { sessionStartDir } from '../session/settings-files.ts';
import { readContextUsage } from '../session/transcript.ts';
import { readTurnMemo, turnSources } from '../session/turn-memo.ts';
import { renderCompactInstructions } from '../render/for-model.ts';

/**
 * What the quick path makes of a PreCompact: the text the hook would print and the checkpoint it
 * would ask for (null: none), or the hook's to decide.
 */
export type CompactVerdict = { kind: 'held'; text: string; request: BackgroundCheckpointRequest | null } | { kind: 'hook' };

const HOOK: CompactVerdict = { kind: 'hook' };

/** The verdict on this input (`stdin`, as Claude Code sent it). Never throws. */
export function checkCompactHeld(stdin: string, env: NodeJS.ProcessEnv, now: Date): CompactVerdict {
  try {
    return verdict(stdin, env, now);
  } catch {
    return HOOK;
  }
}

function verdict(stdin: string, env: NodeJS.ProcessEnv, now: Date): CompactVerdict {
  const input = preCompactInputOf(JSON.parse(stdin));
  if (!input) return HOOK;
  const projectDir = resolveProjectDir(undefined, input.cwd, env);
  const storeDir = resolveStoreDir(projectDir, env);
  // an interval checkpoint still saving in the background lands first: this one is newer
  awaitCheckpointInFlight(env, input.session_id, IN_FLIGHT_WAIT_MS, 'PreCompact');
  const held = heldSessionWorkflow(storeDir, input.session_id);
  const runtime = checkSessionRuntime(env, input.session_id);
  if (held === undefined || runtime === null) return HOOK;
  const transcript = input.transcript_path ?? null;
  let request: BackgroundCheckpointRequest | null = null;
  if (held || transcript) {
    let tokens: BackgroundCheckpointRequest['tokens'] = null;
    if (transcript) {
      // the hook reads the configuration and Claude Code's settings where the session started
      const remembered = readTurnMemo(env, input.session_id, turnSources(projectDir, sessionStartDir(projectDir, env), env));
      if (!remembered) return HOOK;
      const reading = measureContext({
        usage: readContextUsage(transcript),
        statusline: checkStatuslineRecord(env, input.session_id),
        startModel: runtime.model,
        seen: runtime.seen,
        settings: remembered.settings,
        config: remembered.config,
        env,
        now,
      });
      tokens = tokensOfReading(reading);
    }
    request = { reason: 'precompact', session_id: input.session_id, transcript_path: transcript, cwd: input.cwd, tokens, at: now.toISOString() };
  }
  const shown = runtime.shown_workflow;
  const other = shown === null || shown === held?.id ? null : heldWorkflowIfPresent(storeDir, shown);
  if (other === undefined) return HOOK;
  const states = [held, other].filter((state): state is WorkflowState => state !== null);
  return { kind: 'held', text: states.map((state) => renderCompactInstructions(state)).join('\n\n'), request };
}
