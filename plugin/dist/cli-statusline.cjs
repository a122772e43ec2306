"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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

// lazy:./hooks/lazy/statusline-command-line.cjs
var require_statusline_command_line = __commonJS({
  "lazy:./hooks/lazy/statusline-command-line.cjs"(exports2, module2) {
    module2.exports = require("./hooks/lazy/statusline-command-line.cjs");
  }
});

// scripts/core/shared/node-builtins.ts
var nodeOs = () => typeof require === "function" ? require("node:os") : process.getBuiltinModule("node:os");
var nodeCrypto = () => typeof require === "function" ? require("node:crypto") : process.getBuiltinModule("node:crypto");
var nodeChildProcess = () => typeof require === "function" ? require("node:child_process") : process.getBuiltinModule("node:child_process");
function homeDir() {
  return process.platform !== "win32" && process.env.HOME || nodeOs().homedir();
}

// scripts/core/runtime/wrapped-statusline.ts
var WRAPPED_TIMEOUT_MS = 2e3;
function runWrappedStatusline(command, stdin, env) {
  const { spawnSync } = nodeChildProcess();
  const result = spawnSync(command, { shell: true, input: stdin, encoding: "utf8", timeout: WRAPPED_TIMEOUT_MS, env });
  return (result.stdout ?? "").replace(/\s+$/, "");
}

// scripts/core/session/context-window.ts
var K = 1e3;
var WINDOW_200K = 200 * K;
var WINDOW_1M = 1e3 * K;
var SUMMARY_BUFFER_TOKENS = 13 * K;
var MAX_OUTPUT_RESERVE_TOKENS = 20 * K;
var MIN_AUTO_COMPACT_WINDOW = 100 * K;

// scripts/core/session/context.ts
function kilo(tokens) {
  return tokens >= 1e6 ? `${Math.round(tokens / 1e5) / 10}M` : `${Math.round(tokens / 1e3)}K`;
}

// scripts/core/render/workflow-text.ts
function formatPhase(phase) {
  const main = phase.current !== null && phase.name ? `${phase.current} \xB7 ${phase.name}` : phase.current !== null ? String(phase.current) : phase.name ?? "\u2014";
  return phase.sub ? `${main} \u203A ${phase.sub}` : main;
}

// scripts/core/render/statusline.ts
function renderStatusline(input, workflow) {
  const parts = [];
  const used = input.context_window?.used_percentage;
  const size = input.context_window?.context_window_size;
  if (typeof used === "number") parts.push(`ctx ${Math.round(used)}%${typeof size === "number" ? ` of ${kilo(size)}` : ""}`);
  if (workflow) {
    const slug = workflow.id.replace(/-\d{8}-\d{6}(-\d+)?$/, "");
    const name = slug.length > 32 ? `${slug.slice(0, 31)}\u2026` : slug;
    parts.push(`wf ${name}`, formatPhase(workflow.phase));
  }
  return parts.join(" \xB7 ");
}
function joinStatusline(wrapped, ours) {
  return [wrapped, ours].filter(Boolean).join("  \u2502  ");
}

// scripts/core/shared/terminal-text.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function stripControl(text) {
  return text.replace(CONTROL, "");
}

// scripts/core/store/state-memo.ts
var import_node_fs3 = __toESM(require("node:fs"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);

// scripts/core/runtime/runtime-dir.ts
var import_node_path = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path.default.join(homeDir(), ".claude", "workflow");
}

// scripts/core/shared/atomic-write.ts
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);

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

