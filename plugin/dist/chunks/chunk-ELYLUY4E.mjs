import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/device.ts
import os from "node:os";

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
    "claude-workflow": "plugin/dist/cli.mjs"
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

// scripts/core/device.ts
var PLUGIN_VERSION = package_default.version;
function describeDevice() {
  return {
    hostname: os.hostname(),
    platform: `${process.platform}-${process.arch}`,
    node_version: process.version,
    plugin_version: PLUGIN_VERSION
  };
}

export {
  PLUGIN_VERSION,
  describeDevice
};
