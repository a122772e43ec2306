import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/project.ts
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
function resolveProjectDir(explicit, cwd, env) {
  if (explicit !== void 0) {
    const dir = path.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return dir;
  }
  if (env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR)) return path.resolve(env.CLAUDE_PROJECT_DIR);
  return gitTopLevel(cwd) ?? path.resolve(cwd);
}
function gitTopLevel(cwd) {
  try {
    const out = execFileSync("git", ["rev-parse", "--show-toplevel"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
    return out || null;
  } catch {
    return null;
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
  resolveStoreDir
};
