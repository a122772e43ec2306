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

// scripts/hook-loader.ts
var hook_loader_exports = {};
__export(hook_loader_exports, {
  runBundle: () => runBundle
});
module.exports = __toCommonJS(hook_loader_exports);

// <define:WORKFLOW_HOOK_BUILDS>
var define_WORKFLOW_HOOK_BUILDS_default = { "background-checkpoint": "71a118ab23d86a9bbd89ff0f346b8717999448c7018995fc16a8af58b6fe369a", "post-compact": "f75911584f37bbf752878bc7cd64ef7fda3f8bee9680ad09b7229e6dd8aae1b1", "pre-compact": "cd953307cb48dd7280ffd33b33d1d73a79f44cc66e81f72aa6be5585e9839f9d", "pre-tool-use": "429273324ed25cd4f1490a72187a55f64a24d2ec7614642036ae49a96340393f", "session-end": "016c43f1be13d0a0c6d2f7e00ee66b07f0953a29859b7ddef1b0938ed08520ad", "session-start": "13d145ffed1b32cb23aafafc63c7a23676bdbea1ff46cc3252a4f7382f4ce527", stop: "1644cb490d9b40e76e1699527ea33a014d9600304d381782eb83f09dc654e82b", "user-prompt-submit": "49a885398ca2ea88a61fe3baebf5192b3c87d7ef2b3a919dbe081b90f00f7bf2", "lazy/auto-sync": "9e919c8cfcb8cb7a268898f99a7654c874e3651155767429c1f4747d3133e301", "lazy/background-start": "06379addbd6cd03fa0ee22852c5a0e88526d2afe7658837a684417e10aea0dc4", "lazy/checkpoint": "6a6d3d47faef1eab5848c7118378a22a9047c7c7d987346838876a5494fdf433", "lazy/device": "60ce10981aa24e6aee5489913ccf6fc13c3c31325fadd72e8ff170c324952d70", "lazy/folder": "d1cb609911ef281dfa3e36b1f4d30f32a3ef749a3bd5067d4e25b0acc20f1b62", "lazy/git-remote": "986698a82585e18643f7e89eb22438c9aec6f114d268e161ab6c3b06d33d8771", "lazy/pre-compact-hook": "b506b628648c037754b75828f6971e3d8620599275335f8dc983ed27867ff6aa", "lazy/session-start-hook": "9379a82cb50135abbadfb503a54f9704f08281476023038be55f29220e61136d", "lazy/statusline-command-line": "cdc4c7aad97e7c2ca66f612a16c239f7572c1c162d75a7bf40ff8cbb9de19395", "lazy/turn-hook": "fedbfa6373c90454f22b1bf2a419f8538b6b23c6a8f0d35293049c09d970345a", "../cli-commands": "20811ac925d304c51e0476f1e6cf0369479d3a203ad8a5d85e86e6e4a85245f8", "../cli-statusline": "dec0fdc5cf7b6243674beba7ab1ca85761bd41a0a421ffc7a499a5ed9ef4e00c", "../cli-resume": "fcc5afb518ce1777fc879cf9dece19b55bdd1c9abdd608c8f12c02ebb880c11b", "../chunks/secret-rules": "3f18b3fee565e3883aa5023469ca11dab1cfd0d496ad73d2399b8fde3e64015d" };

// scripts/hook-loader.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");

// scripts/core/runtime/runtime-dir.ts
var import_node_path = __toESM(require("node:path"), 1);

// scripts/core/shared/node-builtins.ts
var nodeOs = () => typeof require === "function" ? require("node:os") : process.getBuiltinModule("node:os");
function homeDir() {
  return process.platform !== "win32" && process.env.HOME || nodeOs().homedir();
}

// scripts/core/runtime/runtime-dir.ts
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

// scripts/quick-path-signal.ts
var SIGNAL = /* @__PURE__ */ Symbol.for("claude-workflow.quick-path-answered");
var holder = globalThis;
function onQuickPathAnswered(listener) {
  holder[SIGNAL] = listener;
}

