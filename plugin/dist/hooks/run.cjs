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
var define_WORKFLOW_HOOK_BUILDS_default = { "background-checkpoint": "608ad5e58e37963f254dbc190f839d38d08278a633daba402b5a9c61ee34dab2", "post-compact": "99fbacf4a7ff353d0a2dd3232f0696ddab74dbddcce33b4a432f5aa238b2c93e", "pre-compact": "81921c4663d7b75bb89333fcb099774749ef12dfe2f6ceb2d426dbcb564f0995", "pre-tool-use": "994f088fff5e4630b1e0b85da34f1751ad9d64679057357d2533cfed3342fda7", "session-end": "3fa0787f1f0d083e4d4800dc786f2ec3a73dd6ee49ddd251d86eb3402f676202", "session-start": "9e83c7fd118353708c9bf9b99bc26ed22488dc0148364872ab4cf3ec518f92cd", stop: "3cc9bda8cb2f6085049e399a87f23b6c6598d1e8d457ecc4d091bccfb5a7a4b8", "user-prompt-submit": "8b82c9466909541061c974dd9b0c915a2a4caefd6ec0a6b5fb367579ba4b8781", "lazy/auto-sync": "9e919c8cfcb8cb7a268898f99a7654c874e3651155767429c1f4747d3133e301", "lazy/background-start": "dde4b16f81974ed56cb7cfe7ac1824a46e84e799ba31a9adb2f5a914113724d2", "lazy/checkpoint": "7ef1380b3bca96c7c0115f405c46ef8805c9e0a897cfc056bb08222927de1339", "lazy/folder": "06b20d8bd7dc9b6108b3c207881435940cb050c1237d72d15dc8465e5193ebaf", "lazy/git-remote": "f2ed20e137ff2f46c32193ba5db10a5581970ea84e2c1cd2f07254675d033c7a", "lazy/pre-compact-hook": "2fbd981a7c20f602165ab202952e7412009066443393c81de4f349e62579f84d", "lazy/session-start-hook": "02b89a0c78158a72849c578576ea06c32dbb426b9fc21a148d7af8ec556148b2", "lazy/turn-hook": "1e25be8de8160d915b2c0445c8f38d7c2d5520685b51270e8b6d35416252fb5b", "../cli": "ce53c0a1f98b8506fc4a208375ba7286555c356e594e8beb0813d27aaf593125", "../cli-statusline": "2316e96028bd8d5321c5309f869c92c38e586671ae3c2887433b4f296a215a1a", "../chunks/secret-rules": "3f18b3fee565e3883aa5023469ca11dab1cfd0d496ad73d2399b8fde3e64015d" };

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
