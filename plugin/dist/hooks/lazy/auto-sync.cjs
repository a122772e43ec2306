"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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

// lazy:./folder.cjs
var require_folder = __commonJS({
  "lazy:./folder.cjs"(exports2, module2) {
    module2.exports = require("./folder.cjs");
  }
});

// lazy:./git-remote.cjs
var require_git_remote = __commonJS({
  "lazy:./git-remote.cjs"(exports2, module2) {
    module2.exports = require("./git-remote.cjs");
  }
});

// scripts/core/sync/auto-sync.ts
var auto_sync_exports = {};
__export(auto_sync_exports, {
  autoPull: () => autoPull,
  autoPush: () => autoPush
});
module.exports = __toCommonJS(auto_sync_exports);

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

// scripts/core/sync/backend.ts
async function openSyncBackend(place, env, target) {
  if (target.dir) return (await Promise.resolve().then(() => __toESM(require_folder(), 1))).folderBackend(place, target.dir);
  return (await Promise.resolve().then(() => __toESM(require_git_remote(), 1))).gitRemoteBackend(place, env, target.remote);
}

// scripts/core/sync/auto-sync.ts
var where = (target) => target.dir ? `folder ${target.dir}` : target.remote;
async function autoPull(place, env, target, timeoutMs) {
  try {
    const backend = await openSyncBackend(place, env, target);
    if (!await backend.configured()) return null;
    const { workflows } = await backend.pull(void 0, timeoutMs);
    const done = workflows.filter((w) => w.result === "imported" || w.result === "fast-forwarded").length;
    const diverged = workflows.filter((w) => w.result === "diverged").map((w) => w.id);
    const refused = workflows.filter((w) => w.result === "refused");
    const parts = [];
    if (done > 0) parts.push(`${done} workflow(s) updated from ${where(target)}`);
    if (diverged.length > 0) parts.push(`diverged: ${diverged.join(", ")} (claude-workflow sync resolve <id>)`);
    if (refused.length > 0) parts.push(`refused: ${refused.slice(0, 3).map((w) => w.id).join(", ")}${refused.length > 3 ? ` and ${refused.length - 3} more` : ""} (claude-workflow sync pull says why)`);
    return parts.length > 0 ? `sync: ${parts.join("; ")}` : null;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return `sync pending: could not pull from ${where(target)} (${error.message.replace(/^sync pull: /, "")})`;
  }
}
async function autoPush(place, env, target, id) {
  try {
    await (await openSyncBackend(place, env, target)).push(id);
    return `sync: pushed to ${where(target)}`;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return error.message.startsWith("sync pending") ? error.message : `sync pending: ${error.message}`;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  autoPull,
  autoPush
});