// scripts/core/shared/atomic-write.ts
var FILE_MODE = 384;
var NO_SPACE = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    const written = import_node_fs.default.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    offset += written;
  }
}
function prepare(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = import_node_fs.default.openSync(tmp, "wx", FILE_MODE);
  let ready = false;
  try {
    writeAll(fd, bytes);
    import_node_fs.default.fsyncSync(fd);
    if (import_node_fs.default.fstatSync(fd).size !== bytes.length) throw Object.assign(new Error("short file"), { code: "ENOSPC" });
    ready = true;
    return tmp;
  } finally {
    import_node_fs.default.closeSync(fd);
    if (!ready) import_node_fs.default.rmSync(tmp, { force: true });
  }
}
function syncDir(dir) {
  const fd = import_node_fs.default.openSync(dir, "r");
  try {
    import_node_fs.default.fsyncSync(fd);
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}
function failure(error, files) {
  const code = error?.code;
  if (code && NO_SPACE.has(code)) {
    return new WorkflowError(`cannot save ${files.map((f) => import_node_path2.default.basename(f)).join(", ")} in ${import_node_path2.default.dirname(files[0] ?? ".")}: the disk is full; nothing was changed`);
  }
  return error;
}
function writeFilesAtomic(entries) {
  const ready = [];
  try {
    for (const [file, data] of entries) ready.push(prepare(file, data));
  } catch (error) {
    for (const tmp of ready) import_node_fs.default.rmSync(tmp, { force: true });
    throw failure(error, entries.map(([file]) => file));
  }
  entries.forEach(([file], i) => {
    try {
      import_node_fs.default.renameSync(ready[i] ?? "", file);
    } catch (error) {
      for (const tmp of ready.slice(i)) import_node_fs.default.rmSync(tmp, { force: true });
      throw failure(error, [file]);
    }
  });
  for (const dir of new Set(entries.map(([file]) => import_node_path2.default.dirname(file)))) syncDir(dir);
}
function writeFileAtomic(file, data) {
  writeFilesAtomic([[file, data]]);
}

// scripts/core/shared/safe-fs.ts
var import_node_fs2 = __toESM(require("node:fs"), 1);
var NO_FOLLOW = import_node_fs2.default.constants.O_NOFOLLOW ?? 0;
var NON_BLOCK = import_node_fs2.default.constants.O_NONBLOCK ?? 0;
var READ_CAPS = {
  state: 8 * 1024 * 1024,
  history: 256 * 1024 * 1024,
  config: 1024 * 1024,
  small: 64 * 1024,
  lockfile: 64 * 1024 * 1024,
  /** a synced folder's version: a state and its history, as a sync remote may send them */
  syncVersion: 48 * 1024 * 1024
};
function refused(file, why) {
  return new WorkflowError(`${file} ${why}; it was not read`);
}
function readRegularFileAndStat(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs2.default.openSync(file, import_node_fs2.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    if (error.code === "ELOOP") throw refused(file, "is a symbolic link");
    throw error;
  }
  try {
    const stat = import_node_fs2.default.fstatSync(fd);
    if (!stat.isFile()) throw refused(file, "is not a regular file (a device, a pipe or a socket)");
    if (stat.size > maxBytes) throw refused(file, `is ${stat.size} bytes, over the limit of ${maxBytes}`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = import_node_fs2.default.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buffer.subarray(0, read), stat };
  } finally {
    import_node_fs2.default.closeSync(fd);
  }
}
function readOwnFile(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs2.default.openSync(file, import_node_fs2.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    const stat = import_node_fs2.default.fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes || process.getuid && stat.uid !== process.getuid() || (stat.mode & 18) !== 0) return void 0;
    return import_node_fs2.default.readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) import_node_fs2.default.closeSync(fd);
  }
}

// scripts/core/shared/state-fields.ts
var WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
var WORKFLOW_STATUSES = ["active", "paused", "waiting_approval", "completed", "cancelled"];
var STATE_MEMO_LINE = /^([a-z0-9][a-z0-9-]{0,80})\t(\d+:\d+:[\d.]+:[\d.]+)\t((?:sha256:[0-9a-f]{64})?)\t(active|paused|waiting_approval|completed|cancelled)\t([01])\t([^\t\n]*)\t([^\t\n]*)\t((?:=[^\t\n]*)?)(?:\t([01]))?$/;

// scripts/core/shared/json-guards.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var isString = (value) => typeof value === "string";
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var isNumberOrNull = (value) => value === null || isNumber(value);

// scripts/core/shared/short-hash.ts
function fnv1a64Hex(text) {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, "0");
}

