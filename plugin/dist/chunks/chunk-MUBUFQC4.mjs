import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  _enum,
  _gt,
  _lt,
  _minLength,
  _nonnegative,
  _positive,
  _regex,
  array,
  boolean,
  extend,
  int,
  nullable,
  number,
  partial,
  strictObject,
  string
} from "./chunk-65YYEQP7.mjs";
import {
  READ_CAPS,
  readRegularText
} from "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/config.ts
import os from "node:os";
import path from "node:path";
var Fraction = number().check(_gt(0), _lt(1));
var Minutes = number().check(_nonnegative());
var Days = number().check(_nonnegative());
var Retention = strictObject({
  completed_days: Days,
  cancelled_days: Days
});
var Sync = strictObject({
  remote: string().check(_regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be a git remote name")),
  /** pull at session start (time-capped), push after each handoff */
  auto: boolean(),
  /**
   * a folder another tool already syncs between machines (iCloud Drive, Dropbox, Syncthing): when
   * set, sync goes through it instead of the git remote; '' means the git remote
   */
  dir: string()
});
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
  stale_after_days: number().check(_positive()),
  retention: Retention,
  sync: Sync
};
var WorkflowConfig = strictObject(ConfigShape);
var ConfigLayer = partial(extend(WorkflowConfig, { retention: partial(Retention), sync: partial(Sync) }));
var DEFAULT_CONFIG = {
  milestones: [0.5, 0.75, 0.9],
  handoff_threshold: 0.75,
  context_window: null,
  mode: "suggest",
  checkpoint_interval_minutes: 5,
  auto_create: true,
  stale_after_days: 7,
  retention: { completed_days: 30, cancelled_days: 7 },
  sync: { remote: "origin", auto: false, dir: "" }
};
function describeIssue(source, error) {
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") {
    const prefix = issue.path.length > 0 ? `${issue.path.join(".")}.` : "";
    return `${source}: unknown setting(s) ${issue.keys.map((key) => `${prefix}${key}`).join(", ")}; ignored this file, using the other layers`;
  }
  const field = issue?.path.join(".") || "(root)";
  return `${source}: "${field}" ${issue?.message ?? "is invalid"}; ignored, using the other layers`;
}
function readFileLayer(file, problems) {
  let text;
  try {
    text = readRegularText(file, READ_CAPS.config);
  } catch (error) {
    if (error instanceof WorkflowError) problems.push(error.message);
    else if (error.code !== "ENOENT") problems.push(`${file}: cannot be read (${error.code})`);
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
var RETENTION_ENV_SETTINGS = [
  { key: "completed_days", name: "RETENTION_COMPLETED_DAYS" },
  { key: "cancelled_days", name: "RETENTION_CANCELLED_DAYS" }
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
  const retention = {};
  for (const setting of RETENTION_ENV_SETTINGS) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === void 0 || raw === "") continue;
    const parsed = Days.safeParse(toNumber(raw));
    if (parsed.success) retention[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? "invalid"}; ignored`);
  }
  if (Object.keys(retention).length > 0) layer.retention = retention;
  const sync = {};
  const syncSettings = [
    { key: "remote", name: "SYNC_REMOTE", convert: (raw) => raw },
    { key: "auto", name: "SYNC_AUTO", convert: toBoolean },
    { key: "dir", name: "SYNC_DIR", convert: (raw) => raw }
  ];
  for (const setting of syncSettings) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === void 0 || raw === "") continue;
    const parsed = Sync.shape[setting.key].safeParse(setting.convert(raw));
    if (parsed.success) sync[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? "invalid"}; ignored`);
  }
  if (Object.keys(sync).length > 0) layer.sync = sync;
  return ConfigLayer.parse(layer);
}
function userConfigPath() {
  return path.join(os.homedir(), ".claude", "workflow.json");
}
function loadConfig(projectDir, env) {
  const problems = [];
  const layers = [
    readEnvLayer(env, "CLAUDE_PLUGIN_OPTION_", problems),
    readFileLayer(userConfigPath(), problems),
    readFileLayer(path.join(projectDir, ".claude", "workflow.json"), problems),
    readEnvLayer(env, "WORKFLOW_", problems)
  ];
  const config = { ...DEFAULT_CONFIG };
  for (const { retention, sync, ...layer } of layers) {
    Object.assign(config, Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== void 0)));
    if (retention) config.retention = { ...config.retention, ...Object.fromEntries(Object.entries(retention).filter(([, v]) => v !== void 0)) };
    if (sync) config.sync = { ...config.sync, ...Object.fromEntries(Object.entries(sync).filter(([, v]) => v !== void 0)) };
  }
  return { config, problems };
}

export {
  WorkflowConfig,
  DEFAULT_CONFIG,
  userConfigPath,
  loadConfig
};
