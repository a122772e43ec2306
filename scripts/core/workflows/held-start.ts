// SessionStart without the rest of the hook: the workflow a start offers, or the ones it gives
// back after a compaction, and what it says of them, taken from what the hooks keep (the state
// memo, the start memo of the configuration, the session's bookkeeping) and worded by the hook's
// own functions, without zod. It follows hooks/session-start.ts step by step; whatever the memos
// do not vouch for (a store to move, an automatic pull, a workflow to create after a compaction, a
// configuration in error, a workflow not held) goes to the hook, which then decides as it always did.
import fs from 'node:fs';
import type { SessionRuntime } from '../runtime/session-runtime.ts';
import { checkSessionRuntime } from '../runtime/session-runtime-check.ts';
import { legacyStoreDir, resolveProjectDir, resolveStoreDir } from '../git/project.ts';
import { legacyContents } from '../store/legacy-store.ts';
import { heldCurrentWorkflow, heldSessionWorkflow, heldWorkflowIfPresent } from '../store/held-states.ts';
import { awaitCheckpointInFlight, IN_FLIGHT_WAIT_MS } from '../runtime/checkpoint-in-flight.ts';
import { sessionStartInputOf } from '../session/hook-inputs.ts';
import { readStartConfig, startSources, type StartConfig } from '../session/start-memo.ts';
import { stripControlDeep } from '../shared/terminal-text.ts';
import type { WorkflowState } from '../schemas.ts';
import { reinjectOutput, staleReasons, startOutput } from './start-summary.ts';

/**
 * What the quick path makes of a SessionStart: what the hook would print ('' for nothing) and the
 * bookkeeping it would write (null: unchanged), or the hook's to decide.
 */
export type StartVerdict = { kind: 'held'; output: string; record: { sessionId: string; runtime: SessionRuntime } | null } | { kind: 'hook' };

const HOOK: StartVerdict = { kind: 'hook' };
/** the sources a start shows the summary for; any source a later release adds is the hook's (it logs it) */
const OFFERING_SOURCES = new Set(['startup', 'resume', 'clear', 'fork']);

/** The verdict on this input (`stdin`, as Claude Code sent it). Never throws. */
export function checkStartHeld(stdin: string, env: NodeJS.ProcessEnv, now: Date): StartVerdict {
  try {
    return verdict(stdin, env, now);
  } catch {
    return HOOK;
  }
}

function hasLegacyContents(legacyDir: string, storeDir: string): boolean {
  const { ids, archives } = legacyContents(legacyDir, storeDir);
  return ids.length > 0 || archives.length > 0;
}

function verdict(stdin: string, env: NodeJS.ProcessEnv, now: Date): StartVerdict {
  const input = sessionStartInputOf(JSON.parse(stdin));
  if (!input || !(OFFERING_SOURCES.has(input.source) || input.source === 'compact')) return HOOK;
  const runtime = checkSessionRuntime(env, input.session_id);
  if (!runtime) return HOOK;
  const projectDir = resolveProjectDir(undefined, input.cwd, env);
  const storeDir = resolveStoreDir(projectDir, env);
  // workflows still under .claude/workflows are moved by the hook (Claude Code's own scripts there are not ours)
  if (!env.WORKFLOW_STATE_DIR && hasLegacyContents(legacyStoreDir(projectDir), storeDir)) return HOOK;
  const config = readStartConfig(env, startSources(projectDir, env));
  if (!config) return HOOK;
  if (input.source === 'compact') return afterCompaction(input.session_id, input.model, runtime, storeDir, config, env, now);
  if (config.sync_auto) return HOOK;
  const choice = fs.existsSync(storeDir) ? heldCurrentWorkflow(storeDir) : { current: null, automatic: null };
  if (!choice) return HOOK;
  // as the hook remembers them: the model, and the workflow shown, for a compaction to give back
  const next = { ...runtime, model: input.model ?? runtime.model, shown_workflow: choice.current?.id ?? runtime.shown_workflow };
  const record = next.model !== runtime.model || next.shown_workflow !== runtime.shown_workflow ? { sessionId: input.session_id, runtime: next } : null;
  const { current, automatic } = choice;
  if (!current) return { kind: 'held', output: '', record };
  const offer = { state: current, automatic, stale: staleReasons(current, projectDir, config.stale_after_days, now), read: null, note: null };
  // Claude Code shows these strings decoded: no control character may reach its UI
  return { kind: 'held', output: JSON.stringify(stripControlDeep(startOutput(offer, now))), record };
}

/** After a compaction: the session's workflow and the one its start showed, given back in full. */
function afterCompaction(sessionId: string, model: string | undefined, runtime: SessionRuntime, storeDir: string, config: StartConfig, env: NodeJS.ProcessEnv, now: Date): StartVerdict {
  // PreCompact's checkpoint, saved in the background, is what comes back: it lands first
  awaitCheckpointInFlight(env, sessionId, IN_FLIGHT_WAIT_MS, 'SessionStart');
  const held = heldSessionWorkflow(storeDir, sessionId);
  // a session without one gets its automatic workflow now: the hook makes it
  if (held === undefined || (held === null && config.auto_create)) return HOOK;
  const record = model !== undefined && model !== runtime.model ? { sessionId, runtime: { ...runtime, model } } : null;
  const shown = runtime.shown_workflow;
  const other = shown === null || shown === held?.id || !fs.existsSync(storeDir) ? null : heldWorkflowIfPresent(storeDir, shown);
  if (other === undefined) return HOOK;
  const output = reinjectOutput([held, other].filter((state): state is WorkflowState => state !== null), null, now);
  return { kind: 'held', output: output ? JSON.stringify(stripControlDeep(output)) : '', record };
}