// scripts/core/store/state-memo.ts
var BUILD = true ? "d729a8db7654ad95" : "source";
var MEMO_MAX_BYTES = 8 * 1024 * 1024;
var STATE_FILE = "state.json";
var PROCESS_MEMOS = /* @__PURE__ */ Symbol.for("claude-workflow.state-memo");
var holder = globalThis;
var processMemos = holder[PROCESS_MEMOS] ??= { dir: null, memos: /* @__PURE__ */ new Map(), saveAtExit: false };
function useStateMemo(env) {
  processMemos.dir = import_node_path3.default.join(runtimeDir(env), "state-memo");
  if (!processMemos.saveAtExit) {
    processMemos.saveAtExit = true;
    process.once("exit", () => {
      if (processMemos.dir !== null) saveMemos(processMemos.dir);
    });
  }
}
function memoFile(dir, storeDir) {
  return import_node_path3.default.join(dir, `${fnv1a64Hex(storeDir)}.json`);
}
function fromLine(line, thisBuild) {
  const m = STATE_MEMO_LINE.exec(line);
  if (!m) return null;
  const [, id = "", signature = "", checksum = "", status, automatic, updated_at = "", hostname2 = "", session = "", held] = m;
  const known = WORKFLOW_STATUSES.find((s) => s === status);
  if (!known) return null;
  const peek = { status: known, automatic: automatic === "1", updated_at, device: { hostname: hostname2 }, session: { id: session ? session.slice(1) : null } };
  return [id, { signature, peek, checksum: checksum || null, held: held === "1" && checksum !== "" && thisBuild }];
}
function toLine(id, { signature, peek, checksum, held }) {
  const { status, automatic, updated_at, device, session } = peek;
  const line = [id, signature, checksum ?? "", status, automatic ? "1" : "0", updated_at, device.hostname, session.id === null ? "" : `=${session.id}`, held ? "1" : "0"].join("	");
  return STATE_MEMO_LINE.test(line) ? line : null;
}
function stateMemoOf(json) {
  if (!isObject(json) || !isString(json.store) || !(json.build === void 0 || isString(json.build))) return null;
  const { store, build, lines } = json;
  if (!Array.isArray(lines) || !lines.every(isString)) return null;
  return { store, ...build !== void 0 ? { build } : {}, lines };
}
function memoOf(storeDir) {
  const { dir: memoDir, memos } = processMemos;
  if (memoDir === null) return null;
  let memo = memos.get(storeDir);
  if (!memo) {
    memo = { entries: /* @__PURE__ */ new Map(), dirty: false };
    try {
      const bytes = readOwnFile(memoFile(memoDir, storeDir), MEMO_MAX_BYTES);
      const parsed = bytes ? stateMemoOf(JSON.parse(bytes.toString("utf8"))) : null;
      if (parsed?.store === storeDir) {
        for (const line of parsed.lines) {
          const entry = fromLine(line, parsed.build === BUILD);
          if (entry) memo.entries.set(...entry);
        }
      }
    } catch {
    }
    memos.set(storeDir, memo);
  }
  return memo;
}
function entryFor(storeDir, id, signature) {
  const entry = memoOf(storeDir)?.entries.get(id);
  return entry?.signature === signature ? entry : void 0;
}
function saveMemos(dir) {
  for (const [storeDir, memo] of processMemos.memos) {
    if (!memo.dirty) continue;
    memo.dirty = false;
    try {
      import_node_fs3.default.mkdirSync(dir, { recursive: true, mode: 448 });
      const lines = [...memo.entries].map(([id, entry]) => toLine(id, entry)).filter((line) => line !== null);
      writeFileAtomic(memoFile(dir, storeDir), JSON.stringify({ store: storeDir, build: BUILD, lines }));
    } catch {
    }
  }
}
function memoizedPeek(storeDir, id, signature) {
  return entryFor(storeDir, id, signature)?.peek;
}
function forgetOthers(storeDir, ids) {
  const memo = memoOf(storeDir);
  if (!memo) return;
  const keep = new Set(ids);
  for (const id of memo.entries.keys()) {
    if (!keep.has(id)) {
      memo.entries.delete(id);
      memo.dirty = true;
    }
  }
}
function placeOf(file) {
  if (import_node_path3.default.basename(file) !== STATE_FILE) return null;
  const dir = import_node_path3.default.dirname(file);
  return { storeDir: import_node_path3.default.dirname(dir), id: import_node_path3.default.basename(dir) };
}
function schemaHeld(file, signature, checksum) {
  const place = placeOf(file);
  const entry = place === null ? void 0 : entryFor(place.storeDir, place.id, signature);
  return entry?.checksum === checksum && entry.held;
}

