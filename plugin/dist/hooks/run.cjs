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
var define_WORKFLOW_HOOK_BUILDS_default = { "post-compact": "12e46299cb0221fb293d999aaeeb3a70931ce467f4d7d1386b8ce3cad948748b", "pre-compact": "22bcd07c315bf49ba495fcb19feacfb814bddf950f2b3b3cb6499e66d6c00d9f", "pre-tool-use": "db3a9263595bd866e9569eecdfd022066d29a323a8ce31da3592dbe6d63889ba", "session-end": "b2eafb749780a39aff9de70d816dc6e041952f71fad3eb8f186afb26303701c0", "session-start": "5426d87d3f9e4e5a5f03f8ae2e1d292f09c12e169793f954e6875d6a1c9a777e", stop: "430848580adb1aa9d9fe24fd0b6e95eb22c0a481e3084abdf7c62b7c7926d7a5", "user-prompt-submit": "a82038ff6f49c0be0b4fe20eba08a81f53efe3f43acaaae8d18bf67a8afe76f0", "lazy/workflows": "ff2be77ec584c81faa63b76ad39b4d41d6bdf827e82fe18d81befd344f6308f4", "lazy/sync": "1df4a573af5237ed53a10c7f0d9d04e7e79f88c0bd44c016c6ed4cf763bc6a8e" };

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
