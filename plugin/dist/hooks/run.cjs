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
var define_WORKFLOW_HOOK_BUILDS_default = { "background-checkpoint": "b682816bd0ffb9aa8df2bfe2f9648c75807bfc5df61a8e9c9aa3b680a65d9a20", "post-compact": "ab23ea0d82bcc50e4a1a0c03581afb24a0200fea1846eae3a0b9447004454508", "pre-compact": "2315441877687575769a0f9fa24294fe6fd609204bb3f4c537c2e84222e9e039", "pre-tool-use": "9de31ae5d9a1b0c2294179446543c1a6bb3492baa8ff07b82fd6eda4f921fb69", "session-end": "9c7006394956139141b58515150c8ca6652038a55134d4bc3e0008998e4da363", "session-start": "57d133ebdfe742fe5dbb7d169f97912f4fadaa7eeac797890bdd994ac15c4882", stop: "98bb7bf4cce2928e76980befe1fc79bf3fef38ffd2c148ea39a9baeefec0cd1e", "user-prompt-submit": "09921336a21790c9415d9f901e72715c19e6bf5d4deac0089a57308cf8555e43", "lazy/auto-sync": "9e919c8cfcb8cb7a268898f99a7654c874e3651155767429c1f4747d3133e301", "lazy/background-start": "06379addbd6cd03fa0ee22852c5a0e88526d2afe7658837a684417e10aea0dc4", "lazy/checkpoint": "8be7e70cc3ba2ddb8ca2f0d89e40769ccbec40def76281e70d710664d79fce8d", "lazy/device": "60ce10981aa24e6aee5489913ccf6fc13c3c31325fadd72e8ff170c324952d70", "lazy/folder": "f648f2f773a42b8538fb3a20beb97cf21d480bc4c6eac352fa6262226f8f4259", "lazy/git-remote": "4a601135c27d737d5ff93be9ff2c087cb181708e399cd41d663980f982c3738d", "lazy/pre-compact-hook": "7f348f0c68f1090982fc0428bdef78e7a9a5f11a8b85abc3488d96e3db69fc01", "lazy/session-start-hook": "1c00ca59a8b7f6e2472fa5cec921d5123d984e088ccabfacebca832d3e775a22", "lazy/statusline-command-line": "93e68aad8e9539093b394e9e0e0029715aad2875f524cdabf47d7cc75e921a5a", "lazy/turn-hook": "d2e56c6c0f0a6ec199f0244bca2cdf780c22b3d283939337c1039fb9c8b3190d", "../cli-commands": "e19abe15aa3d02441cfedaac48289be3b2e15d64ad24b99b41cbfb462387aca9", "../cli-statusline": "64def38a0634f1eb193a505f898f9f992ba5818e73b556bad7cef54002758b6c", "../cli-resume": "ab47477f03e112f7927a2ad99bf8b59627087037bc8a1f3c5bbc22c094541d25", "../chunks/secret-rules": "3f18b3fee565e3883aa5023469ca11dab1cfd0d496ad73d2399b8fde3e64015d" };

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