// scripts/core/git/project.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = __toESM(require("node:path"), 1);
function resolveProjectDir(explicit, cwd, env) {
  if (explicit !== void 0) {
    const dir = import_node_path4.default.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return gitTopLevel(dir) ?? dir;
  }
  const start = import_node_path4.default.resolve(env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR) ? env.CLAUDE_PROJECT_DIR : cwd);
  return gitTopLevel(start) ?? start;
}
function gitTopLevel(start) {
  for (let dir = start; ; dir = import_node_path4.default.dirname(dir)) {
    if ((0, import_node_fs4.existsSync)(import_node_path4.default.join(dir, ".git"))) return dir;
    if (import_node_path4.default.dirname(dir) === dir) return null;
  }
}
function isDirectory(p) {
  try {
    return (0, import_node_fs4.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}
function resolveStoreDir(projectDir, env) {
  if (env.WORKFLOW_STATE_DIR) return import_node_path4.default.resolve(projectDir, env.WORKFLOW_STATE_DIR);
  const gitDir = gitDirOf(projectDir);
  const storeDir = gitDir ? import_node_path4.default.join(gitDir, "workflow") : import_node_path4.default.join(projectDir, ".workflow");
  let link = false;
  try {
    link = (0, import_node_fs4.lstatSync)(storeDir).isSymbolicLink();
  } catch {
  }
  if (link) throw new WorkflowError(`${storeDir} is a symbolic link; the store must be a folder of its own (set WORKFLOW_STATE_DIR to keep it elsewhere)`);
  return storeDir;
}
var GITDIR_FILE_MAX_BYTES = 4096;
function gitDirOf(projectDir) {
  const dotGit = import_node_path4.default.join(projectDir, ".git");
  try {
    const stat = (0, import_node_fs4.lstatSync)(dotGit);
    if (stat.isDirectory()) return dotGit;
    if (!stat.isFile() || stat.size > GITDIR_FILE_MAX_BYTES) return null;
    const target = /^gitdir:\s*(.+?)\s*$/m.exec((0, import_node_fs4.readFileSync)(dotGit, "utf8"))?.[1];
    if (!target) return null;
    const dir = import_node_path4.default.resolve(projectDir, target);
    return isDirectory(dir) ? dir : null;
  } catch {
    return null;
  }
}

// scripts/core/runtime/session-files.ts
var import_node_fs5 = __toESM(require("node:fs"), 1);
var import_node_path5 = __toESM(require("node:path"), 1);

// scripts/core/shared/lazy-crypto.ts
function sha256Hex(data) {
  return nodeCrypto().createHash("sha256").update(data).digest("hex");
}

// scripts/core/runtime/session-files.ts
var STATUSLINE_SUFFIX = ".statusline.json";
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return import_node_path5.default.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}
var tempFiles = 0;
function writeJson(file, value) {
  import_node_fs5.default.mkdirSync(import_node_path5.default.dirname(file), { recursive: true, mode: 448 });
  const tmp = `${file}.tmp-${process.pid}-${++tempFiles}`;
  try {
    import_node_fs5.default.writeFileSync(tmp, JSON.stringify(value), { mode: 384 });
    import_node_fs5.default.renameSync(tmp, file);
  } catch (error) {
    import_node_fs5.default.rmSync(tmp, { force: true });
    throw error;
  }
}
function writeSessionFile(env, sessionId, suffix, value) {
  writeJson(sessionFile(env, sessionId, suffix), value);
}

// scripts/core/runtime/session-runtime-check.ts
function recordStatusline(env, input, now) {
  const record = {
    at: now.toISOString(),
    used_percentage: input.context_window?.used_percentage ?? null,
    context_window_size: input.context_window?.context_window_size ?? null,
    model: input.model?.id ?? null
  };
  writeSessionFile(env, input.session_id, STATUSLINE_SUFFIX, record);
}

// scripts/core/session/hook-inputs.ts
function fieldsOf(value, keys, ok) {
  if (value === void 0) return void 0;
  if (!isObject(value)) return null;
  const fields = {};
  for (const key of keys) {
    const field = value[key];
    if (field === void 0) continue;
    if (!ok(field)) return null;
    fields[key] = field;
  }
  return fields;
}
function statuslineInputOf(json) {
  if (!isObject(json) || !isString(json.session_id)) return null;
  const { session_id, transcript_path, cwd } = json;
  if (!(transcript_path === void 0 || isString(transcript_path)) || !(cwd === void 0 || isString(cwd))) return null;
  const model = fieldsOf(json.model, ["id", "display_name"], isString);
  const workspace = fieldsOf(json.workspace, ["current_dir", "project_dir"], isString);
  const context_window = fieldsOf(json.context_window, ["used_percentage", "context_window_size"], isNumberOrNull);
  if (model === null || workspace === null || context_window === null) return null;
  return {
    session_id,
    ...transcript_path !== void 0 ? { transcript_path } : {},
    ...cwd !== void 0 ? { cwd } : {},
    ...model ? { model } : {},
    ...workspace ? { workspace } : {},
    ...context_window ? { context_window } : {}
  };
}

// scripts/core/store/held-states.ts
var import_node_fs7 = __toESM(require("node:fs"), 1);
var import_node_path6 = __toESM(require("node:path"), 1);

// scripts/core/shared/file-signature.ts
function fileSignature(stat) {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

// scripts/core/shared/ordering.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function newestFirst(a, b) {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return (Number.isNaN(tb) ? -Infinity : tb) - (Number.isNaN(ta) ? -Infinity : ta) || compareText(b, a);
}

// scripts/core/store/store-ids.ts
var import_node_fs6 = __toESM(require("node:fs"), 1);
function existingIds(storeDir) {
  let entries;
  try {
    entries = import_node_fs6.default.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name)).map((entry) => entry.name).sort();
}

