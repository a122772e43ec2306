import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-OXV7D6KC.mjs";
import {
  logHookProblem
} from "./chunk-HG3TC7YQ.mjs";
import {
  describeMigration,
  migrateStoreOf
} from "./chunk-TF4K6QQD.mjs";
import {
  assessStaleness,
  readHeadCommit
} from "./chunk-B2UCIYKQ.mjs";
import {
  currentWorkflow,
  isForeign,
  workflowOfSession
} from "./chunk-IQC2LHT7.mjs";
import {
  readSessionRuntime,
  writeSessionRuntime
} from "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  formatAge,
  readNote,
  renderPostCompactContext,
  renderSessionStartContext
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-MUBUFQC4.mjs";
import {
  loadWorkflowsIfPresent,
  storeExists
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionStartInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/session-start.ts
var KNOWN_SOURCES = /* @__PURE__ */ new Set(["startup", "resume", "clear", "fork"]);
var AUTO_PULL_TIMEOUT_MS = 2e3;
var hook = {
  input: SessionStartInput,
  async handle(input, { env, now }) {
    const runtime = readSessionRuntime(env, input.session_id);
    const remember = (shown) => {
      const next = { ...runtime, model: input.model ?? runtime.model, shown_workflow: shown };
      if (next.model !== runtime.model || next.shown_workflow !== runtime.shown_workflow) writeSessionRuntime(env, input.session_id, next);
    };
    const place = placeOf(input.cwd, env);
    const moved = describeMigration(migrateStoreOf(place.projectDir, place.storeDir, env), place.projectDir, place.storeDir);
    if (input.source === "compact") {
      remember(runtime.shown_workflow);
      const created = await createAfterCompaction(place, input, env, now);
      return reinjectAfterCompaction(place, input.session_id, runtime.shown_workflow, created, now);
    }
    if (!KNOWN_SOURCES.has(input.source)) logHookProblem(env, "SessionStart", `unknown source "${input.source}": handled like startup`);
    const { config, problems } = loadHookConfig(place, env);
    const settingsNote = problems.length > 0 ? `ignored settings: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more in hooks.log)` : ""}` : null;
    let syncNote = null;
    if (config.sync.auto) {
      const { autoPull } = await import("./sync-HGZ3CPYZ.mjs");
      syncNote = await autoPull(place, env, config.sync.remote, AUTO_PULL_TIMEOUT_MS, config.sync.dir);
    }
    const note = [moved, syncNote, settingsNote].filter((part) => part !== null).join(" \xB7 ") || null;
    const syncOnly = note ? { systemMessage: `workflow: ${note}` } : null;
    const { current, automatic } = storeExists(place.storeDir) ? currentWorkflow(place) : { current: null, automatic: null };
    remember(current?.state.id ?? runtime.shown_workflow);
    if (!current) return syncOnly;
    const { state } = current;
    const stale = staleReasons(state, place.projectDir, config.stale_after_days, now);
    const read = readNote(current.read);
    return {
      systemMessage: `workflow: "${state.task.description.slice(0, 60)}" is ${state.status} (saved ${formatAge(state.updated_at, now)}${stale.length > 0 ? `, stale: ${stale.join("; ")}` : ""}${isForeign(state) ? `, saved on ${state.device.hostname}, another machine` : ""}${read ? `, read ${read}` : ""}); /workflow:resume ${state.id} to pick it up${automatic ? ` \xB7 automatic workflow ${automatic.state.id} also saved (${formatAge(automatic.state.updated_at, now)})` : ""}${note ? ` \xB7 ${note}` : ""}`,
      hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: renderSessionStartContext(state, now, stale, automatic?.state ?? null, isForeign(state)) }
    };
  }
};
function reinjectAfterCompaction(place, sessionId, shown, created, now) {
  if (!storeExists(place.storeDir)) return null;
  const states = loadWorkflowsIfPresent(place.storeDir, [workflowOfSession(place, sessionId), shown]);
  const [first, second] = states;
  if (!first) return null;
  const context = [
    renderPostCompactContext(first, now, isForeign(first)),
    ...second ? [renderSessionStartContext(second, now, [], null, isForeign(second))] : []
  ].join("\n\n");
  return {
    systemMessage: `workflow: ${states.map((state) => state.id).join(" and ")} re-injected after compaction${created ? `. Workflow ${created} was created automatically for this session.` : ""}`,
    hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: context }
  };
}
async function createAfterCompaction(place, input, env, now) {
  if (!loadHookConfig(place, env).config.auto_create || workflowOfSession(place, input.session_id) !== null) return null;
  const { checkpointWorkflow } = await import("./workflows-SHEBARIS.mjs");
  const saved = await checkpointWorkflow(place, {
    session: { id: input.session_id, transcript_path: input.transcript_path ?? null },
    reason: "compacted",
    create: true,
    tokens: null,
    env,
    now
  });
  return saved?.created ? saved.id : null;
}
function staleReasons(state, projectDir, staleAfterDays, now) {
  const reasons = assessStaleness(state.updated_at, 0, staleAfterDays, now).reasons;
  const head = state.git?.commit ? readHeadCommit(projectDir) : null;
  if (head && head !== state.git?.commit) reasons.push("HEAD has moved since the handoff");
  return reasons;
}
export {
  hook
};
