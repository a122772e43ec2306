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
var define_WORKFLOW_HOOK_BUILDS_default = { "post-compact": "5c0b295fbcf936cf1a230c5da5e9e80fb7f02cf35d23bd6ee9b645d3c98c258f", "pre-compact": "d074caab970db2ac40222471a17c90118fcb4958d35bc72a124c15a11397e9bf", "pre-tool-use": "2dc6dfc454df6d8c1bef9cc3849b7b05cc00d9798b05d18816cdb6c789ded268", "session-end": "58e3a1fdc26a7da24fa87f319acb9ed90872de6fb4a7d2c0281fd5b1ba0e6941", "session-start": "2b0f454e92496c4069d85744393671b7429ee0951f00a6f67451e301c86d7239", stop: "8c7b31d293307b4b85eea83743c2a2e6f100687253c48436a3a2058394d14a8d", "user-prompt-submit": "d2caef73d443e486177f9a8a01d8ef59ffd28423e522f72aa3999cc506920f1b", "lazy/checkpoint": "a5721c1d6c852b6b5e9a71041c669211bc9504d41eb9f2f843f6ea5746e776a3", "lazy/auto-sync": "43f1787574af496dfe877dd4ad52105a4217f4aba8b4bde03fa2c8cc220fe786", "../cli": "a0b593742557f5894c59fe29bbd9abf72087936fcc2c51b73185c7799102d935", "../cli-statusline": "a41e5715461ff9b66e68be49302006f478cb1bfb1895d52ba961ebbe22b4ffa3", "../chunks/secret-rules": "3f18b3fee565e3883aa5023469ca11dab1cfd0d496ad73d2399b8fde3e64015d" };

// scripts/hook-loader.ts
var import_node_fs2 = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");

// scripts/core/runtime/runtime-dir.ts
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path.default.join(import_node_os.default.homedir(), ".claude", "workflow");
}

// scripts/core/shared/safe-fs.ts
var import_node_fs = __toESM(require("node:fs"), 1);
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

// scripts/hook-loader.ts
function saveCache(dir, name, prefix, data) {
  try {
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
    const file = import_node_path2.default.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    const fd = (0, import_node_fs2.openSync)(tmp, "wx", 384);
    try {
      (0, import_node_fs2.writeFileSync)(fd, data);
      (0, import_node_fs2.fsyncSync)(fd);
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
    (0, import_node_fs2.renameSync)(tmp, file);
    for (const other of (0, import_node_fs2.readdirSync)(dir)) if (other.startsWith(prefix) && other.endsWith(".bin") && other !== name) (0, import_node_fs2.unlinkSync)(import_node_path2.default.join(dir, other));
  } catch {
  }
}
var cacheDir = import_node_path2.default.join(runtimeDir(process.env), "code-cache");
var CACHE_MAX_BYTES = 64 * 1024 * 1024;
var loadedBundles = /* @__PURE__ */ new Map();
function runBundle(key, hash = Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, key) ? define_WORKFLOW_HOOK_BUILDS_default[key] : void 0) {
  const running = loadedBundles.get(key);
  if (running) return running.exports;
  const file = import_node_path2.default.join(__dirname, `${key}.cjs`);
  const text = (0, import_node_fs2.readFileSync)(file, "utf8");
  const source = text.startsWith("#!") ? `//${text.slice(2)}` : text;
  const prefix = `${key.replace(/^\.\.\//, "").replace("/", "-")}.`;
  const name = `${prefix}${(hash ?? "").slice(0, 16)}.${process.version}-${process.arch}.bin`;
  const cachedData = hash ? readOwnFile(import_node_path2.default.join(cacheDir, name), CACHE_MAX_BYTES) : void 0;
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: file, ...cachedData ? { cachedData } : {} });
  if (hash && (!cachedData || script.cachedDataRejected)) {
    process.once("exit", () => saveCache(cacheDir, name, prefix, script.createCachedData()));
  }
  const plainRequire = (0, import_node_module.createRequire)(file);
  const requireBundled = (id) => {
    const other = /^(?:\.{1,2}\/|\/).*\.cjs$/.test(id) ? import_node_path2.default.relative(__dirname, import_node_path2.default.resolve(import_node_path2.default.dirname(file), id)).split(import_node_path2.default.sep).join("/").slice(0, -4) : void 0;
    return other !== void 0 && Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, other) ? runBundle(other, define_WORKFLOW_HOOK_BUILDS_default[other]) : plainRequire(id);
  };
  const module2 = { exports: {} };
  loadedBundles.set(key, module2);
  const main = script.runInThisContext();
  if (typeof main !== "function") throw new Error(`${file} did not compile to a module wrapper`);
  main.call(module2.exports, module2.exports, Object.assign(requireBundled, plainRequire), module2, file, import_node_path2.default.dirname(file));
  return module2.exports;
}
function run(event) {
  const hash = /^[a-z-]+$/.test(event) && Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, event) ? define_WORKFLOW_HOOK_BUILDS_default[event] : void 0;
  if (hash === void 0) {
    process.stdout.write(`${JSON.stringify({ systemMessage: `workflow: hook "${event}" is not one of this plugin's hooks; reinstall the plugin` })}
`);
    return;
  }
  runBundle(event, hash);
}
if (require.main === module) run(process.argv[2] ?? "");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runBundle
});
