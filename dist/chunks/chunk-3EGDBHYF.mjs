import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  logHookProblem
} from "./chunk-QDD3HBVO.mjs";
import {
  autoCompactPoint,
  contextWindowFor,
  readContextUsage
} from "./chunk-H7GMNDAG.mjs";
import {
  resolveProjectDir,
  resolveStoreDir
} from "./chunk-BDAMXSI2.mjs";
import {
  loadConfig
} from "./chunk-6DXBHU2Y.mjs";
import {
  readSessionRuntime,
  readStatuslineRecord,
  writeSessionRuntime
} from "./chunk-A5QOICFS.mjs";
import {
  workflowOfSession
} from "./chunk-NL4WUP72.mjs";

// scripts/core/context-watch.ts
import fs from "node:fs";

// scripts/core/context.ts
var STATUSLINE_MAX_AGE_MS = 6e4;
var COMPACT_MARGIN = 0.02;
function measureContext(options) {
  const { statusline, config, env, now } = options;
  const fresh = statusline !== null && statusline.used_percentage !== null && statusline.context_window_size !== null && now.getTime() - Date.parse(statusline.at) <= STATUSLINE_MAX_AGE_MS;
  if (fresh && statusline.used_percentage !== null && statusline.context_window_size !== null) {
    const window2 = config.context_window ?? statusline.context_window_size;
    const tokens = Math.round(statusline.used_percentage / 100 * statusline.context_window_size);
    return reading(tokens, window2, env, "statusline");
  }
  const usage = options.usage();
  const window = contextWindowFor(options.model ?? usage.model, usage.tokens, config.context_window ?? void 0);
  return reading(usage.tokens, window, env, usage.estimated ? "estimate" : "transcript");
}
function reading(tokens, window, env, source) {
  return {
    tokens,
    window,
    percent: Math.round(tokens / window * 1e3) / 10,
    autoCompactAt: autoCompactPoint(window, env),
    source
  };
}
function thresholdTokens(fraction, window, autoCompactAt) {
  return Math.min(Math.round(fraction * window), Math.round(autoCompactAt - COMPACT_MARGIN * window));
}
function crossMilestones(context, config, announced) {
  const crossed = [...config.milestones].sort((a, b) => a - b).filter((m) => !announced.includes(m) && context.tokens >= thresholdTokens(m, context.window, context.autoCompactAt));
  return {
    crossed,
    atHandoffThreshold: context.tokens >= thresholdTokens(config.handoff_threshold, context.window, context.autoCompactAt)
  };
}
function kilo(tokens) {
  return tokens >= 1e6 ? `${Math.round(tokens / 1e5) / 10}M` : `${Math.round(tokens / 1e3)}K`;
}
function contextNotice(context, crossing, workflowId) {
  const highest = crossing.crossed.at(-1);
  if (highest === void 0) return null;
  const figures = `${context.percent}% (${kilo(context.tokens)} of ${kilo(context.window)} tokens${context.source === "estimate" ? ", estimated" : ""})`;
  const compactAt = `auto-compact near ${kilo(context.autoCompactAt)}`;
  const target = workflowId ? ` (updates workflow ${workflowId})` : "";
  if (!crossing.atHandoffThreshold) {
    return {
      user: `workflow: context ${figures} used; ${compactAt}.`,
      model: `[workflow] Context window ${figures} used; ${compactAt}. No action needed yet.`
    };
  }
  return {
    user: `workflow: context ${figures} used; ${compactAt}. Save the work with /workflow:handoff${target}.`,
    model: `[workflow] Context window ${figures} used; ${compactAt}. At the next natural stopping point, suggest to the user to run /workflow:handoff${target} so a fresh session can continue. Do not stop the current task for it.`
  };
}

// scripts/core/context-watch.ts
function placeOf(cwd, env) {
  const projectDir = resolveProjectDir(void 0, cwd, env);
  return { projectDir, storeDir: resolveStoreDir(projectDir, env) };
}
function loadHookConfig(place, env) {
  const { config, problems } = loadConfig(place.projectDir, env);
  for (const problem of problems) logHookProblem(env, "config", problem);
  return config;
}
async function checkTurn(input, env, now, { intervalCheckpoints }) {
  const check = checkContext(input, env, now);
  const savedId = await checkpointIfDue(check, input, env, now, intervalCheckpoints);
  if (check.crossing.crossed.length === 0) return { ...check, notice: null, workflowId: savedId };
  const workflowId = savedId ?? workflowOfSession(check.place, input.session_id);
  return { ...check, notice: contextNotice(check.context, check.crossing, workflowId), workflowId };
}
function checkContext(input, env, now) {
  const place = placeOf(input.cwd, env);
  const config = loadHookConfig(place, env);
  const runtime = readSessionRuntime(env, input.session_id);
  const transcript = input.transcript_path;
  const context = measureContext({
    usage: () => transcript ? readContextUsage(transcript) : { tokens: 0, estimated: true, model: null, sawCompactBoundary: false, bytesRead: 0 },
    statusline: readStatuslineRecord(env, input.session_id),
    model: runtime.model,
    config,
    env,
    now
  });
  const crossing = crossMilestones(context, config, runtime.announced);
  if (crossing.crossed.length > 0) {
    runtime.announced = [...runtime.announced, ...crossing.crossed];
    writeSessionRuntime(env, input.session_id, runtime);
  }
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
  const { checkpointWorkflow } = await import("./workflows-IBI4J5I2.mjs");
  let saved = null;
  try {
    saved = await checkpointWorkflow(check.place, {
      session: { id: input.session_id, transcript_path: input.transcript_path ?? null },
      reason: atMilestone ? "milestone" : "interval",
      create: atMilestone && config.auto_create,
      tokens: { context_tokens: check.context.tokens, context_window: check.context.window, percent: check.context.percent },
      contextWindow: config.context_window,
      now
    });
  } catch (error) {
    logHookProblem(env, "checkpoint", error instanceof Error ? error.stack ?? error.message : String(error));
  }
  runtime.last_checkpoint_at = now.toISOString();
  runtime.checkpoint_transcript_size = size;
  writeSessionRuntime(env, input.session_id, runtime);
  return saved?.id ?? null;
}

export {
  kilo,
  placeOf,
  loadHookConfig,
  checkTurn
};