// scripts/hook-loader.ts
var CACHE_HEADER = "workflow-code-cache 3 ";
var MADE_ON_QUICK_PATH = "quick-path";
function holdsAscii(raw, offset, text) {
  if (raw.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (raw[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}
function readCache(file) {
  const raw = readOwnFile(file, CACHE_MAX_BYTES);
  if (!raw || !holdsAscii(raw, 0, CACHE_HEADER)) return void 0;
  let end = CACHE_HEADER.length;
  while (end < raw.length && end < 1024 && raw[end] !== 10) end++;
  if (raw[end] !== 10) return void 0;
  const data = new Uint8Array(raw.buffer, raw.byteOffset + end + 1, raw.length - end - 1);
  const after = CACHE_HEADER.length + MADE_ON_QUICK_PATH.length;
  return { data, madeOnQuickPath: holdsAscii(raw, CACHE_HEADER.length, MADE_ON_QUICK_PATH) && (raw[after] === 32 || raw[after] === 10) };
}
function saveCache(dir, family, command, build, data, madeOnQuickPath) {
  try {
    (0, import_node_fs3.mkdirSync)(dir, { recursive: true, mode: 448 });
    writeFileAtomic(import_node_path3.default.join(dir, cacheName(family, command, build)), Buffer.concat([Buffer.from(`${CACHE_HEADER}${madeOnQuickPath ? MADE_ON_QUICK_PATH : "full-run"}${command ? ` ${command}` : ""}
`, "latin1"), data]));
    const current = Object.values(define_WORKFLOW_HOOK_BUILDS_default).map(buildSuffix);
    for (const other of (0, import_node_fs3.readdirSync)(dir)) if (other.endsWith(".bin") && !current.some((end) => other.endsWith(end))) (0, import_node_fs3.unlinkSync)(import_node_path3.default.join(dir, other));
  } catch {
  }
}
var cacheDir = import_node_path3.default.join(runtimeDir(process.env), "code-cache");
var buildSuffix = (hash) => `.${hash.slice(0, 16)}.${process.version}-${process.arch}.bin`;
var cacheName = (family, command, build) => `${family}${command ? `${command}.` : ""}${build.slice(1)}`;
var CACHE_MAX_BYTES = 64 * 1024 * 1024;
var loadedBundles = /* @__PURE__ */ new Map();
var cachesToSave = [];
var savingAtExit = false;
var quickPathDone = false;
onQuickPathAnswered(() => {
  quickPathDone = true;
});
var wrapModule = (source) => `(function (exports, require, module, __filename, __dirname) { ${source}
});`;
function runBundle(key, command = "") {
  if (!savingAtExit) {
    savingAtExit = true;
    process.once("exit", () => {
      for (const save of cachesToSave) save();
    });
  }
  const hash = Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, key) ? define_WORKFLOW_HOOK_BUILDS_default[key] : void 0;
  const running = loadedBundles.get(key);
  if (running) return running.exports;
  const entry = loadedBundles.size === 0;
  const file = import_node_path3.default.join(__dirname, `${key}.cjs`);
  const text = (0, import_node_fs3.readFileSync)(file, "utf8");
  const source = text.startsWith("#!") ? `//${text.slice(2)}` : text;
  const family = `${key.replace(/^\.\.\//, "").replace("/", "-")}.`;
  const build = buildSuffix(hash ?? "");
  const name = /^[a-z][a-z-]{0,40}$/.test(command) ? command : "";
  const cache = hash ? readCache(import_node_path3.default.join(cacheDir, cacheName(family, name, build))) : void 0;
  const script = new import_node_vm.Script(wrapModule(source), { filename: file, ...cache ? { cachedData: cache.data } : {} });
  const missing = !cache || script.cachedDataRejected === true;
  if (hash && (missing || entry && !cache.madeOnQuickPath)) {
    cachesToSave.push(() => {
      if (missing || quickPathDone) saveCache(cacheDir, family, name, build, script.createCachedData(), quickPathDone);
    });
  }
  const plainRequire = (id) => /^[./]/.test(id) ? require("node:module").createRequire(file)(id) : require(id);
  const requireBundled = (id) => {
    const other = /^(?:\.{1,2}\/|\/).*\.cjs$/.test(id) ? import_node_path3.default.relative(__dirname, import_node_path3.default.resolve(import_node_path3.default.dirname(file), id)).split(import_node_path3.default.sep).join("/").slice(0, -4) : void 0;
    return other !== void 0 && Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, other) ? runBundle(other) : plainRequire(id);
  };
  const module2 = { exports: {} };
  loadedBundles.set(key, module2);
  const main = script.runInThisContext();
  if (typeof main !== "function") throw new Error(`${file} did not compile to a module wrapper`);
  main.call(module2.exports, module2.exports, requireBundled, module2, file, import_node_path3.default.dirname(file));
  return module2.exports;
}
function run(event) {
  if (!/^[a-z-]+$/.test(event) || !Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, event)) {
    process.stdout.write(`${JSON.stringify({ systemMessage: `workflow: hook "${event}" is not one of this plugin's hooks; reinstall the plugin` })}
`);
    return;
  }
  runBundle(event);
}
if (require.main === module) run(process.argv[2] ?? "");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runBundle
});
