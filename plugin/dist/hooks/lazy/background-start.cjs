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
  startBackgroundCheckpoint: () => startBackgroundCheckpoint,
  startIntervalCheckpoint: () => startIntervalCheckpoint
});
module.exports = __toCommonJS(background_start_exports);
var import_node_path5 = __toESM(require("node:path"), 1);

// scripts/core/runtime/checkpoint-in-flight.ts
var import_node_fs4 = __toESM(require("node:fs"), 1);
var import_node_path4 = __toESM(require("node:path"), 1);

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
function appendRegularFile(file, text) {
  writeRegular(file, text, import_node_fs.default.constants.O_APPEND);
}
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

// scripts/core/runtime/hook-log-file.ts
var import_node_fs2 = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);

// scripts/core/runtime/runtime-dir.ts
var import_node_path = __toESM(require("node:path"), 1);

// scripts/core/shared/node-builtins.ts
var nodeOs = () => typeof require === "function" ? require("node:os") : process.getBuiltinModule("node:os");
var nodeCrypto = () => typeof require === "function" ? require("node:crypto") : process.getBuiltinModule("node:crypto");
var nodeModule = () => typeof require === "function" ? require("node:module") : process.getBuiltinModule("node:module");
var nodeChildProcess = () => typeof require === "function" ? require("node:child_process") : process.getBuiltinModule("node:child_process");
function homeDir() {
  return process.platform !== "win32" && process.env.HOME || nodeOs().homedir();
}

// scripts/core/runtime/runtime-dir.ts
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path.default.join(homeDir(), ".claude", "workflow");
}

// scripts/core/runtime/hook-log-file.ts
var ENTRY_MAX_CHARS = 4e3;
var LOG_MAX_BYTES = 1024 * 1024;
function hookLogPath(env) {
  return import_node_path2.default.join(env.WORKFLOW_LOG_DIR || runtimeDir(env), "hooks.log");
}
function rotateIfFull(file) {
  let size = 0;
  try {
    size = import_node_fs2.default.lstatSync(file).size;
  } catch {
    return;
  }
  if (size >= LOG_MAX_BYTES) import_node_fs2.default.renameSync(file, `${file}.1`);
}
function writeHookLogEntry(env, event, detail, scrub) {
  try {
    const file = hookLogPath(env);
    import_node_fs2.default.mkdirSync(import_node_path2.default.dirname(file), { recursive: true, mode: 448 });
    rotateIfFull(file);
    const clipped = detail.length > ENTRY_MAX_CHARS ? `${detail.slice(0, ENTRY_MAX_CHARS)}\u2026 (${detail.length - ENTRY_MAX_CHARS} more characters)` : detail;
    appendRegularFile(file, `${(/* @__PURE__ */ new Date()).toISOString()} ${event}: ${scrub(clipped).replace(/\n/g, "\n    ")}
`);
  } catch {
  }
}

// scripts/core/runtime/session-files.ts
var import_node_fs3 = __toESM(require("node:fs"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);

// scripts/core/shared/lazy-crypto.ts
function sha256Hex(data) {
  return nodeCrypto().createHash("sha256").update(data).digest("hex");
}

// scripts/core/runtime/session-files.ts
var RUNTIME_SUFFIX = ".json";
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return import_node_path3.default.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}
var tempFiles = 0;
function writeJson(file, value) {
  import_node_fs3.default.mkdirSync(import_node_path3.default.dirname(file), { recursive: true, mode: 448 });
  const tmp = `${file}.tmp-${process.pid}-${++tempFiles}`;
  try {
    import_node_fs3.default.writeFileSync(tmp, JSON.stringify(value), { mode: 384 });
    import_node_fs3.default.renameSync(tmp, file);
  } catch (error) {
    import_node_fs3.default.rmSync(tmp, { force: true });
    throw error;
  }
}
function writeSessionFile(env, sessionId, suffix, value) {
  writeJson(sessionFile(env, sessionId, suffix), value);
}

// scripts/core/runtime/checkpoint-in-flight.ts
var BACKGROUND_REQUEST_VARIABLE = "WORKFLOW_BACKGROUND_CHECKPOINT";
var SUFFIX = ".checkpointing";
function markCheckpointInFlight(env, sessionId, pid) {
  const file = sessionFile(env, sessionId, SUFFIX);
  try {
    import_node_fs4.default.mkdirSync(import_node_path4.default.dirname(file), { recursive: true, mode: 448 });
    replaceRegularFile(file, `${pid}
`);
  } catch {
  }
}

