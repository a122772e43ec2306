"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode) => mod == null ? {} : isNodeMode || !mod.__esModule ? { __proto__: mod, default: mod } : mod;
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// scripts/background-start.ts
var background_start_exports = {};
__export(background_start_exports, {
  startBackgroundCheckpoint: () => startBackgroundCheckpoint
});
module.exports = __toCommonJS(background_start_exports);
var import_node_module2 = require("node:module");
var import_node_path4 = __toESM(require("node:path"), 1);

// scripts/core/runtime/checkpoint-in-flight.ts
var import_node_fs2 = __toESM(require("node:fs"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);

// scripts/core/shared/processes.ts
var sleeper = new Int32Array(new SharedArrayBuffer(4));

// scripts/core/shared/safe-fs.ts
var import_node_fs = __toESM(require("node:fs"), 1);

// scripts/core/shared/errors.ts
var EXPECTED = /* @__PURE__ */ Symbol.for("claude-workflow.expected-failure");
var WorkflowError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
  name = "WorkflowError";
  [EXPECTED] = true;
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && EXPECTED in value;
  }
};

// scripts/core/shared/safe-fs.ts
var NO_FOLLOW = import_node_fs.default.constants.O_NOFOLLOW ?? 0;
var NON_BLOCK = import_node_fs.default.constants.O_NONBLOCK ?? 0;
var READ_CAPS = {
  state: 8 * 1024 * 1024,
  history: 256 * 1024 * 1024,
  config: 1024 * 1024,
  small: 64 * 1024,
  lockfile: 64 * 1024 * 1024,
  /** a synced folder's version: a state and its history, as a sync remote may send them */
  syncVersion: 48 * 1024 * 1024
};
function replaceRegularFile(file, text) {
  writeRegular(file, text, import_node_fs.default.constants.O_TRUNC);
}
function writeRegular(file, text, how) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_WRONLY | how | import_node_fs.default.constants.O_CREAT | NO_FOLLOW | NON_BLOCK, 384);
  } catch (error) {
    if (error.code === "ELOOP") throw new WorkflowError(`${file} is a symbolic link; nothing was written to it`);
    throw error;
  }
  try {
    if (!import_node_fs.default.fstatSync(fd).isFile()) throw new WorkflowError(`${file} is not a regular file; nothing was written to it`);
    const bytes = Buffer.from(text);
    let offset = 0;
    while (offset < bytes.length) offset += import_node_fs.default.writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}

