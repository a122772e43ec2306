import { loadHookConfig, placeOf } from '../core/workflows/context-watch.ts';
import { awaitCheckpointInFlight, IN_FLIGHT_WAIT_MS } from '../core/runtime/checkpoint-in-flight.ts';
import { logHookProblem } from '../core/runtime/hook-log.ts';
import { describeMigration, migrateStoreOf } from '../core/store/store-migration.ts';
import { readNote } from '../core/render/tables.ts';
import { SessionStartInput } from '../core/schemas.ts';
import { rememberStartConfig, startConfigOf, startSources } from '../core/session/start-memo.ts';
import { signSources } from '../core/session/turn-memo.ts';
import { reinjectOutput, staleReasons, startOutput } from '../core/workflows/start-summary.ts';
import { readSessionRuntime } from '../core/runtime/session-runtime.ts';
import { writeSessionRuntime } from '../core/runtime/session-runtime-check.ts';
import { storeExists, withWorkflowIfPresent, type Place } from '../core/store/store.ts';
import { currentWorkflow, sessionWorkflow, workflowOfSession } from '../core/store/store-choice.ts';
import type { Hook, HookOutput } from './hook.ts';

const KNOWN_SOURCES = new Set(['startup', 'resume', 'clear', 'fork']);

/** the automatic pull's fetch is killed after this: a slow network never delays the session */
const AUTO_PULL_TIMEOUT_MS = 2_000;

export const hook: Hook<typeof SessionStartInput> = {
  input: SessionStartInput,
  async handle(input, { env, now }) {
    // read once, written once at most: the model (it tells a 1M window from a 200K one before
    // the transcript has a reply) and the workflow this start shows
    const runtime = readSessionRuntime(env, input.session_id);
    const remember = (shown: string | null) => {
      const next = { ...runtime, model: input.model ?? runtime.model, shown_workflow: shown };
      if (next.model !== runtime.model || next.shown_workflow !== runtime.shown_workflow) writeSessionRuntime(env, input.session_id, next);
    };
    const place = placeOf(input.cwd, env);
    // the store moved out of .claude/ (Claude Code's own workflows and its sandbox are there)
    const moved = describeMigration(migrateStoreOf(place.projectDir, place.storeDir, env), place.projectDir, place.storeDir);
    if (input.source === 'compact') {
      // PreCompact's checkpoint, saved in the background, is what comes back: it lands first
      awaitCheckpointInFlight(env, input.session_id, IN_FLIGHT_WAIT_MS, 'SessionStart');
      remember(runtime.shown_workflow);
      // the first compaction that happened proves the session long: it gets a workflow if it has none
      const created = await createAfterCompaction(place, input, env, now);
      return reinjectAfterCompaction(place, input.session_id, runtime.shown_workflow, created, now);
    }
    // startup, resume, clear and fork (--fork-session) all start with the summary; a source a
    // later release adds is handled the same, and logged so that it gets a look
    if (!KNOWN_SOURCES.has(input.source)) logHookProblem(env, 'SessionStart', `unknown source "${input.source}": handled like startup`);
    const { config, problems } = loadStartConfig(place, env, now);
    // a settings file that was ignored is said once, at the start, naming the file and the field
    const settingsNote = problems.length > 0 ? `ignored settings: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more in hooks.log)` : ''}` : null;
    let syncNote: string | null = null;
    if (config.sync.auto) {
      // loaded only when enabled: the default start stays free of the sync code
      const { autoPull } = await import('../core/sync/auto-sync.ts');
      syncNote = await autoPull(place, env, config.sync, AUTO_PULL_TIMEOUT_MS);
    }
    // one line for the user: the store's move (once) and the automatic pull
    const note = [moved, syncNote, settingsNote].filter((part) => part !== null).join(' · ') || null;
    const syncOnly = note ? { systemMessage: `workflow: ${note}` } : null;
    const { current, automatic } = storeExists(place.storeDir) ? currentWorkflow(place) : { current: null, automatic: null };
    // the shown workflow is remembered so that a compaction gives it back, resumed or not
    remember(current?.state.id ?? runtime.shown_workflow);
    if (!current) return syncOnly;
    const { state } = current;
    return startOutput({ state, automatic: automatic?.state ?? null, stale: staleReasons(state, place.projectDir, config.stale_after_days, now), read: readNote(current.read), note }, now);
  },
};

/**
 * After a compaction: the whole workflow of this session again, since the summary may have lost
 * some; else the one its start showed (the user may never have run /workflow:resume).
 */
function reinjectAfterCompaction(place: Place, sessionId: string, shown: string | null, created: string | null, now: Date): HookOutput | null {
  if (!storeExists(place.storeDir)) return null;
  // the session's own as its choice read it; the shown one only when it is another
  const states = withWorkflowIfPresent(place.storeDir, sessionWorkflow(place, sessionId)?.state ?? null, shown);
  return reinjectOutput(states, created, now);
}

/** The configuration, kept for the next start's quick path (a configuration in error is told at every start). */
function loadStartConfig(place: Place, env: NodeJS.ProcessEnv, now: Date): ReturnType<typeof loadHookConfig> {
  const sources = startSources(place.projectDir, env);
  const signatures = signSources(sources);
  const loaded = loadHookConfig(place, env);
  if (loaded.problems.length === 0) rememberStartConfig(env, sources, signatures, startConfigOf(loaded.config), now);
  return loaded;
}

/** The session's automatic workflow after its first compaction, unless it has one; its id when made. */
async function createAfterCompaction(place: Place, input: SessionStartInput, env: NodeJS.ProcessEnv, now: Date): Promise<string | null> {
  if (!loadStartConfig(place, env, now).config.auto_create || workflowOfSession(place, input.session_id) !== null) return null;
  // loaded only here: a plain session start stays free of the checkpoint code
  const { checkpointWorkflow } = await import('../core/workflows/checkpoint.ts');
  const saved = await checkpointWorkflow(place, {
    session: { id: input.session_id, transcript_path: input.transcript_path ?? null },
    reason: 'compacted',
    create: true,
    tokens: null,
    env,
    now,
  });
  return saved?.created ? saved.id : null;
}
