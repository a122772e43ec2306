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
var define_WORKFLOW_HOOK_BUILDS_default = { "post-compact": "11a0fe9563e699bb04a07481c72fd5674fe9bfb5e511705387bfda1a28a8981f", "pre-compact": "d3c44918d7a8d9f3421fea961035eb82555426987a808136ca1093e185334685", "pre-tool-use": "a25ae905e0435743c99cf032c60e2405561cf5b989b13e604f86215a738d3139", "session-end": "2e1843a38a7a594604d6259b803fe61d9cecf78b6d9e62a1dfbe81c7540506ee", "session-start": "a2cca5e06023fd672dfc5e5a93786f6faebffef6158a93f5f04065fcc6cae7d8", stop: "7841f304a7243742cc14a40df40d447a8553293985b0e037f5dddef92579339f", "user-prompt-submit": "2047cdb5be083892384466296a923714d6dfb9f143d307b0347543f3f5b36d4c", "lazy/workflows": "a6c0123185ad7c4cba348a75bd526eb62965eb9800f1e4a990d8a7a200f8d0f7", "lazy/sync": "db51ac4285664f79ccab0d6a3c0252cc058cf79cff6cb26c6f68a7990fff279b", "../cli": "616af9cdaa291f46ab56b62383083ff2c7003b48b0f22e7d8760347b1283d771" };

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
    const fd = (0, import_node_fs.openSync)(tmp, "wx", 384);
    try {
      (0, import_node_fs.writeFileSync)(fd, data);
      (0, import_node_fs.fsyncSync)(fd);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
    (0, import_node_fs.renameSync)(tmp, file);
    for (const other of (0, import_node_fs.readdirSync)(dir)) if (other.startsWith(prefix) && other.endsWith(".bin") && other !== name) (0, import_node_fs.unlinkSync)(import_node_path2.default.join(dir, other));
  } catch {
  }
}
var cacheDir = import_node_path2.default.join(runtimeDir(process.env), "code-cache");
function runBundle(key, hash = Object.hasOwn(define_WORKFLOW_HOOK_BUILDS_default, key) ? define_WORKFLOW_HOOK_BUILDS_default[key] : void 0) {
  const file = import_node_path2.default.join(__dirname, `${key}.cjs`);
  const text = (0, import_node_fs.readFileSync)(file, "utf8");
  const source = text.startsWith("#!") ? `//${text.slice(2)}` : text;
  const prefix = `${key.replace(/^\.\.\//, "").replace("/", "-")}.`;
  const name = `${prefix}${(hash ?? "").slice(0, 16)}.${process.version}-${process.arch}.bin`;
  const cachedData = hash ? readOwnFile(import_node_path2.default.join(cacheDir, name)) : void 0;
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: file, ...cachedData ? { cachedData } : {} });
  if (hash && (!cachedData || script.cachedDataRejected)) {
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
if (require.main === module) run(process.argv[2] ?? "");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runBundle
});
