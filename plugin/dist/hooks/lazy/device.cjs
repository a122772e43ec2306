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

// scripts/core/store/device.ts
var device_exports = {};
__export(device_exports, {
  PLUGIN_VERSION: () => PLUGIN_VERSION,
  describeDevice: () => describeDevice
});
module.exports = __toCommonJS(device_exports);
var import_node_os = __toESM(require("node:os"), 1);

// package.json
var package_default = {
  name: "claude-workflow",
  version: "0.1.0",
  description: "Claude Code plugin that keeps long work alive across sessions, compactions, machines and teammates",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20"
  },
  bin: {
    "claude-workflow": "plugin/dist/cli.cjs"
  },
  files: [
    "plugin"
  ],
  scripts: {
    build: "node build.mjs",
    typecheck: "tsc --noEmit",
    pretest: "npm run build --silent && node test/e2e/install-cli.mjs",
    test: "vitest run",
    bench: "node bench/run.mjs",
    dev: "tsx scripts/cli.ts"
  },
  devDependencies: {
    "@secretlint/secretlint-rule-preset-recommend": "^13.1.0",
    "@simple-git/argv-parser": "2.0.1",
    "@toon-format/toon": "^4.4.0",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    "gray-matter": "^4.0.3",
    "simple-git": "^4.0.2",
    tsx: "^4.23.15",
    typescript: "~5.9",
    vitest: "^4.1.12",
    zod: "^4.6.7"
  }
};

// scripts/core/store/device.ts
var PLUGIN_VERSION = package_default.version;
function describeDevice() {
  return {
    hostname: import_node_os.default.hostname(),
    platform: `${process.platform}-${process.arch}`,
    node_version: process.version,
    plugin_version: PLUGIN_VERSION
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PLUGIN_VERSION,
  describeDevice
});
