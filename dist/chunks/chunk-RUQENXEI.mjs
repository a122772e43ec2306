import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  logHookProblem
} from "./chunk-CSLR66SE.mjs";
import {
  autoCompactPoint,
  contextWindowFor,
  readContextUsage
} from "./chunk-QPLHROJK.mjs";
import {
  resolveProjectDir,
  resolveStoreDir
} from "./chunk-BDAMXSI2.mjs";
import {
  _default,
  _enum,
  _gt,
  _lt,
  _minLength,
  _nonnegative,
  _positive,
  array,
  boolean,
  int,
  nullable,
  number,
  object,
  partial,
  strictObject,
  string,
  workflowOfSession
} from "./chunk-QMS6ASXK.mjs";

// scripts/core/session-runtime.ts
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
var SessionRuntime = object({
  /** milestone fractions already announced in this session */
  announced: _default(array(number()), []),
  handoff_asked: _default(boolean(), false),
  /** model id from SessionStart, used to tell a 1M window from a 200K one */
  model: _default(nullable(string()), null),
  last_checkpoint_at: _default(nullable(string()), null),
  /** transcript size at the last checkpoint: unchanged size means nothing to save */
  checkpoint_transcript_size: _default(number(), 0)
});
var StatuslineRecord = object({
  at: string(),
  used_percentage: nullable(number()),
  context_window_size: nullable(number()),
  model: nullable(string())
});
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || path.join(os.homedir(), ".claude", "workflow");
}
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${createHash("sha256").update(sessionId).digest("hex")}`;
  return path.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(3).toString("hex")}`;
  fs.writeFileSync(tmp, JSON.stringify(value), { mode: 384 });
  fs.renameSync(tmp, file);
}
function readSessionRuntime(env, sessionId) {
  const parsed = SessionRuntime.safeParse(readJson(sessionFile(env, sessionId, ".json")) ?? {});
  return parsed.success ? parsed.data : SessionRuntime.parse({});
}
function writeSessionRuntime(env, sessionId, runtime) {
  writeJson(sessionFile(env, sessionId, ".json"), runtime);
}
function readStatuslineRecord(env, sessionId) {
  const parsed = StatuslineRecord.safeParse(readJson(sessionFile(env, sessionId, ".statusline.json")));
  return parsed.success ? parsed.data : null;
}
function writeStatuslineRecord(env, sessionId, record) {
  writeJson(sessionFile(env, sessionId, ".statusline.json"), record);
}

// scripts/core/context-watch.ts
import fs3 from "node:fs";

