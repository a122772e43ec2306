import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/project.ts
import { existsSync, lstatSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
function resolveProjectDir(explicit, cwd, env) {
  if (explicit !== void 0) {
    const dir = path.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return gitTopLevel(dir) ?? dir;
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
  if (env.WORKFLOW_STATE_DIR) return path.resolve(projectDir, env.WORKFLOW_STATE_DIR);
  const gitDir = gitDirOf(projectDir);
  const storeDir = gitDir ? path.join(gitDir, "workflow") : path.join(projectDir, ".workflow");
  let link = false;
  try {
    link = lstatSync(storeDir).isSymbolicLink();
  } catch {
  }
  if (link) throw new WorkflowError(`${storeDir} is a symbolic link; the store must be a folder of its own (set WORKFLOW_STATE_DIR to keep it elsewhere)`);
  return storeDir;
}
function legacyStoreDir(projectDir) {
  return path.join(projectDir, ".claude", "workflows");
}
var GITDIR_FILE_MAX_BYTES = 4096;
function gitDirOf(projectDir) {
  const dotGit = path.join(projectDir, ".git");
  try {
    const stat = lstatSync(dotGit);
    if (stat.isDirectory()) return dotGit;
    if (!stat.isFile() || stat.size > GITDIR_FILE_MAX_BYTES) return null;
    const target = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"))?.[1];
    if (!target) return null;
    const dir = path.resolve(projectDir, target);
    return isDirectory(dir) ? dir : null;
  } catch {
    return null;
  }
}

export {
  resolveProjectDir,
  gitTopLevel,
  resolveStoreDir,
  legacyStoreDir
};
