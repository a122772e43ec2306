import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/project.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
function resolveProjectDir(explicit, cwd, env) {
  if (explicit !== void 0) {
    const dir = path.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return dir;
  }
  const start = path.resolve(env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR) ? env.CLAUDE_PROJECT_DIR : cwd);
  return gitTopLevel(start) ?? start;
}
function gitTopLevel(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function resolveStoreDir(projectDir, env) {
  return env.WORKFLOW_STATE_DIR ? path.resolve(projectDir, env.WORKFLOW_STATE_DIR) : path.join(projectDir, ".claude", "workflows");
}

export {
  resolveProjectDir,
  gitTopLevel,
  resolveStoreDir
};