// scripts/core/config.ts
import fs2 from "node:fs";
import os2 from "node:os";
import path2 from "node:path";
var Fraction = number().check(_gt(0), _lt(1));
var Minutes = number().check(_nonnegative());
var ConfigShape = {
  /** fractions of the context window announced once each per session */
  milestones: array(Fraction).check(_minLength(1)),
  /** fraction of the window at which the handoff is suggested (or, in auto mode, asked for) */
  handoff_threshold: Fraction,
  /** tokens; null: 200K, or 1M for [1m] models */
  context_window: nullable(int().check(_positive())),
  /** suggest: never interrupt; auto: at the threshold the Stop hook asks Claude once to hand off */
  mode: _enum(["suggest", "auto"]),
  checkpoint_interval_minutes: Minutes,
  /** create a workflow on its own once a session proves long */
  auto_create: boolean(),
  /** a handoff older than this is flagged as stale */
  stale_after_days: number().check(_positive())
};
var WorkflowConfig = strictObject(ConfigShape);
var ConfigLayer = partial(WorkflowConfig);
var DEFAULT_CONFIG = {
  milestones: [0.5, 0.75, 0.9],
  handoff_threshold: 0.75,
  context_window: null,
  mode: "suggest",
  checkpoint_interval_minutes: 5,
  auto_create: true,
  stale_after_days: 7
};
function describeIssue(source, error) {
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") return `${source}: unknown setting(s) ${issue.keys.join(", ")}; ignored this file, using the other layers`;
  const field = issue?.path.join(".") || "(root)";
  return `${source}: "${field}" ${issue?.message ?? "is invalid"}; ignored, using the other layers`;
}
function readFileLayer(file, problems) {
  let text;
  try {
    text = fs2.readFileSync(file, "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") problems.push(`${file}: cannot be read (${error.code})`);
    return {};
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON (${error.message}); ignored, using the other layers`);
    return {};
  }
  const parsed = ConfigLayer.safeParse(json);
  if (!parsed.success) {
    problems.push(describeIssue(file, parsed.error));
    return {};
  }
  return parsed.data;
}
var ENV_SETTINGS = [
  { key: "milestones", name: "MILESTONES", convert: (raw) => raw.split(",").map(toNumber) },
  { key: "handoff_threshold", name: "HANDOFF_THRESHOLD", convert: toNumber },
  { key: "context_window", name: "CONTEXT_WINDOW", convert: (raw) => raw === "" || raw === "auto" ? null : toNumber(raw) },
  { key: "mode", name: "MODE", convert: (raw) => raw },
  { key: "checkpoint_interval_minutes", name: "CHECKPOINT_INTERVAL_MINUTES", convert: toNumber },
  { key: "auto_create", name: "AUTO_CREATE", convert: toBoolean },
  { key: "stale_after_days", name: "STALE_AFTER_DAYS", convert: toNumber }
];
function toNumber(raw) {
  const trimmed = raw.trim();
  if (trimmed === "") return raw;
  const n = Number(trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : trimmed);
  return Number.isFinite(n) ? n : raw;
}
function toBoolean(raw) {
  const value = raw.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  return raw;
}
function readEnvLayer(env, prefix, problems) {
  const layer = {};
  for (const setting of ENV_SETTINGS) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === void 0 || raw === "") continue;
    const parsed = ConfigShape[setting.key].safeParse(setting.convert(raw));
    if (parsed.success) layer[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? "invalid"}; ignored`);
  }
  return ConfigLayer.parse(layer);
}
function userConfigPath() {
  return path2.join(os2.homedir(), ".claude", "workflow.json");
}
function loadConfig(projectDir, env) {
  const problems = [];
  const layers = [
    readEnvLayer(env, "CLAUDE_PLUGIN_OPTION_", problems),
    readFileLayer(userConfigPath(), problems),
    readFileLayer(path2.join(projectDir, ".claude", "workflow.json"), problems),
    readEnvLayer(env, "WORKFLOW_", problems)
  ];
  const config = { ...DEFAULT_CONFIG };
  for (const layer of layers) Object.assign(config, Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== void 0)));
  return { config, problems };
}

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
  let notice = null;
  let workflowId = null;
  if (crossing.crossed.length > 0) {
    workflowId = workflowOfSession(place, input.session_id);
    notice = contextNotice(context, crossing, workflowId);
    runtime.announced = [...runtime.announced, ...crossing.crossed];
    writeSessionRuntime(env, input.session_id, runtime);
  }
  return { place, config, runtime, context, crossing, notice, workflowId };
}
function transcriptSize(file) {
  if (!file) return 0;
  try {
    return fs3.statSync(file).size;
  } catch {
    return 0;
  }
}
async function checkpointIfDue(check, input, env, now) {
  const { runtime, config } = check;
  const size = transcriptSize(input.transcript_path);
  const atMilestone = check.crossing.crossed.length > 0;
  const intervalMs = config.checkpoint_interval_minutes * 6e4;
  const last = runtime.last_checkpoint_at ? Date.parse(runtime.last_checkpoint_at) : 0;
  const due = atMilestone || now.getTime() - last >= intervalMs && size !== runtime.checkpoint_transcript_size;
  if (!due) return null;
  const { checkpointWorkflow } = await import("./workflows-JQEQSPCR.mjs");
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
  readSessionRuntime,
  writeSessionRuntime,
  writeStatuslineRecord,
  placeOf,
  loadHookConfig,
  checkContext,
  checkpointIfDue
};
