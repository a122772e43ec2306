// The per-turn check shared by UserPromptSubmit and Stop: measure the context, announce each
// milestone once per session, and keep the session's workflow saved. Its fast path (nothing
// crossed, nothing due) reads a few small files and the transcript's tail, and writes nothing.
import { loadConfig, type WorkflowConfig } from '../shared/config.ts';
import { contextNotice, crossMilestones, tokensOfReading, type ContextNotice, type ContextReading, type MilestoneCrossing } from '../session/context.ts';
import { logHookProblem } from '../runtime/hook-log.ts';
import { resolveProjectDir, resolveStoreDir } from '../git/project.ts';
import { readSessionContext } from '../session/session-context.ts';
import { REPLY_WAIT_MS, replyReachTokens, replyWaitOf } from '../session/reply-wait.ts';
import { readClaudeSettings } from '../session/claude-settings.ts';
import { sessionStartDir } from '../session/settings-files.ts';
import { rememberTurn, signSources, turnSources } from '../session/turn-memo.ts';
import { afterIntervalCheckpoint, intervalCheckpointDue, intervalCheckpointRequest, replyMatters, transcriptSize } from './quiet-turn.ts';
import { readSessionRuntime, type SessionRuntime } from '../runtime/session-runtime.ts';
import { writeSessionRuntime } from '../runtime/session-runtime-check.ts';
import type { Place } from '../store/store.ts';
import type { BackgroundCheckpointRequest } from '../schemas.ts';
import { awaitCheckpointInFlight, IN_FLIGHT_WAIT_MS } from '../runtime/checkpoint-in-flight.ts';
import { workflowOfSession } from '../store/store-choice.ts';

interface TurnInput {
  session_id: string;
  transcript_path?: string | undefined;
  cwd: string;
}

/**
 * Hands a checkpoint whose result nobody waits for (Stop's on the interval, PreCompact's) to a
 * process of its own; false when none could be started (the caller then saves it itself).
 */
export type StartCheckpoint = (request: BackgroundCheckpointRequest) => boolean;

interface TurnOptions {
  intervalCheckpoints: boolean;
  /** a reply was announced (Stop's `last_assistant_message`): wait for it to reach the transcript */
  replyAnnounced?: boolean;
  startCheckpoint?: StartCheckpoint | undefined;
}

interface TurnCheck {
  place: Place;
  config: WorkflowConfig;
  runtime: SessionRuntime;
  context: ContextReading;
  crossing: MilestoneCrossing;
}

interface Turn extends TurnCheck {
  /** the milestone notice of this turn, naming the workflow it updates (also one just created) */
  notice: ContextNotice | null;
  /** the session's workflow, when this turn had to know it */
  workflowId: string | null;
}

export function placeOf(cwd: string, env: NodeJS.ProcessEnv): Place {
  const projectDir = resolveProjectDir(undefined, cwd, env);
  return { projectDir, storeDir: resolveStoreDir(projectDir, env) };
}

/** The configuration for a hook: a bad layer is logged (and returned, to be told), never fatal. */
export function loadHookConfig(place: Place, env: NodeJS.ProcessEnv): { config: WorkflowConfig; problems: string[] } {
  const loaded = loadConfig(place.projectDir, env);
  for (const problem of loaded.problems) logHookProblem(env, 'config', problem);
  return loaded;
}

/** Measure, checkpoint when due, then word the notice (after the checkpoint, which may create the workflow). */
export async function checkTurn(
  input: TurnInput,
  env: NodeJS.ProcessEnv,
  now: Date,
  options: TurnOptions,
): Promise<Turn> {
  const check = checkContext(input, env, now, options);
  const saved = await checkpointIfDue(check, input, env, now, options);
  if (check.crossing.crossed.length === 0) return { ...check, notice: null, workflowId: saved?.id ?? null };
  const workflowId = saved?.id ?? workflowOfSession(check.place, input.session_id);
  const notice = contextNotice(check.context, check.crossing, workflowId);
  // the user hears, in the same line, that a workflow now exists that they did not ask for
  if (notice && saved?.created) notice.user += ` Workflow ${saved.id} was created automatically for this session.`;
  return { ...check, notice, workflowId };
}