// scripts/core/store/workflow-origin.ts
var import_node_os = __toESM(require("node:os"), 1);
var FUTURE_SLACK_MS = 5 * 6e4;
var thisHost;
var hostname = () => thisHost ??= import_node_os.default.hostname();
function isForeign(state) {
  return state.device.hostname !== hostname() || Date.parse(state.updated_at) > Date.now() + FUTURE_SLACK_MS;
}

// scripts/core/store/workflow-choice.ts
var RESUMABLE = ["active", "paused", "waiting_approval"];
function isResumable(state) {
  return RESUMABLE.includes(state.status);
}
function choose(items) {
  const resumable = items.filter(({ state }) => isResumable(state));
  const ranked = [...resumable.filter(({ state }) => !isForeign(state)), ...resumable.filter(({ state }) => isForeign(state))];
  const saved = ranked.find(({ state }) => !state.automatic) ?? null;
  const automatic = ranked.find(({ state }) => state.automatic) ?? null;
  const current = saved && automatic && isForeign(saved.state) && !isForeign(automatic.state) ? automatic : saved ?? automatic;
  return { current, automatic: current === saved ? automatic : null };
}

// scripts/core/store/held-states.ts
var stateFile = (storeDir, id) => `${storeDir}${import_node_path6.default.sep}${id}${import_node_path6.default.sep}state.json`;
function heldPeeks(storeDir) {
  const ids = existingIds(storeDir);
  forgetOthers(storeDir, ids);
  const found = [];
  for (const id of ids) {
    let seen;
    try {
      seen = import_node_fs7.default.lstatSync(stateFile(storeDir, id));
    } catch {
      return void 0;
    }
    const signature = fileSignature(seen);
    const state = seen.isFile() ? memoizedPeek(storeDir, id, signature) : void 0;
    if (!state) return void 0;
    found.push({ id, signature, state });
  }
  return found.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
}
function heldState(storeDir, id, signature) {
  const file = stateFile(storeDir, id);
  try {
    const { bytes, stat } = readRegularFileAndStat(file, READ_CAPS.state);
    const read = fileSignature(stat);
    if (signature !== void 0 && read !== signature) return void 0;
    const document = JSON.parse(bytes.toString("utf8"));
    if (!isObject(document)) return void 0;
    const { checksum, ...state } = document;
    return isString(checksum) && schemaHeld(file, read, checksum) ? state : void 0;
  } catch {
    return void 0;
  }
}
var readPeek = (storeDir, peek) => peek ? heldState(storeDir, peek.id, peek.signature) : null;
var sessionsOwn = (peeks, sessionId) => peeks.find(({ state }) => state.session.id === sessionId && isResumable(state));
function heldShownWorkflow(storeDir, sessionId) {
  const peeks = heldPeeks(storeDir);
  return peeks ? readPeek(storeDir, sessionsOwn(peeks, sessionId) ?? choose(peeks).current) : void 0;
}

