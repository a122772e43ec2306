import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/runtime-dir.ts
import os from "node:os";
import path from "node:path";
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || path.join(os.homedir(), ".claude", "workflow");
}

export {
  runtimeDir
};
