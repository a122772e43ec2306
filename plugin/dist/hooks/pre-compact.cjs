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

// lazy:./lazy/pre-compact-hook.cjs
var require_pre_compact_hook = __commonJS({
  "lazy:./lazy/pre-compact-hook.cjs"(exports2, module2) {
    module2.exports = require("./lazy/pre-compact-hook.cjs");
  }
});

// scripts/background-start.ts
var import_node_path5 = __toESM(require("node:path"), 1);

// scripts/core/runtime/checkpoint-in-flight.ts
var import_node_fs4 = __toESM(require("node:fs"), 1);
var import_node_path4 = __toESM(require("node:path"), 1);

// scripts/core/shared/processes.ts
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

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
function withRegularFile(file, fallback, read) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return fallback;
  }
  try {
    const stat = import_node_fs.default.fstatSync(fd);
    return stat.isFile() ? read(fd, stat.size) : fallback;
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}
function refused(file, why) {
  return new WorkflowError(`${file} ${why}; it was not read`);
}
function readRegularFileAndStat(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    if (error.code === "ELOOP") throw refused(file, "is a symbolic link");
    throw error;
  }
  try {
    const stat = import_node_fs.default.fstatSync(fd);
    if (!stat.isFile()) throw refused(file, "is not a regular file (a device, a pipe or a socket)");
    if (stat.size > maxBytes) throw refused(file, `is ${stat.size} bytes, over the limit of ${maxBytes}`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = import_node_fs.default.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buffer.subarray(0, read), stat };
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}
function readOwnFile(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    const stat = import_node_fs.default.fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes || process.getuid && stat.uid !== process.getuid() || (stat.mode & 18) !== 0) return void 0;
    return import_node_fs.default.readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) import_node_fs.default.closeSync(fd);
  }
}
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
function logOwnNotice(env, event, notice) {
  writeHookLogEntry(env, event, notice, (text) => text);
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
var STATUSLINE_SUFFIX = ".statusline.json";
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return import_node_path3.default.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}
function readJson(file) {
  try {
    return JSON.parse(import_node_fs3.default.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function readSessionFile(env, sessionId, suffix) {
  return readJson(sessionFile(env, sessionId, suffix));
}

// scripts/core/runtime/checkpoint-in-flight.ts
var BACKGROUND_REQUEST_VARIABLE = "WORKFLOW_BACKGROUND_CHECKPOINT";
var SUFFIX = ".checkpointing";
var POLL_MS = 10;
var STALE_MS = 6e4;
var IN_FLIGHT_WAIT_MS = 2e3;
function markCheckpointInFlight(env, sessionId, pid) {
  const file = sessionFile(env, sessionId, SUFFIX);
  try {
    import_node_fs4.default.mkdirSync(import_node_path4.default.dirname(file), { recursive: true, mode: 448 });
    replaceRegularFile(file, `${pid}
`);
  } catch {
  }
}
function readMark(file) {
  return withRegularFile(file, null, (fd, size) => {
    if (size > 32) return null;
    const pid = Number(import_node_fs4.default.readFileSync(fd, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? { pid, ageMs: Date.now() - import_node_fs4.default.fstatSync(fd).mtimeMs } : null;
  });
}
function runningSaver(file) {
  const mark = readMark(file);
  return mark !== null && mark.pid !== process.pid && mark.ageMs < STALE_MS && isRunning(mark.pid) ? mark.pid : null;
}
function awaitCheckpointInFlight(env, sessionId, maxMs, waiter) {
  const file = sessionFile(env, sessionId, SUFFIX);
  const saver = runningSaver(file);
  if (saver === null) return "none";
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    sleepSync(POLL_MS);
    if (runningSaver(file) === null) return "finished";
  }
  logOwnNotice(env, waiter, `the checkpoint saving in the background (process ${saver}) was still running after ${maxMs} ms: went on without it`);
  return "still running";
}

// scripts/core/shared/json-guards.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var isString = (value) => typeof value === "string";
var isBoolean = (value) => typeof value === "boolean";
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var isStringOrNull = (value) => value === null || isString(value);
var isNumberOrNull = (value) => value === null || isNumber(value);

// scripts/core/runtime/session-runtime-check.ts
function withDefault(value, ok, fallback) {
  if (value === void 0) return fallback;
  return ok(value) ? value : void 0;
}
function seenOf(value) {
  if (value === void 0 || value === null) return null;
  if (!isObject(value)) return void 0;
  const { model, requested_model, version } = value;
  if (!isStringOrNull(model) || !isStringOrNull(requested_model) || !isStringOrNull(version)) return void 0;
  return { model, requested_model, version };
}
function sessionRuntimeOf(json) {
  const fields = json ?? {};
  if (!isObject(fields)) return null;
  const announced = withDefault(fields.announced, (v) => Array.isArray(v) && v.every(isNumber), []);
  const handoff_asked = withDefault(fields.handoff_asked, isBoolean, false);
  const model = withDefault(fields.model, isStringOrNull, null);
  const seen = seenOf(fields.seen);
  const last_checkpoint_at = withDefault(fields.last_checkpoint_at, isStringOrNull, null);
  const shown_workflow = withDefault(fields.shown_workflow, isStringOrNull, null);
  const checkpoint_transcript_size = withDefault(fields.checkpoint_transcript_size, isNumber, 0);
  const pending_notice = withDefault(fields.pending_notice, isStringOrNull, null);
  const transcript_absent = withDefault(fields.transcript_absent, isBoolean, false);
  if (announced === void 0 || handoff_asked === void 0 || model === void 0 || seen === void 0 || last_checkpoint_at === void 0 || shown_workflow === void 0 || checkpoint_transcript_size === void 0 || pending_notice === void 0 || transcript_absent === void 0) {
    return null;
  }
  return { announced, handoff_asked, model, seen, last_checkpoint_at, shown_workflow, checkpoint_transcript_size, pending_notice, transcript_absent };
}
function statuslineRecordOf(json) {
  if (!isObject(json)) return null;
  const { at, used_percentage, context_window_size, model } = json;
  if (!isString(at) || !isNumberOrNull(used_percentage) || !isNumberOrNull(context_window_size) || !isStringOrNull(model)) return null;
  return { at, used_percentage, context_window_size, model };
}
function checkSessionRuntime(env, sessionId) {
  return sessionRuntimeOf(readSessionFile(env, sessionId, RUNTIME_SUFFIX));
}
function checkStatuslineRecord(env, sessionId) {
  return statuslineRecordOf(readSessionFile(env, sessionId, STATUSLINE_SUFFIX));
}

// scripts/core/shared/terminal-text.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function stripControl(text) {
  return text.replace(CONTROL, "");
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

// scripts/core/store/state-memo.ts
var import_node_fs6 = __toESM(require("node:fs"), 1);
var import_node_path7 = __toESM(require("node:path"), 1);

// scripts/core/shared/atomic-write.ts
var import_node_fs5 = __toESM(require("node:fs"), 1);
var import_node_path6 = __toESM(require("node:path"), 1);
var FILE_MODE = 384;
var NO_SPACE = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    const written = import_node_fs5.default.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    offset += written;
  }
}
function prepare(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = import_node_fs5.default.openSync(tmp, "wx", FILE_MODE);
  let ready = false;
  try {
    writeAll(fd, bytes);
    import_node_fs5.default.fsyncSync(fd);
    if (import_node_fs5.default.fstatSync(fd).size !== bytes.length) throw Object.assign(new Error("short file"), { code: "ENOSPC" });
    ready = true;
    return tmp;
  } finally {
    import_node_fs5.default.closeSync(fd);
    if (!ready) import_node_fs5.default.rmSync(tmp, { force: true });
  }
}
function syncDir(dir) {
  const fd = import_node_fs5.default.openSync(dir, "r");
  try {
    import_node_fs5.default.fsyncSync(fd);
  } finally {
    import_node_fs5.default.closeSync(fd);
  }
}
function failure(error, files) {
  const code = error?.code;
  if (code && NO_SPACE.has(code)) {
    return new WorkflowError(`cannot save ${files.map((f) => import_node_path6.default.basename(f)).join(", ")} in ${import_node_path6.default.dirname(files[0] ?? ".")}: the disk is full; nothing was changed`);
  }
  return error;
}
function writeFilesAtomic(entries) {
  const ready = [];
  try {
    for (const [file, data] of entries) ready.push(prepare(file, data));
  } catch (error) {
    for (const tmp of ready) import_node_fs5.default.rmSync(tmp, { force: true });
    throw failure(error, entries.map(([file]) => file));
  }
  entries.forEach(([file], i) => {
    try {
      import_node_fs5.default.renameSync(ready[i] ?? "", file);
    } catch (error) {
      for (const tmp of ready.slice(i)) import_node_fs5.default.rmSync(tmp, { force: true });
      throw failure(error, [file]);
    }
  });
  for (const dir of new Set(entries.map(([file]) => import_node_path6.default.dirname(file)))) syncDir(dir);
}
function writeFileAtomic(file, data) {
  writeFilesAtomic([[file, data]]);
}

// scripts/core/shared/state-fields.ts
var WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
var WORKFLOW_STATUSES = ["active", "paused", "waiting_approval", "completed", "cancelled"];
var STATE_MEMO_LINE = /^([a-z0-9][a-z0-9-]{0,80})\t(\d+:\d+:[\d.]+:[\d.]+)\t((?:sha256:[0-9a-f]{64})?)\t(active|paused|waiting_approval|completed|cancelled)\t([01])\t([^\t\n]*)\t([^\t\n]*)\t((?:=[^\t\n]*)?)(?:\t([01]))?$/;

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
  processMemos.dir = import_node_path7.default.join(runtimeDir(env), "state-memo");
  if (!processMemos.saveAtExit) {
    processMemos.saveAtExit = true;
    process.once("exit", () => {
      if (processMemos.dir !== null) saveMemos(processMemos.dir);
    });
  }
}
function memoFile(dir, storeDir) {
  return import_node_path7.default.join(dir, `${fnv1a64Hex(storeDir)}.json`);
}
function fromLine(line, thisBuild) {
  const m = STATE_MEMO_LINE.exec(line);
  if (!m) return null;
  const [, id = "", signature = "", checksum = "", status, automatic, updated_at = "", hostname = "", session = "", held] = m;
  const known = WORKFLOW_STATUSES.find((s) => s === status);
  if (!known) return null;
  const peek = { status: known, automatic: automatic === "1", updated_at, device: { hostname }, session: { id: session ? session.slice(1) : null } };
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
      import_node_fs6.default.mkdirSync(dir, { recursive: true, mode: 448 });
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
  if (import_node_path7.default.basename(file) !== STATE_FILE) return null;
  const dir = import_node_path7.default.dirname(file);
  return { storeDir: import_node_path7.default.dirname(dir), id: import_node_path7.default.basename(dir) };
}
function schemaHeld(file, signature, checksum) {
  const place = placeOf(file);
  const entry = place === null ? void 0 : entryFor(place.storeDir, place.id, signature);
  return entry?.checksum === checksum && entry.held;
}

// scripts/core/git/project.ts
var import_node_fs7 = require("node:fs");
var import_node_path8 = __toESM(require("node:path"), 1);
function resolveProjectDir(explicit, cwd, env) {
  if (explicit !== void 0) {
    const dir = import_node_path8.default.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return gitTopLevel(dir) ?? dir;
  }
  const start = import_node_path8.default.resolve(env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR) ? env.CLAUDE_PROJECT_DIR : cwd);
  return gitTopLevel(start) ?? start;
}
function gitTopLevel(start) {
  for (let dir = start; ; dir = import_node_path8.default.dirname(dir)) {
    if ((0, import_node_fs7.existsSync)(import_node_path8.default.join(dir, ".git"))) return dir;
    if (import_node_path8.default.dirname(dir) === dir) return null;
  }
}
function isDirectory(p) {
  try {
    return (0, import_node_fs7.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}
function resolveStoreDir(projectDir, env) {
  if (env.WORKFLOW_STATE_DIR) return import_node_path8.default.resolve(projectDir, env.WORKFLOW_STATE_DIR);
  const gitDir = gitDirOf(projectDir);
  const storeDir = gitDir ? import_node_path8.default.join(gitDir, "workflow") : import_node_path8.default.join(projectDir, ".workflow");
  let link = false;
  try {
    link = (0, import_node_fs7.lstatSync)(storeDir).isSymbolicLink();
  } catch {
  }
  if (link) throw new WorkflowError(`${storeDir} is a symbolic link; the store must be a folder of its own (set WORKFLOW_STATE_DIR to keep it elsewhere)`);
  return storeDir;
}
var GITDIR_FILE_MAX_BYTES = 4096;
function gitDirOf(projectDir) {
  const dotGit = import_node_path8.default.join(projectDir, ".git");
  try {
    const stat = (0, import_node_fs7.lstatSync)(dotGit);
    if (stat.isDirectory()) return dotGit;
    if (!stat.isFile() || stat.size > GITDIR_FILE_MAX_BYTES) return null;
    const target = /^gitdir:\s*(.+?)\s*$/m.exec((0, import_node_fs7.readFileSync)(dotGit, "utf8"))?.[1];
    if (!target) return null;
    const dir = import_node_path8.default.resolve(projectDir, target);
    return isDirectory(dir) ? dir : null;
  } catch {
    return null;
  }
}

// scripts/core/store/held-states.ts
var import_node_fs10 = __toESM(require("node:fs"), 1);
var import_node_path9 = __toESM(require("node:path"), 1);

// scripts/core/shared/file-signature.ts
var import_node_fs8 = __toESM(require("node:fs"), 1);
function fileSignature(stat) {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}
function pathSignature(file) {
  try {
    return fileSignature(import_node_fs8.default.statSync(file));
  } catch (error) {
    const code = error.code ?? "error";
    return code === "ENOENT" || code === "ENOTDIR" ? "-" : code;
  }
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
var import_node_fs9 = __toESM(require("node:fs"), 1);
function existingIds(storeDir) {
  let entries;
  try {
    entries = import_node_fs9.default.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name)).map((entry) => entry.name).sort();
}

// scripts/core/store/workflow-origin.ts
var FUTURE_SLACK_MS = 5 * 6e4;

// scripts/core/store/workflow-choice.ts
var RESUMABLE = ["active", "paused", "waiting_approval"];
function isResumable(state) {
  return RESUMABLE.includes(state.status);
}

// scripts/core/store/held-states.ts
var stateFile = (storeDir, id) => `${storeDir}${import_node_path9.default.sep}${id}${import_node_path9.default.sep}state.json`;
function heldPeeks(storeDir) {
  const ids = existingIds(storeDir);
  forgetOthers(storeDir, ids);
  const found = [];
  for (const id of ids) {
    let seen;
    try {
      seen = import_node_fs10.default.lstatSync(stateFile(storeDir, id));
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
function heldSessionWorkflow(storeDir, sessionId) {
  const peeks = heldPeeks(storeDir);
  return peeks ? readPeek(storeDir, sessionsOwn(peeks, sessionId)) : void 0;
}
function heldWorkflowIfPresent(storeDir, id) {
  if (!WORKFLOW_ID_PATTERN.test(id)) return null;
  try {
    if (!import_node_fs10.default.lstatSync(`${storeDir}${import_node_path9.default.sep}${id}`).isDirectory()) return null;
  } catch {
    return null;
  }
  return heldState(storeDir, id);
}

// scripts/core/session/context-window.ts
var K = 1e3;
var WINDOW_200K = 200 * K;
var WINDOW_1M = 1e3 * K;
var SUMMARY_BUFFER_TOKENS = 13 * K;
var MAX_OUTPUT_RESERVE_TOKENS = 20 * K;
var MIN_AUTO_COMPACT_WINDOW = 100 * K;
var OLDEST_MEASURED = [2, 1, 197];
var CURRENT_MEASURED = [2, 1, 332];
function truthy(value) {
  return value !== void 0 && /^(1|true|yes|on)$/i.test(value.trim());
}
function parseVersion(version) {
  const match = version === null ? null : /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}
function atLeast(version, floor) {
  for (let i = 0; i < floor.length; i++) {
    const a = version[i] ?? 0;
    const b = floor[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
function ruleSets(version) {
  const parsed = parseVersion(version);
  if (parsed !== null && atLeast(parsed, CURRENT_MEASURED)) return ["current"];
  if (parsed !== null && !atLeast(parsed, [OLDEST_MEASURED[0], OLDEST_MEASURED[1], OLDEST_MEASURED[2] + 1])) return ["oldest"];
  return ["current", "oldest"];
}
function hasOneMillionSuffix(model) {
  return /\[1m\]\s*$/i.test(model);
}
function normalizeModelId(model) {
  let id = withoutSuffix(model.trim().toLowerCase(), "[1m]");
  const region = REGION_PREFIXES.find((prefix) => id.startsWith(prefix));
  if (region) id = id.slice(region.length);
  if (id.startsWith("anthropic.")) id = id.slice("anthropic.".length);
  id = withoutDigitsAfter(id, ":", 1);
  id = withoutDigitsAfter(id, "@", 8, 8);
  id = withoutDigitsAfter(id, "-v", 1);
  return id.endsWith("-latest") ? id.slice(0, -"-latest".length) : withoutDigitsAfter(id, "-", 8, 8);
}
var REGION_PREFIXES = ["us.", "eu.", "apac.", "global.", "jp.", "au."];
var withoutSuffix = (id, suffix) => id.endsWith(suffix) ? id.slice(0, -suffix.length) : id;
function withoutDigitsAfter(id, marker, min, max = Number.POSITIVE_INFINITY) {
  let digits = 0;
  while (digits < id.length && isDigit(id.charCodeAt(id.length - 1 - digits))) digits++;
  if (digits < min || digits > max) return id;
  const end = id.length - digits;
  return id.slice(end - marker.length, end) === marker ? id.slice(0, end - marker.length) : id;
}
var isDigit = (code) => code >= 48 && code <= 57;
var RETIRED_TO_DEFAULT = /* @__PURE__ */ new Set(["claude-opus-4-0", "claude-opus-4-1", "claude-opus-4-1-20250805", "claude-opus-4-20250514"]);
var FAMILIES_200K = [/^claude-3-/, /^claude-(?:opus|sonnet)-4(?:-[0-6])?$/, /^claude-haiku-4(?:-[0-5])?$/];
var OLDEST_DEFAULT_MODEL = "claude-opus-4-8";
function native1M(model) {
  const raw = model.trim().toLowerCase().replace(/\[1m\]$/, "");
  if (RETIRED_TO_DEFAULT.has(raw)) return true;
  const id = normalizeModelId(model);
  return !FAMILIES_200K.some((family) => family.test(id));
}
function maxOutputTokens(model) {
  const id = model === null ? "" : normalizeModelId(model);
  if (/^claude-3-(?:haiku|opus)/.test(id)) return 4096;
  if (/^claude-3-(?:5-|sonnet)/.test(id)) return 8192;
  return 32 * K;
}
function modelWindow(model, rules, suffixKnown, explicitChoice) {
  if (hasOneMillionSuffix(model)) return { window: WINDOW_1M, optIn: rules === "oldest" || !native1M(model), assumed: false };
  if (rules === "current") return { window: native1M(model) ? WINDOW_1M : WINDOW_200K, optIn: false, assumed: false };
  const id = normalizeModelId(model);
  if (id === "default") return { window: WINDOW_1M, optIn: true, assumed: false };
  if (!suffixKnown && !explicitChoice && id === OLDEST_DEFAULT_MODEL) return { window: WINDOW_1M, optIn: true, assumed: true };
  return { window: WINDOW_200K, optIn: false, assumed: false };
}
function chooseModel(facts) {
  if (facts.requestedModel) return { model: facts.requestedModel, suffixKnown: true };
  const seen = facts.responseModel ?? facts.startModel;
  const configured = facts.configuredModel;
  if (seen && configured && normalizeModelId(seen) === normalizeModelId(configured)) return { model: configured, suffixKnown: true };
  if (seen) return { model: seen, suffixKnown: false };
  if (configured) return { model: configured, suffixKnown: true };
  return null;
}
function parseTokens(raw) {
  const value = raw === void 0 ? Number.NaN : Number(raw.trim());
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : null;
}
function resolveContextWindow(facts) {
  const disable1M = truthy(facts.env.CLAUDE_CODE_DISABLE_1M_CONTEXT);
  const choice = chooseModel(facts);
  const explicitChoice = facts.configuredModel !== null;
  let window;
  let source;
  let certain;
  let optIn = false;
  if (choice === null) {
    window = disable1M ? WINDOW_200K : WINDOW_1M;
    source = disable1M ? "setting" : "default";
    certain = disable1M;
  } else {
    const candidates = ruleSets(facts.version).map((rules) => modelWindow(choice.model, rules, choice.suffixKnown, explicitChoice));
    const widest = candidates.reduce((a, b) => b.window > a.window ? b : a);
    window = disable1M ? WINDOW_200K : widest.window;
    optIn = widest.optIn;
    source = disable1M ? "setting" : widest.assumed ? "default" : "model";
    certain = disable1M || candidates.every((c) => c.window === widest.window) && !widest.assumed;
  }
  if (facts.statuslineWindow !== null) {
    window = facts.statuslineWindow;
    source = "statusline";
    certain = true;
  }
  if (facts.configWindow !== null) {
    window = facts.configWindow;
    source = "config";
    certain = true;
  }
  if (facts.tokens > window) {
    window = Math.max(WINDOW_1M, facts.tokens);
    source = "tokens";
    certain = false;
  }
  return { window, source, certain, ...compactionPoint(window, facts, optIn && !disable1M, choice?.model ?? null) };
}
function compactionPoint(window, facts, optIn, model) {
  const off = truthy(facts.env.DISABLE_AUTO_COMPACT) || truthy(facts.env.DISABLE_COMPACT) || facts.settings.autoCompactEnabled === false;
  const fromEnv = parseTokens(facts.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW);
  const fromSetting = typeof facts.settings.autoCompactWindow === "number" && facts.settings.autoCompactWindow > 0 ? facts.settings.autoCompactWindow : null;
  const chosen = fromEnv !== null ? Math.max(fromEnv, MIN_AUTO_COMPACT_WINDOW) : fromSetting;
  const budget = chosen === null ? window : Math.min(window, chosen);
  const budgetSource = chosen === null || budget >= window ? null : fromEnv !== null ? "env" : "setting";
  if (off) return { compaction: "off", autoCompactAt: null, budget, budgetSource };
  if (optIn && budgetSource === null) return { compaction: "reactive", autoCompactAt: window, budget, budgetSource };
  const effective = budget - Math.min(maxOutputTokens(model), MAX_OUTPUT_RESERVE_TOKENS);
  let point = effective - SUMMARY_BUFFER_TOKENS;
  const pct = Number(facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() ?? "");
  if (facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() && Number.isFinite(pct) && pct > 0 && pct <= 100) {
    point = Math.min(Math.floor(effective * pct / 100), point);
  }
  return { compaction: "auto", autoCompactAt: Math.max(0, point), budget, budgetSource };
}

// scripts/core/session/context.ts
var STATUSLINE_MAX_AGE_MS = 6e4;
var CONTEXT_VARIABLES = {
  ANTHROPIC_MODEL: true,
  CLAUDE_CODE_DISABLE_1M_CONTEXT: true,
  CLAUDE_CODE_AUTO_COMPACT_WINDOW: true,
  CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: true,
  DISABLE_AUTO_COMPACT: true,
  DISABLE_COMPACT: true
};
function contextVariables(...layers) {
  const picked = {};
  for (const name of Object.keys(CONTEXT_VARIABLES)) {
    let value;
    for (const layer of layers) if (Object.hasOwn(layer, name)) value = layer[name];
    if (value !== void 0) picked[name] = value;
  }
  return picked;
}
var round1 = (value) => Math.round(value * 10) / 10;
function measureContext(inputs) {
  const { statusline, usage, settings, config, now } = inputs;
  const env = contextVariables(settings.env ?? {}, inputs.env);
  const fresh = statusline !== null && statusline.used_percentage !== null && statusline.context_window_size !== null && now.getTime() - Date.parse(statusline.at) <= STATUSLINE_MAX_AGE_MS;
  const statuslineWindow = fresh ? statusline.context_window_size : null;
  let tokens = usage.tokens;
  let tokenSource = usage.kind === "measured" ? "transcript" : usage.kind === "estimated" ? "estimate" : "unknown";
  if (fresh && statusline.used_percentage !== null && statusline.context_window_size !== null) {
    const exact = Math.round(statusline.used_percentage / 100 * statusline.context_window_size);
    if (usage.kind !== "measured" || usage.tokens <= exact) {
      tokens = exact;
      tokenSource = "statusline";
    }
  }
  const measured = usage.kind === "measured" ? usage : null;
  const window = resolveContextWindow({
    requestedModel: measured ? measured.requestedModel : inputs.seen?.requested_model ?? null,
    responseModel: measured ? measured.model : inputs.seen?.model ?? null,
    startModel: inputs.startModel,
    configuredModel: env.ANTHROPIC_MODEL || settings.model || null,
    version: measured?.version ?? inputs.seen?.version ?? null,
    tokens,
    configWindow: config.context_window,
    statuslineWindow,
    env,
    settings
  });
  return { ...window, tokens, percent: round1(tokens / window.window * 100), tokenSource };
}
function tokensOfReading(context) {
  if (context.tokenSource === "unknown") return null;
  return {
    context_tokens: context.tokens,
    context_window: context.window,
    percent: context.percent,
    window_source: context.source,
    window_certain: context.certain,
    token_source: context.tokenSource,
    compaction: context.compaction,
    auto_compact_at: context.autoCompactAt
  };
}

// scripts/core/session/hook-inputs.ts
function commonOf(event, json) {
  if (!isObject(json) || json.hook_event_name !== event || !isString(json.session_id) || !isString(json.cwd)) return null;
  const { session_id, cwd, transcript_path } = json;
  if (!(transcript_path === void 0 || isString(transcript_path))) return null;
  return { common: { session_id, cwd, ...transcript_path !== void 0 ? { transcript_path } : {} }, rest: json };
}
function preCompactInputOf(json) {
  const read = commonOf("PreCompact", json);
  if (!read) return null;
  const { trigger = "auto", custom_instructions } = read.rest;
  if (!isString(trigger) || !(custom_instructions === void 0 || custom_instructions === null || isString(custom_instructions))) return null;
  return { ...read.common, hook_event_name: "PreCompact", trigger, ...custom_instructions !== void 0 ? { custom_instructions } : {} };
}

// scripts/core/session/settings-files.ts
var import_node_path10 = __toESM(require("node:path"), 1);
function managedSettingsFile() {
  if (process.platform === "darwin") return "/Library/Application Support/ClaudeCode/managed-settings.json";
  if (process.platform === "win32") return "C:\\Program Files\\ClaudeCode\\managed-settings.json";
  return "/etc/claude-code/managed-settings.json";
}
function sessionStartDir(fallback, env) {
  return env.CLAUDE_PROJECT_DIR || fallback;
}
function settingsFiles(startDir, env) {
  const configDir = env.CLAUDE_CONFIG_DIR || import_node_path10.default.join(homeDir(), ".claude");
  return [
    import_node_path10.default.join(configDir, "settings.json"),
    import_node_path10.default.join(startDir, ".claude", "settings.json"),
    import_node_path10.default.join(startDir, ".claude", "settings.local.json"),
    managedSettingsFile()
  ];
}

// scripts/core/session/transcript.ts
var import_node_fs11 = __toESM(require("node:fs"), 1);

// scripts/core/session/reading-entry.ts
var lenient = (value, ok) => ok(value) ? value : void 0;
function isCount(value) {
  return value === void 0 || value === null || isNumber(value) && value >= 0;
}
function usageOf(value) {
  if (!isObject(value)) return void 0;
  const { input_tokens, cache_creation_input_tokens, cache_read_input_tokens } = value;
  if (!isCount(input_tokens) || !isCount(cache_creation_input_tokens) || !isCount(cache_read_input_tokens)) return void 0;
  return { input_tokens, cache_creation_input_tokens, cache_read_input_tokens };
}
function messageOf(value) {
  if (!isObject(value)) return void 0;
  const content = value.content;
  return {
    ...value,
    model: lenient(value.model, isString),
    content: isString(content) || Array.isArray(content) ? content : void 0,
    usage: usageOf(value.usage)
  };
}
function compactMetadataOf(value) {
  if (!isObject(value)) return void 0;
  const { preTokens, postTokens } = value;
  if (!isCount(preTokens) || !isCount(postTokens)) return void 0;
  return { ...value, trigger: lenient(value.trigger, isString), preTokens, postTokens };
}
function readingEntryOf(json) {
  if (!isObject(json) || !isString(json.type)) return null;
  return {
    ...json,
    type: json.type,
    subtype: lenient(json.subtype, isString),
    isSidechain: lenient(json.isSidechain, isBoolean),
    isMeta: lenient(json.isMeta, isBoolean),
    isCompactSummary: lenient(json.isCompactSummary, isBoolean),
    requestedModel: lenient(json.requestedModel, isString),
    version: lenient(json.version, isString),
    message: messageOf(json.message),
    compactMetadata: compactMetadataOf(json.compactMetadata)
  };
}
function parseReadingEntry(line) {
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  return readingEntryOf(json);
}
function isMainChain(entry) {
  return entry.isSidechain !== true;
}
function isCompactBoundary(entry) {
  return entry.type === "system" && entry.subtype === "compact_boundary";
}
function contextTokensOf(entry) {
  const usage = entry.message?.usage;
  if (entry.type !== "assistant" || !isMainChain(entry) || !usage) return null;
  if (entry.message?.model === "<synthetic>") return null;
  return (usage.input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
}
function textOfToolResult(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((block) => isObject(block) && block.type === "text" && isString(block.text) ? block.text : "").join("\n");
}
function contentChars(entry) {
  const content = entry.message?.content;
  if (typeof content === "string") return content.length;
  if (!content) return 0;
  let chars = 0;
  for (const block of content) {
    if (typeof block !== "object" || block === null) continue;
    if ("text" in block && typeof block.text === "string") chars += block.text.length;
    else if ("thinking" in block && typeof block.thinking === "string") chars += block.thinking.length;
    else if ("input" in block) chars += JSON.stringify(block.input ?? null).length;
    else if ("content" in block) chars += textOfToolResult(block.content).length;
  }
  return chars;
}

// scripts/core/session/reply-order.ts
var UUID_KEY = '"uuid":"';
var UUID_MAX = 64;
function collectUuids(line, into) {
  for (let at = line.indexOf(UUID_KEY); at !== -1; at = line.indexOf(UUID_KEY, at + UUID_KEY.length)) {
    const start = at + UUID_KEY.length;
    const end = line.indexOf('"', start);
    if (end !== -1 && end - start <= UUID_MAX) into.add(line.slice(start, end));
  }
}
function answersNewerLine(parentUuid, newer) {
  return typeof parentUuid === "string" && newer.has(parentUuid);
}
function parentUuidOfHead(head) {
  return /^\{[^{]*?"parentUuid":"([^"]{1,64})"/.exec(head)?.[1] ?? null;
}

// scripts/core/session/transcript.ts
var USAGE_FIRST_CHUNK_BYTES = 64 * 1024;
var USAGE_MAX_BYTES = 8 * 1024 * 1024;
var LONG_LINE_BYTES = 4 * 1024 * 1024;
var SKIP_MAX_BYTES = 1024 * 1024 * 1024;
var LONG_LINE_TAIL = 64 * 1024;
var SKIP_CHUNK = 1024 * 1024;
var BASELINE_CONTEXT_TOKENS = 15e3;
var HEAD_BYTES = 256 * 1024;
var CHARS_PER_TOKEN = 4;
var NEWLINE = 10;
function decodeLine(buf, start, end) {
  const line = buf.toString("utf8", start, end);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function parsesAsJson(line) {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
function readFully(fd, buf, length, position) {
  let done = 0;
  while (done < length) {
    const n = import_node_fs11.default.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
function* linesFromEnd(fd, size, firstChunk, cap, counter) {
  let end = size;
  let carry = Buffer.alloc(0);
  let chunk = Math.max(1, firstChunk);
  let atNewestLine = true;
  let longTail = null;
  while (end > 0 && counter.bytesRead - counter.skipped < Math.min(cap, size)) {
    const skipping = longTail !== null;
    if (skipping && counter.skipped >= SKIP_MAX_BYTES) return;
    const length = skipping ? Math.min(SKIP_CHUNK, end) : Math.min(chunk, end, cap - (counter.bytesRead - counter.skipped));
    const start = end - length;
    const buf = Buffer.allocUnsafe(length + (skipping ? 0 : carry.length));
    const got = readFully(fd, buf, length, start);
    counter.bytesRead += got;
    if (skipping) counter.skipped += got;
    if (got < length) return;
    if (!skipping) {
      carry.copy(buf, length);
      chunk *= 4;
    }
    end = start;
    let lineEnd = buf.length;
    let nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    if (skipping) {
      if (nl === -1) continue;
      const tail = longTail ?? "";
      longTail = null;
      atNewestLine = false;
      yield { text: tail, head: buf.toString("utf8", nl + 1, Math.min(buf.length, nl + 1 + LONG_LINE_TAIL)), long: true };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    while (nl !== -1) {
      const line = decodeLine(buf, nl + 1, lineEnd);
      const unterminated = atNewestLine;
      atNewestLine = false;
      if (line.trim() && (!unterminated || parsesAsJson(line))) yield { text: line, bytes: lineEnd - nl - 1, long: false };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    carry = buf.subarray(0, lineEnd);
    if (carry.length > LONG_LINE_BYTES) {
      longTail = decodeLine(carry, carry.length - LONG_LINE_TAIL, carry.length);
      if (atNewestLine) longTail = null;
      atNewestLine = false;
      carry = Buffer.alloc(0);
      longTail ??= "";
    }
  }
  if (end === 0 && carry.length > 0 && longTail === null) {
    const line = decodeLine(carry, 0, carry.length);
    if (line.trim() && (!atNewestLine || parsesAsJson(line))) yield { text: line, bytes: carry.length, long: false };
  }
}
function withTranscript(file, fallback, read) {
  let fd;
  try {
    if (!import_node_fs11.default.statSync(file).isFile()) return fallback;
    fd = import_node_fs11.default.openSync(file, "r");
  } catch {
    return fallback;
  }
  try {
    return read(fd, import_node_fs11.default.fstatSync(fd).size);
  } catch {
    return fallback;
  } finally {
    import_node_fs11.default.closeSync(fd);
  }
}
function usageFromLongLine(head, tail) {
  const ends = head + tail;
  if (!ends.includes('"type":"assistant"') || /"isSidechain":\s*true/.test(head) || ends.includes('"model":"<synthetic>"')) return null;
  const at = tail.lastIndexOf('"usage":{');
  if (at === -1) return null;
  const usage = tail.slice(at, at + 600);
  const figure = (name) => Number(new RegExp(`"${name}":(\\d+)`).exec(usage)?.[1] ?? 0);
  if (!usage.includes('"input_tokens"')) return null;
  return figure("input_tokens") + figure("cache_creation_input_tokens") + figure("cache_read_input_tokens");
}
function whoseMessage(entry) {
  if (!isMainChain(entry) || entry.isMeta === true) return null;
  return entry.type === "user" || entry.type === "assistant" ? entry.type : null;
}
function whoseLongLine(head) {
  if (/"isSidechain":\s*true/.test(head) || /"isMeta":\s*true/.test(head)) return null;
  return head.includes('"type":"user"') ? "user" : head.includes('"type":"assistant"') ? "assistant" : null;
}
function sessionBaseline(fd, size) {
  const length = Math.min(HEAD_BYTES, size);
  const buf = Buffer.allocUnsafe(length);
  const got = readFully(fd, buf, length, 0);
  const lines = buf.toString("utf8", 0, got).split("\n");
  if (got < size) lines.pop();
  let smallest = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (!line.includes('"usage"')) continue;
    const entry = parseReadingEntry(line);
    const tokens = entry ? contextTokensOf(entry) : null;
    if (tokens) smallest = Math.min(smallest, tokens);
  }
  return Number.isFinite(smallest) ? smallest : BASELINE_CONTEXT_TOKENS;
}
function textTokens(linesNewestFirst, withSummary = true) {
  let chars = 0;
  for (const line of linesNewestFirst) {
    const entry = parseReadingEntry(line);
    if (!entry || !withSummary && entry.isCompactSummary) continue;
    if ((entry.type === "user" || entry.type === "assistant") && isMainChain(entry)) chars += contentChars(entry);
  }
  return Math.ceil(chars / CHARS_PER_TOKEN);
}
function readContextUsage(file, options = {}) {
  const firstChunk = options.firstChunkBytes ?? USAGE_FIRST_CHUNK_BYTES;
  const cap = options.maxBytes ?? USAGE_MAX_BYTES;
  const counter = { bytesRead: 0, skipped: 0 };
  let newest = null;
  let bytesSince = 0;
  const result = (tokens, kind, sawCompactBoundary, entry) => ({
    tokens,
    kind,
    model: entry?.message?.model ?? null,
    requestedModel: entry?.requestedModel ?? null,
    version: entry?.version ?? null,
    sawCompactBoundary,
    bytesRead: counter.bytesRead,
    bytesSince,
    replyPending: newest === "user"
  });
  const unknown = result(0, "unknown", false);
  return withTranscript(file, unknown, (fd, size) => {
    if (size === 0) return unknown;
    const newer = [];
    let longSeen = false;
    const newerIds = /* @__PURE__ */ new Set();
    for (const line of linesFromEnd(fd, size, firstChunk, cap, counter)) {
      if (line.long) {
        const tokens = usageFromLongLine(line.head, line.text);
        newest ??= tokens !== null ? "assistant" : whoseLongLine(line.head);
        if (tokens !== null) {
          if (newest === "user" && answersNewerLine(parentUuidOfHead(line.head), newerIds)) newest = "assistant";
          return result(tokens, "measured", false);
        }
        if (newest !== "assistant") collectUuids(line.head, newerIds);
        longSeen = true;
        bytesSince = Number.POSITIVE_INFINITY;
        continue;
      }
      const counts = line.text.includes('"usage"') || line.text.includes("compact_boundary");
      const tells = newest === null && (line.text.includes('"type":"user"') || line.text.includes('"type":"assistant"'));
      const entry = counts || tells ? parseReadingEntry(line.text) : null;
      if (tells && entry) newest = whoseMessage(entry);
      if (counts) {
        if (entry && isCompactBoundary(entry)) {
          const post = entry.compactMetadata?.postTokens;
          const kept = typeof post === "number" ? post + textTokens(newer, false) : textTokens(newer);
          return result(sessionBaseline(fd, size) + kept, "estimated", true);
        }
        const tokens = entry ? contextTokensOf(entry) : null;
        if (entry && tokens !== null) {
          if (newest === "user" && answersNewerLine(entry.parentUuid, newerIds)) newest = "assistant";
          return result(tokens, "measured", false, entry);
        }
      }
      if (newest !== "assistant") collectUuids(line.text, newerIds);
      newer.push(line.text);
      bytesSince += line.bytes + 1;
    }
    if (counter.bytesRead >= size) newest ??= "user";
    if (newer.length === 0 && !longSeen) return result(0, "unknown", false);
    return result(sessionBaseline(fd, size) + textTokens(newer), "estimated", false);
  });
}

// scripts/core/shared/config-sources.ts
var import_node_path11 = __toESM(require("node:path"), 1);
var CONFIG_ENV_PREFIXES = ["CLAUDE_PLUGIN_OPTION_", "WORKFLOW_"];
var CONFIG_ENV_SETTINGS = [
  "MILESTONES",
  "HANDOFF_THRESHOLD",
  "CONTEXT_WINDOW",
  "MODE",
  "CHECKPOINT_INTERVAL_MINUTES",
  "AUTO_CREATE",
  "STALE_AFTER_DAYS",
  "RETENTION_COMPLETED_DAYS",
  "RETENTION_CANCELLED_DAYS",
  "SYNC_REMOTE",
  "SYNC_AUTO",
  "SYNC_DIR"
];
function userConfigPath() {
  return import_node_path11.default.join(homeDir(), ".claude", "workflow.json");
}
function configFiles(projectDir) {
  return [userConfigPath(), import_node_path11.default.join(projectDir, ".claude", "workflow.json")];
}

// scripts/core/session/turn-memo.ts
var SUFFIX2 = ".turn.json";
function memoConfigOf(value) {
  if (!isObject(value)) return null;
  const { milestones, handoff_threshold, context_window, mode, checkpoint_interval_minutes } = value;
  if (!Array.isArray(milestones) || !milestones.every(isNumber) || !isNumber(handoff_threshold) || !isNumber(checkpoint_interval_minutes)) return null;
  if (!isNumberOrNull(context_window) || mode !== "suggest" && mode !== "auto") return null;
  return { milestones, handoff_threshold, context_window, mode, checkpoint_interval_minutes };
}
function memoSettingsOf(value) {
  if (!isObject(value)) return null;
  const { model, autoCompactWindow, autoCompactEnabled, env } = value;
  if (!(model === void 0 || isString(model)) || !(autoCompactWindow === void 0 || isNumber(autoCompactWindow))) return null;
  if (!(autoCompactEnabled === void 0 || isBoolean(autoCompactEnabled)) || !isObject(env) || !Object.values(env).every(isString)) return null;
  return {
    ...model !== void 0 ? { model } : {},
    ...autoCompactWindow !== void 0 ? { autoCompactWindow } : {},
    ...autoCompactEnabled !== void 0 ? { autoCompactEnabled } : {},
    env: Object.fromEntries(Object.entries(env).filter((entry) => isString(entry[1])))
  };
}
function turnMemoOf(json) {
  if (!isObject(json) || json.version !== 1 || !isString(json.key) || !Array.isArray(json.files)) return null;
  const files = [];
  for (const entry of json.files) {
    if (!Array.isArray(entry) || entry.length !== 2 || !isString(entry[0]) || !isString(entry[1])) return null;
    files.push([entry[0], entry[1]]);
  }
  const config = memoConfigOf(json.config);
  const settings = memoSettingsOf(json.settings);
  return config && settings ? { version: 1, key: json.key, files, config, settings } : null;
}
function turnSources(projectDir, startDir, env) {
  const variables = CONFIG_ENV_PREFIXES.flatMap((prefix) => CONFIG_ENV_SETTINGS.map((name) => env[`${prefix}${name}`] ?? null));
  return {
    key: JSON.stringify([projectDir, startDir, homeDir(), env.CLAUDE_CONFIG_DIR ?? null, variables]),
    files: [...configFiles(projectDir), ...settingsFiles(startDir, env)]
  };
}
function sourcesUnchanged(memo, sources) {
  if (memo.key !== sources.key || memo.files.length !== sources.files.length) return false;
  return memo.files.every(([file, signature], i) => file === sources.files[i] && pathSignature(file) === signature);
}
function readTurnMemo(env, sessionId, sources) {
  const memo = turnMemoOf(readSessionFile(env, sessionId, SUFFIX2));
  if (!memo || !sourcesUnchanged(memo, sources)) return null;
  const { model, autoCompactWindow, autoCompactEnabled, env: variables } = memo.settings;
  return { config: memo.config, settings: { model, autoCompactWindow, autoCompactEnabled, env: variables } };
}

// scripts/core/shared/text.ts
function fit(text, width) {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 1 ? "\u2026".slice(0, width) : `${chars.slice(0, width - 1).join("")}\u2026`;
}
function clip(text, max) {
  return fit(text.replace(/\s+/g, " ").trim(), max);
}

// scripts/core/render/workflow-text.ts
function formatPhase(phase) {
  const main = phase.current !== null && phase.name ? `${phase.current} \xB7 ${phase.name}` : phase.current !== null ? String(phase.current) : phase.name ?? "\u2014";
  return phase.sub ? `${main} \u203A ${phase.sub}` : main;
}

// scripts/core/render/for-model.ts
var COMPACT_LIST_ITEMS = 5;
var COMPACT_ITEM_CHARS = 160;
function renderCompactInstructions(state) {
  const list = (title, items) => {
    if (items.length === 0) return [];
    const more = items.length > COMPACT_LIST_ITEMS ? [`- \u2026 and ${items.length - COMPACT_LIST_ITEMS} more (see /workflow:resume)`] : [];
    return [`${title}:`, ...items.slice(0, COMPACT_LIST_ITEMS).map((i) => `- ${clip(i.replace(/\s+/g, " "), COMPACT_ITEM_CHARS)}`), ...more];
  };
  return [
    `This session works on the saved workflow ${state.id} (plugin "workflow"). In the summary, keep:`,
    `- the workflow id ${state.id}, the task "${clip(state.task.description, 200)}" and the current phase (${formatPhase(state.phase)});`,
    "- every decision and its reason, every blocker, and the next steps, word for word;",
    "- which files were being changed and why.",
    ...list("Decisions recorded so far", state.decisions),
    ...list("Blockers recorded so far", state.blockers),
    ...list("Next steps recorded so far", state.next_steps),
    "The full state is re-injected after compaction and stays available with /workflow:resume."
  ].join("\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, "");
}

// scripts/core/workflows/held-compact.ts
var HOOK = { kind: "hook" };
function checkCompactHeld(stdin, env, now) {
  try {
    return verdict(stdin, env, now);
  } catch {
    return HOOK;
  }
}
function verdict(stdin, env, now) {
  const input = preCompactInputOf(JSON.parse(stdin));
  if (!input) return HOOK;
  const projectDir = resolveProjectDir(void 0, input.cwd, env);
  const storeDir = resolveStoreDir(projectDir, env);
  awaitCheckpointInFlight(env, input.session_id, IN_FLIGHT_WAIT_MS, "PreCompact");
  const held = heldSessionWorkflow(storeDir, input.session_id);
  const runtime = checkSessionRuntime(env, input.session_id);
  if (held === void 0 || runtime === null) return HOOK;
  const transcript = input.transcript_path ?? null;
  let request = null;
  if (held || transcript) {
    let tokens = null;
    if (transcript) {
      const remembered = readTurnMemo(env, input.session_id, turnSources(projectDir, sessionStartDir(projectDir, env), env));
      if (!remembered) return HOOK;
      const reading = measureContext({
        usage: readContextUsage(transcript),
        statusline: checkStatuslineRecord(env, input.session_id),
        startModel: runtime.model,
        seen: runtime.seen,
        settings: remembered.settings,
        config: remembered.config,
        env,
        now
      });
      tokens = tokensOfReading(reading);
    }
    request = { reason: "precompact", session_id: input.session_id, transcript_path: transcript, cwd: input.cwd, tokens, at: now.toISOString() };
  }
  const shown = runtime.shown_workflow;
  const other = shown === null || shown === held?.id ? null : heldWorkflowIfPresent(storeDir, shown);
  if (other === void 0) return HOOK;
  const states = [held, other].filter((state) => state !== null);
  return { kind: "held", text: states.map((state) => renderCompactInstructions(state)).join("\n\n"), request };
}

// scripts/process-io.ts
var import_node_fs12 = require("node:fs");
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
    if ((0, import_node_fs12.fstatSync)(0).isCharacterDevice()) return "";
    return (0, import_node_fs12.readFileSync)(0, "utf8");
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
    while (written < bytes.length) written += (0, import_node_fs12.writeSync)(1, bytes, written);
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

// scripts/quick-process.ts
async function runQuickHook(event, quick, loadHook, now) {
  let input;
  try {
    input = { text: await readStdin() };
  } catch (error) {
    input = { error };
  }
  let said = null;
  try {
    said = "text" in input ? await quick(input.text, now) : null;
  } catch {
  }
  if (said !== null) {
    quickPathAnswered();
    return said;
  }
  try {
    const hook = await loadHook();
    return await hook(async () => "text" in input ? input.text : Promise.reject(input.error), now);
  } catch (error) {
    return JSON.stringify({ systemMessage: `workflow: ${event} hook skipped (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); reinstall the plugin` });
  }
}
function runQuickHookProcess(event, quick, loadHook) {
  void runQuickHook(event, quick, loadHook, /* @__PURE__ */ new Date()).then((output) => {
    if (output) writeStdout(`${output}
`);
    process.exitCode = 0;
  });
}

// scripts/compact-process.ts
function runCompactProcess() {
  useStateMemo(process.env);
  runQuickHookProcess(
    "PreCompact",
    async (stdin, now) => {
      const verdict2 = checkCompactHeld(stdin, process.env, now);
      if (verdict2.kind === "hook") return null;
      if (verdict2.request !== null && !startBackgroundCheckpoint(verdict2.request)) return null;
      return stripControl(verdict2.text);
    },
    async () => (await Promise.resolve().then(() => __toESM(require_pre_compact_hook(), 1))).runPreCompactHook
  );
}

// scripts/hook-entries/pre-compact.ts
runCompactProcess();