// scripts/core/workflows/held-statusline.ts
function heldStatusline(stdin, env, cwd, now) {
  try {
    const input = statuslineInputOf(JSON.parse(stdin));
    if (!input) return null;
    const projectDir = resolveProjectDir(void 0, input.workspace?.project_dir ?? input.cwd ?? cwd, env);
    const storeDir = resolveStoreDir(projectDir, env);
    const workflow = heldShownWorkflow(storeDir, input.session_id);
    if (workflow === void 0) return null;
    recordStatusline(env, input, now);
    return renderStatusline(input, workflow);
  } catch {
    return null;
  }
}

// scripts/process-io.ts
var import_node_fs8 = require("node:fs");
function readByStream() {
  return new Promise((resolve, reject) => {
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => data += chunk);
    process.stdin.on("end", () => resolve(data));
    process.stdin.on("error", reject);
  });
}
function readAtOnce() {
  try {
    if ((0, import_node_fs8.fstatSync)(0).isCharacterDevice()) return "";
    return (0, import_node_fs8.readFileSync)(0, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "EBADF" || code === "EINVAL") return "";
    if (code === "EAGAIN") return null;
    throw error;
  }
}
var READ = /* @__PURE__ */ Symbol.for("claude-workflow.stdin");
var holder2 = globalThis;
function readStdin() {
  holder2[READ] ??= (async () => readAtOnce() ?? readByStream())();
  return holder2[READ];
}
var throughStream = false;
function writeStdout(text) {
  if (throughStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += (0, import_node_fs8.writeSync)(1, bytes, written);
  } catch (error) {
    if (error.code !== "EAGAIN") throw error;
    throughStream = true;
    process.stdout.write(bytes.subarray(written));
  }
}

// scripts/quick-path-signal.ts
var SIGNAL = /* @__PURE__ */ Symbol.for("claude-workflow.quick-path-answered");
var holder3 = globalThis;
function quickPathAnswered() {
  holder3[SIGNAL]?.();
}

// scripts/statusline-process.ts
function wrapOf(args) {
  const [first, second] = args;
  if (first === void 0) return "";
  if (args.length === 1 && first.startsWith("--wrap=")) return first.slice("--wrap=".length);
  return args.length === 2 && first === "--wrap" && second !== void 0 && !second.startsWith("-") ? second : null;
}
async function longWay(readInput) {
  (await Promise.resolve().then(() => __toESM(require_statusline_command_line(), 1))).runStatuslineCommandLine(readInput);
}
async function refresh(args) {
  const wrap = wrapOf(args);
  if (wrap === null) return longWay(readStdin);
  useStateMemo(process.env);
  let text;
  try {
    text = await readStdin();
  } catch (error) {
    return longWay(() => Promise.reject(error));
  }
  const ours = heldStatusline(text, process.env, process.cwd(), /* @__PURE__ */ new Date());
  if (ours === null) return longWay(async () => text);
  quickPathAnswered();
  const line = joinStatusline(wrap ? runWrappedStatusline(wrap, text, process.env) : "", ours);
  if (line) writeStdout(`${stripControl(line)}
`);
}
function runStatuslineProcess() {
  void refresh(process.argv.slice(3)).catch((error) => {
    process.stderr.write(`claude-workflow: statusline failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}; reinstall the plugin
`);
    process.exitCode = 1;
  });
}

// scripts/cli-statusline.ts
runStatuslineProcess();
