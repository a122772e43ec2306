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
var define_WORKFLOW_HOOK_BUILDS_default = { "background-checkpoint": "90f2f13216adffed06e994c4f15f8e29f486425d85c3ca2de12a21753953ef8f", "post-compact": "614ea277e65bf8dcffd72ceca2812384e84fa4ed6eb4d132f734727891824e5a", "pre-compact": "30bda43361b721825f6d34830edadceb7586654049c5de3af507ac5e187a74a8", "pre-tool-use": "2ef83d9f17c63753f7f937c85827484da74a2ae4ef0990c1f6695cc3625bba28", "session-end": "3e731798536a2fb84143b33d85a75602ca2978a4073bf35617eccdc61e883a01", "session-start": "3feab29b346d71402e57127857c0c2a064a893b8a46849b8748c637f340a9f66", stop: "1644cb490d9b40e76e1699527ea33a014d9600304d381782eb83f09dc654e82b", "user-prompt-submit": "49a885398ca2ea88a61fe3baebf5192b3c87d7ef2b3a919dbe081b90f00f7bf2", "lazy/auto-sync": "9e919c8cfcb8cb7a268898f99a7654c874e3651155767429c1f4747d3133e301", "lazy/background-start": "06379addbd6cd03fa0ee22852c5a0e88526d2afe7658837a684417e10aea0dc4", "lazy/checkpoint": "73c700c71f074922ee199a73b74f91dc4faadaf23e3a9b1709c6fd4aef276a44", "lazy/device": "60ce10981aa24e6aee5489913ccf6fc13c3c31325fadd72e8ff170c324952d70", "lazy/folder": "d9ea187ce7dab28a08bf3d9a9a7c976fffd2c05e8cae7d469339076d1fda503e", "lazy/git-remote": "d981af3a52c7ad06c547e5d246488df7cfbdf52355e3b39fb7bec58dee2c14f1", "lazy/pre-compact-hook": "ae4280e7cdc42f56cc7a1aa28740ce79f04df022b61859fccea7eb1d9a1a66cc", "lazy/session-start-hook": "0168d3dd44a9ec262287d516c86e7f6d7a34130fcb94ceef95304cf1b9db6350", "lazy/statusline-command-line": "d509ca34c9f7581a8f2f2e18d092e3129e720c01e68fef0b69313f668d200dd6", "lazy/turn-hook": "2f7102910195f6d9558f295410250dc4f512d94ce64b0ebe55687bf847402538", "../cli-commands": "caa41c75befb521401aee28e437226d5b2b8c7182cb7f6aa606b37a5e69212ab", "../cli-statusline": "6c600671e4bb8707ff561f66e07512b151d77fb77e2bb011a414d4804443906c", "../cli-resume": "19e52ab22d710e2f67e0b6ef394a0f1898c4e2958d246a3cbfc33d9ecf7093e9", "../chunks/secret-rules": "3f18b3fee565e3883aa5023469ca11dab1cfd0d496ad73d2399b8fde3e64015d" };

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
