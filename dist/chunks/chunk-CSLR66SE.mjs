import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/hook-log.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
function hookLogPath(env) {
  const dir = env.WORKFLOW_LOG_DIR || env.CLAUDE_PLUGIN_DATA || path.join(os.homedir(), ".claude", "workflow");
  return path.join(dir, "hooks.log");
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
