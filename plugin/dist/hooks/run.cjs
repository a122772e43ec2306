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
var define_WORKFLOW_HOOK_BUILDS_default = { "post-compact": "b0918100eae3e1784c8a41330fd33771e0978ac145fcfe7c3be982f352ebb376", "pre-compact": "08e6653a34cbdc28a8caa6e45f6a0fec92fe11180666384d6c130e68a51e963c", "pre-tool-use": "4128077f8a02f9daf4cf4fa80be3ab7d5209aea8da56294fc32a61e6fde93714", "session-end": "1f9eb37ded94a06fee67eb973ff4dffdb3dbcb7f3bc6161a696096d62b1f8ba5", "session-start": "769206fdb5deb14e37fb08e37aba47807768f5db89d2c96eb11056044a849b66", stop: "d3754459543e18e8547658ebdca83fba68924cfc62491cd0d1c8411e507e9d92", "user-prompt-submit": "103d8bb8cfb99089c7bca10b814a230467492063ac8f7ef54da496bacb201281" };

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
function run(event) {
  const hash = Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, event) ? define_WORKFLOW_HOOK_BUILDS_default[event] : void 0;
  const file = import_node_path2.default.join(__dirname, `${event}.cjs`);
  if (hash === void 0) {
    process.stdout.write(`${JSON.stringify({ systemMessage: `workflow: hook "${event}" is not one of this plugin's hooks; reinstall the plugin` })}
`);
    return;
  }
  const source = (0, import_node_fs.readFileSync)(file, "utf8");
  const dir = import_node_path2.default.join(runtimeDir(process.env), "code-cache");
  const prefix = `${event}-`;
  const name = `${prefix}${hash.slice(0, 16)}-${process.version}-${process.arch}.bin`;
  const cachedData = readOwnFile(import_node_path2.default.join(dir, name));
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: file, ...cachedData ? { cachedData } : {} });
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", () => saveCache(dir, name, prefix, script.createCachedData()));
  }
  const module2 = { exports: {} };
  const main = script.runInThisContext();
  if (typeof main !== "function") throw new Error(`${file} did not compile to a module wrapper`);
  main.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(file), module2, file, import_node_path2.default.dirname(file));
}
run(process.argv[2] ?? "");
