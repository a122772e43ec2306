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
var define_WORKFLOW_HOOK_BUILDS_default = { "background-checkpoint": "7248b62a2a8447c272fb6d8a33561de3a80bdcace0d28d8ea1c9a3e17ab09bfa", "post-compact": "1b8f43c28cfb2b464b3edbdb21ebeb48bb5d6a24e410509d6fabbc8b36450517", "pre-compact": "0d57c7723a7b20277f385b3c7717737ae39f2f89a1f381f5fa165a2c7bf4af94", "pre-tool-use": "741edf4624d6b11b9e9b0edf28d7dbd997f016243ccadd11de06fcb12af50283", "session-end": "76d4000f898c24089ab513e5397b048d0908aad5d0dcd1d93bca4468d769b50d", "session-start": "01dd53153cf9d8cce47976bed7b6c90737ee0dbebb40ef0856ed93e1ede83483", stop: "98bb7bf4cce2928e76980befe1fc79bf3fef38ffd2c148ea39a9baeefec0cd1e", "user-prompt-submit": "09921336a21790c9415d9f901e72715c19e6bf5d4deac0089a57308cf8555e43", "lazy/auto-sync": "9e919c8cfcb8cb7a268898f99a7654c874e3651155767429c1f4747d3133e301", "lazy/background-start": "06379addbd6cd03fa0ee22852c5a0e88526d2afe7658837a684417e10aea0dc4", "lazy/checkpoint": "9bc3d71c51adf8d8ef98fa29d2d8134b02a9560d34001f750f56c5a47f8d4564", "lazy/device": "60ce10981aa24e6aee5489913ccf6fc13c3c31325fadd72e8ff170c324952d70", "lazy/folder": "95b1eb8efc177ebe56f8b80d9326528ca8cdcc8dc1b3e24474f2c62522ce3634", "lazy/git-remote": "fc7c30035fa14a0ba0db17208508f4a86112e4a2266cd168a25305e520250202", "lazy/pre-compact-hook": "739696b766eeb4ee1f2b1ef37a7fe57988dabddf086cb35bb0369ae826510505", "lazy/session-start-hook": "4678e4c57356c3af1cc44f26e52658e17e18ecc46c0a0f4f652c88e003c91060", "lazy/statusline-command-line": "5c12ac95dacfa94980ff0b4e44ad6e6344bc3eab595a0ca04b711b2b34fec554", "lazy/turn-hook": "0c82edb61e04e6784de0687b9929e4e0ef6100c601ec371b80415f66a60a7c99", "../cli-commands": "7364f71a45a72764b6eb95d12eef0ae14fae8178edd5a0089ab954fb0d265266", "../cli-statusline": "6a1f1173a408e1fac678328bd397b0fbbce83bac1d751eb03ccf938c95bea2b7", "../cli-resume": "c1bc5536bb00d5fb97618086db07e81339fc07257aebc86026697b84d8c7cd0a", "../chunks/secret-rules": "3f18b3fee565e3883aa5023469ca11dab1cfd0d496ad73d2399b8fde3e64015d" };

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
