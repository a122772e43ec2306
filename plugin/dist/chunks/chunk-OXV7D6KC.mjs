import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  logHookProblem
} from "./chunk-HG3TC7YQ.mjs";
import {
  readSessionContext,
  sessionStartDir,
  workflowOfSession
} from "./chunk-IQC2LHT7.mjs";
import {
  readSessionRuntime,
  writeSessionRuntime
} from "./chunk-NHQYGJ6M.mjs";
import {
  contextNotice,
  crossMilestones,
  tokensOfReading
} from "./chunk-YET4IWNJ.mjs";
import {
  resolveProjectDir,
  resolveStoreDir
} from "./chunk-357HXOSG.mjs";
import {
  loadConfig
} from "./chunk-MUBUFQC4.mjs";

// scripts/core/context-watch.ts
import fs from "node:fs";
function placeOf(cwd, env) {
  const projectDir = resolveProjectDir(void 0, cwd, env);
  return { projectDir, storeDir: resolveStoreDir(projectDir, env) };
}
function loadHookConfig(place, env) {
  const loaded = loadConfig(place.projectDir, env);
  for (const problem of loaded.problems) logHookProblem(env, "config", problem);
  return loaded;
}
async function checkTurn(input, env, now, { intervalCheckpoints }) {
  const check = checkContext(input, env, now);
  const saved = await checkpointIfDue(check, input, env, now, intervalCheckpoints);
  if (check.crossing.crossed.length === 0) return { ...check, notice: null, workflowId: saved?.id ?? null };
  const workflowId = saved?.id ?? workflowOfSession(check.place, input.session_id);
  const notice = contextNotice(check.context, check.crossing, workflowId);
  if (notice && saved?.created) notice.user += ` Workflow ${saved.id} was created automatically for this session.`;
  return { ...check, notice, workflowId };
}
function checkContext(input, env, now) {
  const place = placeOf(input.cwd, env);
  const { config } = loadHookConfig(place, env);
  const runtime = readSessionRuntime(env, input.session_id);
  const { reading: context, runtimeChanged } = readSessionContext({
    startDir: sessionStartDir(input.cwd, env),
    sessionId: input.session_id,
    transcriptPath: input.transcript_path ?? null,
    runtime,
    config,
    env,
    now
  });
  const crossing = crossMilestones(context, config, runtime.announced);
  if (crossing.crossed.length > 0) runtime.announced = [...runtime.announced, ...crossing.crossed];
  if (crossing.crossed.length > 0 || runtimeChanged) writeSessionRuntime(env, input.session_id, runtime);
  return { place, config, runtime, context, crossing };
}
function transcriptSize(file) {
  if (!file) return 0;
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
async function checkpointIfDue(check, input, env, now, intervalCheckpoints) {
  const { runtime, config } = check;
  const size = transcriptSize(input.transcript_path);
  const atMilestone = check.crossing.crossed.length > 0;
  const intervalMs = config.checkpoint_interval_minutes * 6e4;
  const last = runtime.last_checkpoint_at ? Date.parse(runtime.last_checkpoint_at) : 0;
  const due = atMilestone || intervalCheckpoints && now.getTime() - last >= intervalMs && size !== runtime.checkpoint_transcript_size;
  if (!due) return null;
  const { checkpointWorkflow } = await import("./workflows-SHEBARIS.mjs");
  let saved = null;
  try {
    saved = await checkpointWorkflow(check.place, {
      session: { id: input.session_id, transcript_path: input.transcript_path ?? null },
      reason: atMilestone ? "milestone" : "interval",
      create: atMilestone && config.auto_create,
      tokens: tokensOfReading(check.context),
      env,
      now
    });
  } catch (error) {
    logHookProblem(env, "checkpoint", error instanceof Error ? error.stack ?? error.message : String(error));
  }
  runtime.last_checkpoint_at = now.toISOString();
  runtime.checkpoint_transcript_size = size;
  writeSessionRuntime(env, input.session_id, runtime);
  return saved;
}

export {
  placeOf,
  loadHookConfig,
  checkTurn
};