function checkContext(input: TurnInput, env: NodeJS.ProcessEnv, now: Date, { replyAnnounced = false, intervalCheckpoints }: TurnOptions): TurnCheck {
  const place = placeOf(input.cwd, env);
  const startDir = sessionStartDir(input.cwd, env);
  // what the next turns need not read again (quiet-turn.ts), known by how its files look before they are read
  const sources = turnSources(place.projectDir, startDir, env);
  const signatures = signSources(sources);
  const { config, problems } = loadHookConfig(place, env);
  const settings = readClaudeSettings(startDir, env);
  // a layer that is told of on every turn is read on every turn
  if (problems.length === 0) rememberTurn(env, input.session_id, sources, signatures, config, settings, now);
  const runtime = readSessionRuntime(env, input.session_id);
  const { reading: context, runtimeChanged, replyLate, transcriptAbsent } = readSessionContext({
    startDir,
    settings,
    sessionId: input.session_id,
    transcriptPath: input.transcript_path ?? null,
    runtime,
    config,
    env,
    now,
    replyWait: replyWaitOf(replyAnnounced, env, runtime.transcript_absent),
    replyMatters: (without, usage) =>
      replyMatters(without, replyReachTokens(usage, env), config, runtime, intervalCheckpoints && intervalCheckpointDue(runtime, config.checkpoint_interval_minutes, now, transcriptSize(input.transcript_path))),
  });
  if (transcriptAbsent) logHookProblem(env, 'context', `no transcript at ${input.transcript_path ?? '(none named)'} after ${REPLY_WAIT_MS} ms: not waited for again in this session`);
  else if (replyLate) logHookProblem(env, 'context', `the reply Claude Code announced was not in ${input.transcript_path ?? 'the transcript'} after ${REPLY_WAIT_MS} ms: measured what was there`);
  const crossing = crossMilestones(context, config, runtime.announced);
  if (crossing.crossed.length > 0) runtime.announced = [...runtime.announced, ...crossing.crossed];
  if (crossing.crossed.length > 0 || runtimeChanged) writeSessionRuntime(env, input.session_id, runtime);
  return { place, config, runtime, context, crossing };
}

/**
 * Saves a checkpoint when one is due: at a milestone, or when the interval has passed and the
 * transcript grew. At the first milestone a session with no workflow gets one, if configured.
 */
async function checkpointIfDue(
  check: TurnCheck,
  input: TurnInput,
  env: NodeJS.ProcessEnv,
  now: Date,
  { intervalCheckpoints, startCheckpoint }: TurnOptions,
): Promise<{ id: string; created: boolean } | null> {
  const { runtime, config } = check;
  const size = transcriptSize(input.transcript_path);
  const atMilestone = check.crossing.crossed.length > 0;
  const due = atMilestone || (intervalCheckpoints && intervalCheckpointDue(runtime, config.checkpoint_interval_minutes, now, size));
  if (!due) return null;
  const request = intervalCheckpointRequest(input, tokensOfReading(check.context), now);
  let saved: { id: string; created: boolean } | null = null;
  // an interval checkpoint tells nobody anything: the turn need not wait for git and the mining
  if (atMilestone || !startCheckpoint?.(request)) saved = await checkpointHere(check, request, atMilestone, env, now);
  // also when nothing was saved: the store is not scanned again before the next interval. In
  // place: Stop goes on with this bookkeeping and may write it again with its notice
  Object.assign(runtime, afterIntervalCheckpoint(runtime, now, size));
  writeSessionRuntime(env, input.session_id, runtime);
  return saved;
}

async function checkpointHere(
  check: TurnCheck,
  request: BackgroundCheckpointRequest,
  atMilestone: boolean,
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<{ id: string; created: boolean } | null> {
  // one saved in the background a turn ago lands first: this save is the newer one
  awaitCheckpointInFlight(env, request.session_id, IN_FLIGHT_WAIT_MS, 'checkpoint');
  // loaded only when a checkpoint is due: git and transcript mining stay off the fast path
  const { checkpointWorkflow } = await import('./checkpoint.ts');
  try {
    return await checkpointWorkflow(check.place, {
      session: { id: request.session_id, transcript_path: request.transcript_path },
      reason: atMilestone ? 'milestone' : 'interval',
      create: atMilestone && check.config.auto_create,
      tokens: request.tokens,
      env,
      now,
    });
  } catch (error) {
    // a store that cannot be written must not swallow the milestone notice this turn carries
    logHookProblem(env, 'checkpoint', error instanceof Error ? (error.stack ?? error.message) : String(error));
    return null;
  }
}
