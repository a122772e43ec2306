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
var define_WORKFLOW_HOOK_BUILDS_default = { "background-checkpoint": "e9aec316d6cf44126c3c60f766e11c67b62f9684a8eedef559523e44bc06f584", "post-compact": "a103517e7051f149902ce1439f75d76cbff3f5643d5e901cbca56906b90ca3d0", "pre-compact": "69055c030dba9ec53b48f44ff40fcf81f3bc3c0f0e409c06810e885dc23db421", "pre-tool-use": "0cd523b24e0059f29d9b5aa3c0f2f63307620d4ceabc88a2c5f4bb7e8d30885c", "session-end": "4d443058d97768bf7b9706aafc3ed161d225d4e218c30b863478c0b1b820d883", "session-start": "8fae3d095e96f77fc69c02998c6b4d0b1cc33188453770be0efeb318915dd103", stop: "3cc9bda8cb2f6085049e399a87f23b6c6598d1e8d457ecc4d091bccfb5a7a4b8", "user-prompt-submit": "8b82c9466909541061c974dd9b0c915a2a4caefd6ec0a6b5fb367579ba4b8781", "lazy/auto-sync": "9e919c8cfcb8cb7a268898f99a7654c874e3651155767429c1f4747d3133e301", "lazy/background-start": "c5d064e71895c6ec37024c275a39e50391b232bd09cbd2ab39cfd30c4591fe53", "lazy/checkpoint": "8d87f2f1d2a78d5dfb703e6841db05b22b2f471a14de014c2aff2d1a72abd6b8", "lazy/folder": "fa3ca38a3f8ce9ac289db933c981aadc1ce093f911bf1f512ce4540521db4d83", "lazy/git-remote": "5d38a2e45270a550974badbabda5a31bf1b4682ac86cc5f43756c3b2bfb56798", "lazy/pre-compact-hook": "566e6a89383de6afdd808c12d13a775b1d3be45d74639e24dd3c74579c15107a", "lazy/session-start-hook": "6cc5c974cfbd009347ef693116e61c58e6080770b72deafd0387258b4daa8a64", "lazy/turn-hook": "bae7a9a3ff3814fd1405377275e382213862abbdc93d62782b43d773bdc0e84d", "../cli": "95df9994832ea6af9c9995aac0816797f4decc15b4a6fdaaa7c71291c94d7c35", "../cli-statusline": "2755a18bd1e47df6567f86ab90c95ebcc2157420c3a6f1359b20eb40529e3f60", "../chunks/secret-rules": "3f18b3fee565e3883aa5023469ca11dab1cfd0d496ad73d2399b8fde3e64015d" };

// scripts/hook-loader.ts
var import_node_fs3 = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");

// scripts/core/runtime/runtime-dir.ts
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path.default.join(import_node_os.default.homedir(), ".claude", "workflow");
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

// scripts/hook-loader.ts
var CACHE_HEADER = "workflow-code-cache 2 ";
function readCache(file) {
  const raw = readOwnFile(file, CACHE_MAX_BYTES);
  const end = raw ? raw.indexOf(10) : -1;
  if (!raw || end < 0 || end > 1024 || raw.toString("latin1", 0, CACHE_HEADER.length) !== CACHE_HEADER) return void 0;
  return raw.subarray(end + 1);
}
function saveCache(dir, family, command, build, data) {
  try {
    (0, import_node_fs3.mkdirSync)(dir, { recursive: true, mode: 448 });
    writeFileAtomic(import_node_path3.default.join(dir, cacheName(family, command, build)), Buffer.concat([Buffer.from(`${CACHE_HEADER}${command}
`, "latin1"), data]));
    for (const other of (0, import_node_fs3.readdirSync)(dir)) if (other.startsWith(family) && other.endsWith(".bin") && !other.endsWith(build)) (0, import_node_fs3.unlinkSync)(import_node_path3.default.join(dir, other));
  } catch {
  }
}
var cacheDir = import_node_path3.default.join(runtimeDir(process.env), "code-cache");
var cacheName = (family, command, build) => `${family}${command ? `${command}.` : ""}${build.slice(1)}`;
var CACHE_MAX_BYTES = 64 * 1024 * 1024;
var loadedBundles = /* @__PURE__ */ new Map();
function runBundle(key, command = "") {
  const hash = Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, key) ? define_WORKFLOW_HOOK_BUILDS_default[key] : void 0;
  const running = loadedBundles.get(key);
  if (running) return running.exports;
  const file = import_node_path3.default.join(__dirname, `${key}.cjs`);
  const text = (0, import_node_fs3.readFileSync)(file, "utf8");
  const source = text.startsWith("#!") ? `//${text.slice(2)}` : text;
  const family = `${key.replace(/^\.\.\//, "").replace("/", "-")}.`;
  const build = `.${(hash ?? "").slice(0, 16)}.${process.version}-${process.arch}.bin`;
  const name = /^[a-z][a-z-]{0,40}$/.test(command) ? command : "";
  const cache = hash ? readCache(import_node_path3.default.join(cacheDir, cacheName(family, name, build))) : void 0;
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: file, ...cache ? { cachedData: cache } : {} });
  if (hash && (!cache || script.cachedDataRejected === true)) {
    process.once("exit", () => saveCache(cacheDir, family, name, build, script.createCachedData()));
  }
  const plainRequire = (0, import_node_module.createRequire)(file);
  const requireBundled = (id) => {
    const other = /^(?:\.{1,2}\/|\/).*\.cjs$/.test(id) ? import_node_path3.default.relative(__dirname, import_node_path3.default.resolve(import_node_path3.default.dirname(file), id)).split(import_node_path3.default.sep).join("/").slice(0, -4) : void 0;
    return other !== void 0 && Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, other) ? runBundle(other) : plainRequire(id);
  };
  const module2 = { exports: {} };
  loadedBundles.set(key, module2);
  const main = script.runInThisContext();
  if (typeof main !== "function") throw new Error(`${file} did not compile to a module wrapper`);
  main.call(module2.exports, module2.exports, Object.assign(requireBundled, plainRequire), module2, file, import_node_path3.default.dirname(file));
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
