"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode) => mod == null ? {} : isNodeMode || !mod.__esModule ? { __proto__: mod, default: mod } : mod;

// <define:WORKFLOW_HOOK_BUILDS>
var define_WORKFLOW_HOOK_BUILDS_default = { "post-compact": "655c5256f1d0a101f83235862a7d42c86ca706f154071634c3b9603d15f901b4", "pre-compact": "da2f1396df82d86e95016e97b2b93d8519eb01a6baf47d99337b02f393fec387", "pre-tool-use": "202c308bafbc5d42dfc94918d4a195d05f48009aaeb441e373002277ff1451ac", "session-end": "149881660224f1daeaca62c33bddc3c14958913956f98b985781508a2e7bfdda", "session-start": "8227222921080e9b91b7525c0b2b42e88c5fe38c16e6c7798de8e636cb1915f6", stop: "cedd62df7abf7bc46b131bfd050940c9f084a1576104d85ebaf8fb6f547d60c6", "user-prompt-submit": "88418232a4080a43b61e18744abebea5cc5d5d7d1247c8ba686363cf93b1e442", "lazy/workflows": "f7ad744d839288f2444f49cd2c42bd82927b11658b5ab9fc9203f0da692e5771", "lazy/sync": "34a9514ad80734fcb4c2d4eaaec11b3110e76c5dcca39f118e140872e9aecd1b" };

// scripts/hook-loader.ts
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");

// scripts/core/runtime-dir.ts
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path.default.join(import_node_os.default.homedir(), ".claude", "workflow");
}

// scripts/hook-loader.ts
function readOwnFile(file) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0));
    const stat = (0, import_node_fs.fstatSync)(fd);
    if (!stat.isFile() || process.getuid && stat.uid !== process.getuid() || (stat.mode & 18) !== 0) return void 0;
    return (0, import_node_fs.readFileSync)(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function saveCache(dir, name, prefix, data) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const file = import_node_path2.default.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    (0, import_node_fs.writeFileSync)(tmp, data, { mode: 384, flag: "wx" });
    (0, import_node_fs.renameSync)(tmp, file);
    for (const other of (0, import_node_fs.readdirSync)(dir)) if (other.startsWith(prefix) && other.endsWith(".bin") && other !== name) (0, import_node_fs.unlinkSync)(import_node_path2.default.join(dir, other));
  } catch {
  }
}
var cacheDir = import_node_path2.default.join(runtimeDir(process.env), "code-cache");
function runBundle(key, hash) {
  const file = import_node_path2.default.join(__dirname, `${key}.cjs`);
  const source = (0, import_node_fs.readFileSync)(file, "utf8");
  const prefix = `${key.replace("/", "-")}.`;
  const name = `${prefix}${hash.slice(0, 16)}.${process.version}-${process.arch}.bin`;
  const cachedData = readOwnFile(import_node_path2.default.join(cacheDir, name));
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: file, ...cachedData ? { cachedData } : {} });
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", () => saveCache(cacheDir, name, prefix, script.createCachedData()));
  }
  const plainRequire = (0, import_node_module.createRequire)(file);
  const requireBundled = (id) => {
    const lazy = /^\.\/(lazy\/[a-z-]+)\.cjs$/.exec(id)?.[1];
    const lazyHash = lazy && Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, lazy) ? define_WORKFLOW_HOOK_BUILDS_default[lazy] : void 0;
    return lazy && lazyHash ? runBundle(lazy, lazyHash) : plainRequire(id);
  };
  const module2 = { exports: {} };
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
run(process.argv[2] ?? "");