// scripts/core/runtime/session-runtime-check.ts
function writeSessionRuntime(env, sessionId, runtime) {
  writeSessionFile(env, sessionId, RUNTIME_SUFFIX, runtime);
}

// scripts/core/redact/redact-patterns.ts
var END = "(?![A-Za-z0-9_-])";
var t = (kind, source, flags = "g") => ({ kind, pattern: new RegExp(source, flags) });
var tokenPatterns = () => [
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
var TOKENS = /* @__PURE__ */ tokenPatterns();
var BEARER = /\b(bearer[ \t]+)(?=[A-Za-z0-9._~+/-]{16,})(?=[A-Za-z._~+/-]*\d)[A-Za-z0-9._~+/-]+=*/gi;
var BASIC = /\b((?:proxy-)?authorization:[ \t]*basic[ \t]+)[A-Za-z0-9+/]{8,}=*/gi;
var USER_FLAG = /(?<=\s|^)((?:-u|--user)(?:[ \t]+|=)?(["']?)([^\s:"'$]{1,256}):)([^\s"'$][^\s"']{0,511})\2/gm;
var SECRET_FLAG = /(?<=\s|^)((?:--(?:password|passwd|pass|token|secret|api-key|apikey|auth-token|access-token|client-secret)(?:[ \t]+|=))|(?<=\bsshpass[ \t]+)-p[ \t]*)(["']?)([^\s"'$-][^\s"']{0,511})\2/gim;
var URL_PASSWORD = /\b([a-z][a-z0-9+.-]{1,30}:\/\/[^\s:@/[\]]{0,256}:)([^\s/]{1,512})@(?=[^\s@/])/gi;
var PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_BODY = /(?:(?:\s|\\+[nr])+[A-Za-z0-9+/=]{16,})*/y;

// scripts/core/redact/secret-scanner.ts
var import_node_fs5 = require("node:fs");
var import_node_url = require("node:url");
var LEFT_OUT = /* @__PURE__ */ new Set(["database-connection-string", "basicauth", "filter-comments"]);
var KIND_BY_MESSAGE = {
  AWSSecretAccessKey: "aws-secret-key",
  AWSAccessKeyID: "aws-access-key-id",
  ANTHROPIC_API_KEY: "anthropic-key",
  OPENAI_TOKEN: "openai-key",
  IncomingWebhook: "slack-webhook",
  PrivateKeyJSON: "private-key",
  NPM_ACCESS_TOKEN: "npm-token",
  Npmrc_authToken: "npm-token",
  PackageJSON_xOauthToken: "github-token"
};
var kebab = (id) => id.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase();
var PRESET = "@secretlint/secretlint-rule-preset-recommend";
var BUNDLED_RULES = "secret-rules.cjs";
var loaded;
function isRuleCreator(value) {
  if (typeof value !== "object" || value === null) return false;
  const { meta, create } = value;
  return typeof meta?.id === "string" && typeof create === "function";
}
function loadSecretRules() {
  if (loaded) return loaded;
  const load = typeof require === "function" ? require : nodeModule().createRequire(__workflowModule.url);
  const bundled = [BUNDLED_RULES, `chunks/${BUNDLED_RULES}`, `../chunks/${BUNDLED_RULES}`, `../../chunks/${BUNDLED_RULES}`].map((relative) => (0, import_node_url.fileURLToPath)(new URL(relative, __workflowModule.url))).find((f) => (0, import_node_fs5.existsSync)(f));
  const module2 = load(bundled ?? PRESET);
  const rules = module2.rules;
  if (!Array.isArray(rules) || !rules.every(isRuleCreator)) throw new Error(`${PRESET} no longer exports its rules as an array of rule creators`);
  loaded = rules.filter((rule) => !LEFT_OUT.has(rule.meta.id.replace(/^@secretlint\/secretlint-rule-/, "")));
  return loaded;
}
function findSecretsByRules(text) {
  const found = [];
  for (const rule of loadSecretRules()) {
    const context = {
      // the message id is all that is kept: it names the kind of secret, never its value
      createTranslator: () => (messageId) => messageId,
      report: ({ message, range }) => {
        const id = typeof message === "string" ? message : "secret";
        found.push({ start: range[0], end: range[1], kind: KIND_BY_MESSAGE[id] ?? kebab(id) });
      },
      ignore: () => void 0
    };
    rule.create(context, {}).file?.({ content: text, filePath: "workflow.txt", ext: ".txt", contentType: "text" });
  }
  return found;
}

// scripts/core/redact/redact.ts
var MARKER_PREFIX = "[REDACTED:";
var marker = (kind) => `${MARKER_PREFIX}${kind}]`;
var ASSIGNMENT = /(?<![\w.-])(export[ \t]+)?(["']?)([A-Za-z_][\w.-]*)\2([ \t]*)([=:])([ \t]*)/g;
var VALUE = /"[^"\n]{0,4096}"|'[^'\n]{0,4096}'|(?:[^\s"'\\]|\\(?![\\nr]))+/y;
var SECRET_NAME = /passw(?:or)?d|passphrase|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|^_?auth$/i;
var NOT_SECRET_NAME = /(?:url|uri|file|path|dir|endpoint|host|name|type|id|ttl|expiry|expires(?:_at)?|length|count|limit|header)$/i;
var NOT_SECRET_VALUE = /^[[{]|^(?:\d+(?:\.\d+)?|true|false|null|none|nil|undefined|yes|no|\*+|x+|\.\.\.|\u2026)$|^<|^\$|\(|^\[REDACTED:/i;
function redactPem(text, hit) {
  if (!text.includes("PRIVATE KEY")) return text;
  let out = "";
  let last = 0;
  let nextEnd = -2;
  const endFrom = (from) => {
    if (nextEnd === -1 || nextEnd >= from) return nextEnd;
    PEM_END.lastIndex = from;
    nextEnd = PEM_END.exec(text) ? PEM_END.lastIndex : -1;
    return nextEnd;
  };
  PEM_BEGIN.lastIndex = 0;
  let begin = PEM_BEGIN.exec(text);
  while (begin) {
    const bodyStart = PEM_BEGIN.lastIndex;
    const following = PEM_BEGIN.exec(text);
    let stop = endFrom(bodyStart);
    if (stop < 0 || following && stop > following.index) {
      PEM_BODY.lastIndex = bodyStart;
      PEM_BODY.exec(text);
      stop = PEM_BODY.lastIndex;
    }
    out += text.slice(last, begin.index) + marker("private-key");
    hit();
    last = stop;
    begin = following;
    while (begin && begin.index < stop) {
      PEM_BEGIN.lastIndex = Math.max(PEM_BEGIN.lastIndex, stop);
      begin = PEM_BEGIN.exec(text);
    }
    if (begin) PEM_BEGIN.lastIndex = begin.index + begin[0].length;
  }
  return out + text.slice(last);
}
function assignmentKind(name) {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return null;
  if (/aws/i.test(name)) return "aws-secret-key";
  if (/passw(?:or)?d|passphrase/i.test(name)) return "password";
  if (/api[_.-]?key/i.test(name)) return "api-key";
  return "secret";
}
function restOfLineIsBlank(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c === 92) {
      let j = i;
      while (text.charCodeAt(j) === 92) j++;
      return text[j] === "n" || text[j] === "r";
    }
    if (c !== 32 && c !== 9 && c !== 44 && c !== 59) return false;
  }
  return true;
}
function redactAssignments(text, hit) {
  let out = "";
  let last = 0;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const [head, exported = "", quote = "", name = "", before = "", op = "", after = ""] = m;
    const valueAt = m.index + head.length;
    if (!assignmentKind(name)) continue;
    VALUE.lastIndex = valueAt;
    const value = VALUE.exec(text)?.[0] ?? "";
    const end = valueAt + value.length;
    if (!isSecretAssignment(text, name, quote, op, value, end)) {
      ASSIGNMENT.lastIndex = valueAt;
      continue;
    }
    const kind = assignmentKind(name) ?? "secret";
    const kept = /^["']/.test(value) ? value.charAt(0) : "";
    out += `${text.slice(last, m.index)}${exported}${quote}${name}${quote}${before}${op}${after}${kept}${marker(kind)}${kept}`;
    hit();
    last = end;
    ASSIGNMENT.lastIndex = end;
  }
  return out + text.slice(last);
}
function isSecretAssignment(text, name, quote, op, value, end) {
  if (!assignmentKind(name)) return false;
  if (/^_?auth$/i.test(name) && !quote) return false;
  const quoted = /^["']/.test(value);
  const bare = quoted ? value.slice(1, -1) : value;
  const head = quoted ? bare : (bare.split(/[,;})\]`]/)[0] ?? "").replace(/[.:]+$/, "");
  if (!head || NOT_SECRET_VALUE.test(head) || /^[=>]/.test(head)) return false;
  const alone = restOfLineIsBlank(text, end) || /^[ \t]+(?:#|\/\/)/.test(text.slice(end, end + 3));
  if (!quoted && !alone && /^[A-Za-z]+$/.test(head)) return false;
  if (op === ":" && !quote) {
    if (!alone) return false;
    if (!/[_A-Z]/.test(name.replace(/^[A-Z]/, "")) && !/[^A-Za-z]/.test(bare)) return false;
  }
  return true;
}
function redactByRules(text, hit) {
  const ranges = findSecretsByRules(text).sort((a, b) => a.start - b.start || b.end - a.end);
  if (ranges.length === 0) return text;
  const markers = [...text.matchAll(/\[REDACTED:[a-z0-9-]+\]/g)].map((m) => [m.index, m.index + m[0].length]);
  let next = 0;
  const insideMarker = (start, end) => {
    while ((markers[next]?.[1] ?? Infinity) <= start) next++;
    const around = markers[next];
    return around !== void 0 && around[0] < end;
  };
  let out = "";
  let last = 0;
  for (const { start, end, kind } of ranges) {
    if (start < last || end <= start || insideMarker(start, end)) continue;
    out += text.slice(last, start) + marker(kind);
    hit();
    last = end;
  }
  return out + text.slice(last);
}
function redactText(text) {
  let count = 0;
  const hit = () => {
    count++;
  };
  let out = redactPem(text, hit);
  out = out.replace(URL_PASSWORD, (whole, head, password) => {
    if (password.startsWith(MARKER_PREFIX) || password.startsWith("$")) return whole;
    hit();
    return `${head}${marker("url-password")}@`;
  });
  for (const { kind, pattern } of TOKENS) {
    out = out.replace(pattern, () => {
      hit();
      return marker(kind);
    });
  }
  out = out.replace(BEARER, (_whole, head) => {
    hit();
    return `${head}${marker("bearer-token")}`;
  });
  out = out.replace(BASIC, (_whole, head) => {
    hit();
    return `${head}${marker("basic-auth")}`;
  });
  out = out.replace(USER_FLAG, (whole, head, quote, user, password) => {
    if (/^\d+$/.test(user) && /^\d+$/.test(password)) return whole;
    if (password.startsWith(MARKER_PREFIX)) return whole;
    hit();
    return `${head}${marker("password")}${quote}`;
  });
  out = out.replace(SECRET_FLAG, (whole, head, quote, value) => {
    if (value.startsWith(MARKER_PREFIX) || NOT_SECRET_VALUE.test(value)) return whole;
    if (!head.endsWith("=") && !quote && /^[A-Za-z]+$/.test(value)) return whole;
    hit();
    return `${head}${quote}${marker("password")}${quote}`;
  });
  out = redactAssignments(out, hit);
  out = redactByRules(out, hit);
  return { text: out, count };
}

// scripts/core/runtime/hook-log.ts
function logHookProblem(env, event, detail) {
  writeHookLogEntry(env, event, detail, (text) => redactText(text).text);
}

// scripts/hooks/run-hook.ts
function hookSkipped(env, event, reason, detail) {
  logHookProblem(env, event || "(no event)", `${reason}
${detail}`);
  const output = { systemMessage: `workflow: ${event || "hook"} hook skipped (${reason}); details in ${hookLogPath(env)}` };
  return JSON.stringify(output);
}
function hookFailed(env, event, error) {
  return hookSkipped(env, event, error instanceof Error ? error.message.split("\n")[0] ?? "error" : String(error), error instanceof Error ? error.stack ?? "" : "");
}

// scripts/background-start.ts
function startBackgroundCheckpoint(request) {
  const runner = process.argv[1];
  if (!runner || import_node_path5.default.basename(runner) !== "run.cjs") return false;
  try {
    const { spawn } = nodeChildProcess();
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
function startIntervalCheckpoint(env, request, runtime) {
  if (!startBackgroundCheckpoint(request)) return null;
  try {
    writeSessionRuntime(env, request.session_id, runtime);
    return "";
  } catch (error) {
    return hookFailed(env, "Stop", error);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startBackgroundCheckpoint,
  startIntervalCheckpoint
});
