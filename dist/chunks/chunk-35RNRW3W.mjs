import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  runtimeDir
} from "./chunk-J4TZ3A4H.mjs";

// scripts/core/hook-log.ts
import fs from "node:fs";
import path from "node:path";
function hookLogPath(env) {
  return path.join(env.WORKFLOW_LOG_DIR || runtimeDir(env), "hooks.log");
}
function logHookProblem(env, event, detail) {
  try {
    const file = hookLogPath(env);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
    fs.appendFileSync(file, `${(/* @__PURE__ */ new Date()).toISOString()} ${event}: ${detail.replace(/\n/g, "\n    ")}
`, { mode: 384 });
  } catch {
  }
}

export {
  hookLogPath,
  logHookProblem
};
