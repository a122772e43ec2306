import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  runtimeDir
} from "./chunk-7P4JTMGD.mjs";
import {
  redactText
} from "./chunk-W7FPXRNX.mjs";
import {
  appendRegularFile
} from "./chunk-SWQQR4HO.mjs";

// scripts/core/hook-log.ts
import fs from "node:fs";
import path from "node:path";
var ENTRY_MAX_CHARS = 4e3;
var LOG_MAX_BYTES = 1024 * 1024;
function hookLogPath(env) {
  return path.join(env.WORKFLOW_LOG_DIR || runtimeDir(env), "hooks.log");
}
function rotateIfFull(file) {
  let size = 0;
  try {
    size = fs.lstatSync(file).size;
  } catch {
    return;
  }
  if (size >= LOG_MAX_BYTES) fs.renameSync(file, `${file}.1`);
}
function logHookProblem(env, event, detail) {
  try {
    const file = hookLogPath(env);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
    rotateIfFull(file);
    const clipped = detail.length > ENTRY_MAX_CHARS ? `${detail.slice(0, ENTRY_MAX_CHARS)}\u2026 (${detail.length - ENTRY_MAX_CHARS} more characters)` : detail;
    appendRegularFile(file, `${(/* @__PURE__ */ new Date()).toISOString()} ${event}: ${redactText(clipped).text.replace(/\n/g, "\n    ")}
`);
  } catch {
  }
}

export {
  hookLogPath,
  logHookProblem
};