// scripts/core/redact/redact-patterns.ts
var END = "(?![A-Za-z0-9_-])";
var t = (kind, source, flags = "g") => ({ kind, pattern: new RegExp(source, flags) });
var TOKENS = [
  t("anthropic-key", String.raw`\bsk-ant-[A-Za-z0-9_-]{20,}`),
  // a digit is required: a long hyphenated word after "sk-" is prose, a key never lacks digits
  t("openai-key", String.raw`\bsk-(?=[A-Za-z0-9_-]{20,})(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]+`),
  t("github-token", String.raw`\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})`),
  t("gitlab-token", String.raw`\b(?:gl(?:pat|ptt|dt|rt|ft|imt|oas|soat|cbt|agent)-[A-Za-z0-9_-]{20,}|GR1348941[A-Za-z0-9_-]{20,})`),
  t("aws-access-key-id", String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`),
  t("google-api-key", String.raw`\bAIza[A-Za-z0-9_-]{35}${END}`),
  t("google-oauth-secret", String.raw`\bGOCSPX-[A-Za-z0-9_-]{28}${END}`),
  t("google-oauth-token", String.raw`\b(?:ya29\.[A-Za-z0-9_-]{20,}|1\/\/0[A-Za-z0-9_-]{40,})`),
  t("azure-storage-key", String.raw`(?<=AccountKey=)[A-Za-z0-9+/]{86}==`),
  t("azure-shared-access-key", String.raw`(?<=SharedAccessKey=)[A-Za-z0-9+/]{42,44}=`),
  t("azure-sas-signature", String.raw`(?<=[?&]sig=)[A-Za-z0-9%+/=]{20,}`),
  t("azure-client-secret", String.raw`(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`),
  t("stripe-webhook-secret", String.raw`\bwhsec_[A-Za-z0-9]{32,}`),
  t("twilio-api-key", String.raw`\bSK[0-9a-fA-F]{32}\b`),
  t("pypi-token", String.raw`\bpypi-AgE[A-Za-z0-9_-]{50,}`),
  t("huggingface-token", String.raw`\b(?:hf_|api_org_)[A-Za-z0-9]{34}\b`),
  t("age-secret-key", String.raw`\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b`),
  t("slack-token", String.raw`\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}|\bxoxe\.xox[bp]-[A-Za-z0-9-]{20,}`),
  t("slack-webhook", String.raw`https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+`),
  t("discord-webhook", String.raw`https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+`),
  t("telegram-bot-token", String.raw`\b\d{8,10}:AA[A-Za-z0-9_-]{33}${END}`),
  t("mailgun-key", String.raw`\bkey-[0-9a-f]{32}\b`),
  t("mailchimp-key", String.raw`\b[0-9a-f]{32}-us\d{1,2}\b`),
  t("digitalocean-token", String.raw`\bdo[opr]_v1_[a-f0-9]{64}\b`),
  t("square-token", String.raw`\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}${END}`),
  t("planetscale-token", String.raw`\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}`),
  t("postman-key", String.raw`\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b`),
  t("doppler-token", String.raw`\bdp\.(?:st|ct|sa|scim|audit|pt)\.[A-Za-z0-9_.-]{40,}`),
  t("pulumi-token", String.raw`\bpul-[a-f0-9]{40}\b`),
  t("sentry-token", String.raw`\bsntry[su]_[A-Za-z0-9+/=_-]{40,}`),
  t("new-relic-key", String.raw`\bNRAK-[A-Z0-9]{27}\b`),
  t("supabase-token", String.raw`\bsbp_[a-f0-9]{40}\b`),
  t("airtable-token", String.raw`\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b`),
  t("terraform-token", String.raw`\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}`),
  t("alibaba-key-id", String.raw`\bLTAI[A-Za-z0-9]{20}\b`),
  t("atlassian-token", String.raw`\bATATT3[A-Za-z0-9_=-]{100,}`),
  t("fly-token", String.raw`\b(?:fo1_[A-Za-z0-9_-]{43}${END}|fm[12][ar]?_[A-Za-z0-9+/=_-]{100,})`),
  t("heroku-key", String.raw`\bHRKU-[A-Za-z0-9_-]{40,}`),
  t("onepassword-token", String.raw`\bops_eyJ[A-Za-z0-9+/=]{100,}`),
  t("notion-token", String.raw`\bsecret_[A-Za-z0-9]{43}\b`),
  t("cloudflare-origin-ca-key", String.raw`\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b`),
  t("jwt", String.raw`\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`)
];

// scripts/core/runtime/runtime-dir.ts
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path.default.join(import_node_os.default.homedir(), ".claude", "workflow");
}

// scripts/core/runtime/hook-log.ts
var LOG_MAX_BYTES = 1024 * 1024;

// scripts/core/runtime/session-files.ts
var import_node_path2 = __toESM(require("node:path"), 1);

// scripts/core/shared/lazy-crypto.ts
var import_node_module = require("node:module");
var loaded;
function nodeCrypto() {
  if (loaded) return loaded;
  const required = (0, import_node_module.createRequire)(__workflowModule.url)("node:crypto");
  loaded = required;
  return required;
}
function sha256Hex(data) {
  return nodeCrypto().createHash("sha256").update(data).digest("hex");
}

// scripts/core/runtime/session-files.ts
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return import_node_path2.default.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}

// scripts/core/runtime/checkpoint-in-flight.ts
var BACKGROUND_REQUEST_VARIABLE = "WORKFLOW_BACKGROUND_CHECKPOINT";
var SUFFIX = ".checkpointing";
function markCheckpointInFlight(env, sessionId, pid) {
  const file = sessionFile(env, sessionId, SUFFIX);
  try {
    import_node_fs2.default.mkdirSync(import_node_path3.default.dirname(file), { recursive: true, mode: 448 });
    replaceRegularFile(file, `${pid}
`);
  } catch {
  }
}

// scripts/background-start.ts
function startBackgroundCheckpoint(request) {
  const runner = process.argv[1];
  if (!runner || import_node_path4.default.basename(runner) !== "run.cjs") return false;
  try {
    const { spawn } = (0, import_node_module2.createRequire)(__workflowModule.url)("node:child_process");
    const child = spawn(process.execPath, [runner, "background-checkpoint"], {
      detached: true,
      stdio: "ignore",
      windowsHide: true,
      env: { ...process.env, [BACKGROUND_REQUEST_VARIABLE]: JSON.stringify(request) }
    });
    child.on("error", () => void 0);
    child.unref();
    if (child.pid === void 0) return false;
    markCheckpointInFlight(process.env, request.session_id, child.pid);
    return true;
  } catch {
    return false;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startBackgroundCheckpoint
});
