// A quiet turn, decided without the rest of the hook: UserPromptSubmit and Stop run on every turn,
// and on nearly every one they find nothing to say and nothing to save. Their entry files
// (hook-entries/) hold only this check; the hook itself (context-watch.ts and what it needs) is
// loaded only when the check cannot show the turn quiet. It takes the configuration and Claude
// Code's settings from the session's memo (session/turn-memo.ts), and measures everything else
// (the transcript's tail, the status line's figures, the session's bookkeeping) as the hook does,
// with the same functions. Anything it is not sure of is "not quiet": the hook then decides.
import fs from 'node:fs';
import type { BackgroundCheckpointRequest } from '../schemas.ts';
import { turnInputOf } from '../session/hook-inputs.ts';
import { changedSeen, couldCross, crossMilestones, measureContext, tokensOfReading, type ContextInputs, type ContextReading, type TurnConfig } from '../session/context.ts';
import { NO_USAGE } from '../session/transcript.ts';
import { readUsageWithReply, replyReachTokens, replyWaitOf } from '../session/reply-wait.ts';
import { sessionStartDir } from '../session/settings-files.ts';
import { resolveProjectDir } from '../git/project.ts';
import { detectHandoffIntent } from '../handoff/handoff-phrases.ts';
import { hasSessionNotices } from '../runtime/session-notices.ts';
import type { SessionRuntime } from '../runtime/session-runtime.ts';
import { checkSessionRuntime, checkStatuslineRecord } from '../runtime/session-runtime-check.ts';
import { readTurnMemo, turnSources } from '../session/turn-memo.ts';

/** The size of the transcript now (0 when there is none): a checkpoint is due only when it grew. */
export function transcriptSize(file: string | undefined): number {
  if (!file) return 0;
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** An interval checkpoint is due: the interval has passed since the last and the transcript changed. */
export function intervalCheckpointDue(runtime: SessionRuntime, intervalMinutes: number, now: Date, size: number): boolean {
  const last = runtime.last_checkpoint_at ? Date.parse(runtime.last_checkpoint_at) : 0;
  return now.getTime() - last >= intervalMinutes * 60_000 && size !== runtime.checkpoint_transcript_size;
}

/** What Stop hands to the process that saves its interval checkpoint. */
export function intervalCheckpointRequest(input: { session_id: string; transcript_path?: string | undefined; cwd: string }, tokens: BackgroundCheckpointRequest['tokens'], now: Date): BackgroundCheckpointRequest {
  return { reason: 'interval', session_id: input.session_id, transcript_path: input.transcript_path ?? null, cwd: input.cwd, tokens, at: now.toISOString() };
}

/** The bookkeeping once an interval checkpoint was handled: no other before the interval and a change. */
export function afterIntervalCheckpoint(runtime: SessionRuntime, now: Date, size: number): SessionRuntime {
  return { ...runtime, last_checkpoint_at: now.toISOString(), checkpoint_transcript_size: size };
}

/**
 * Whether Stop waits for the reply it was told of but cannot read yet, given the reading without
 * it (`without`, the turn before's figure or this turn's last tool call): only when the reply could
 * cross a milestone or auto mode's handoff threshold, or when an interval checkpoint is due (it
 * saves the reply). Otherwise this Stop has nothing to say either way, and the next prompt's hook
 * reads the reply. 2.1.332 writes the reply up to about 90 ms after it starts Stop, on about one
 * turn in five (measured in the terminal UI).
 */
export function replyMatters(without: ContextReading, reach: number, config: TurnConfig, runtime: SessionRuntime, checkpointDue: boolean): boolean {
  return checkpointDue || couldCross(without, reach, config, runtime.announced, config.mode === 'auto' && !runtime.handoff_asked);
}

/**
 * What the check makes of a turn: quiet (the hook would print nothing and write nothing); quiet but
 * for an interval checkpoint that Stop hands to a process of its own, with the bookkeeping the
 * hook then writes (`runtime`); or anything else, which the hook decides.
 */
export type TurnVerdict =
  | { kind: 'quiet' }
  | { kind: 'interval-checkpoint'; request: BackgroundCheckpointRequest; runtime: SessionRuntime }
  | { kind: 'hook' };

const HOOK: TurnVerdict = { kind: 'hook' };
const QUIET: TurnVerdict = { kind: 'quiet' };

/**
 * The verdict on this input (`stdin`, as Claude Code sent it): quiet when there is no notice
 * waiting, no milestone crossed, no checkpoint due, no handoff to ask for, no announced reply that
 * never reached the transcript, no prompt asking to hand off. Never throws.
 */
export function checkTurnQuiet(event: 'Stop' | 'UserPromptSubmit', stdin: string, env: NodeJS.ProcessEnv, now: Date): TurnVerdict {
  try {
    return verdict(event, stdin, env, now);
  } catch {
    return HOOK;
  }
}

function verdict(event: 'Stop' | 'UserPromptSubmit', stdin: string, env: NodeJS.ProcessEnv, now: Date): TurnVerdict {
  const input = turnInputOf(event, JSON.parse(stdin));
  if (!input) return HOOK;
  if (hasSessionNotices(env, input.session_id)) return HOOK;
  if ('stop_hook_active' in input && input.stop_hook_active) return QUIET;
  if ('prompt' in input && detectHandoffIntent(input.prompt) !== null) return HOOK;
  const startDir = sessionStartDir(input.cwd, env);
  const remembered = readTurnMemo(env, input.session_id, turnSources(resolveProjectDir(undefined, input.cwd, env), startDir, env));
  if (!remembered) return HOOK;
  const { config, settings } = remembered;
  const runtime = checkSessionRuntime(env, input.session_id);
  if (!runtime || (event === 'UserPromptSubmit' && runtime.pending_notice !== null)) return HOOK;
  // Stop was told of a reply the transcript may not hold yet: waited for as the hook waits (when it
  // could matter), which logs it when it never comes
  const replyAnnounced = 'last_assistant_message' in input && Boolean(input.last_assistant_message);
  const figures: Omit<ContextInputs, 'usage'> = {
    statusline: checkStatuslineRecord(env, input.session_id),
    startModel: runtime.model,
    seen: runtime.seen,
    settings,
    config,
    env,
    now,
  };
  const { usage, late } = input.transcript_path
    ? readUsageWithReply(input.transcript_path, replyWaitOf(replyAnnounced, env, runtime.transcript_absent), (without) =>
        replyMatters(measureContext({ ...figures, usage: without }), replyReachTokens(without, env), config, runtime, intervalCheckpointDue(runtime, config.checkpoint_interval_minutes, now, transcriptSize(input.transcript_path))),
      )
    : { usage: NO_USAGE, late: false };
  if (late) return HOOK;
  if (changedSeen(runtime.seen, usage) !== null) return HOOK;
  const context = measureContext({ ...figures, usage });
  const crossing = crossMilestones(context, config, runtime.announced);
  if (crossing.crossed.length > 0) return HOOK;
  if (event === 'UserPromptSubmit') return QUIET;
  if (config.mode === 'auto' && crossing.atHandoffThreshold && !runtime.handoff_asked) return HOOK;
  const size = transcriptSize(input.transcript_path);
  if (!intervalCheckpointDue(runtime, config.checkpoint_interval_minutes, now, size)) return QUIET;
  // as context-watch.ts's checkpointIfDue asks for it, and records it after
  return { kind: 'interval-checkpoint', request: intervalCheckpointRequest(input, tokensOfReading(context), now), runtime: afterIntervalCheckpoint(runtime, now, size) };
}
