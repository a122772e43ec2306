import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  legacyStoreDir
} from "./chunk-357HXOSG.mjs";
import {
  DIR_MODE,
  ensureStoreDir
} from "./chunk-RKD4ZUVQ.mjs";
import {
  WORKFLOW_ID_PATTERN
} from "./chunk-65YYEQP7.mjs";

// scripts/core/store-migration.ts
import fs from "node:fs";
import path from "node:path";
var ARCHIVE_DIR = ".archive";
var OUR_GITIGNORE_MARK = "# Workflow state is personal";
function isRealDirectory(p) {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}
function migrateLegacyStore(legacyDir, storeDir) {
  const result = { moved: [], kept: [] };
  if (path.resolve(legacyDir) === path.resolve(storeDir) || !isRealDirectory(legacyDir)) return result;
  const entries = fs.readdirSync(legacyDir);
  const ids = entries.filter(
    (name) => WORKFLOW_ID_PATTERN.test(name) && isRealDirectory(path.join(legacyDir, name)) && fs.existsSync(path.join(legacyDir, name, "state.json"))
  );
  const archives = isRealDirectory(path.join(legacyDir, ARCHIVE_DIR)) ? fs.readdirSync(path.join(legacyDir, ARCHIVE_DIR)) : [];
  if (ids.length === 0 && archives.length === 0) return result;
  ensureStoreDir(storeDir);
  for (const id of ids) {
    const target = path.join(storeDir, id);
    if (fs.existsSync(target)) {
      result.kept.push(id);
      continue;
    }
    fs.renameSync(path.join(legacyDir, id), target);
    result.moved.push(id);
  }
  if (archives.length > 0) {
    fs.mkdirSync(path.join(storeDir, ARCHIVE_DIR), { recursive: true, mode: DIR_MODE });
    for (const name of archives) {
      const from = path.join(legacyDir, ARCHIVE_DIR, name);
      const to = path.join(storeDir, ARCHIVE_DIR, name);
      if (fs.lstatSync(from).isFile() && !fs.existsSync(to)) fs.renameSync(from, to);
    }
  }
  const gitignore = path.join(legacyDir, ".gitignore");
  try {
    if (fs.lstatSync(gitignore).isFile() && fs.readFileSync(gitignore, "utf8").startsWith(OUR_GITIGNORE_MARK) && result.kept.length === 0) fs.unlinkSync(gitignore);
  } catch {
  }
  try {
    fs.rmdirSync(path.join(legacyDir, ARCHIVE_DIR));
  } catch {
  }
  try {
    fs.rmdirSync(legacyDir);
  } catch {
  }
  return result;
}
function migrateStoreOf(projectDir, storeDir, env) {
  if (env.WORKFLOW_STATE_DIR) return null;
  try {
    const migration = migrateLegacyStore(legacyStoreDir(projectDir), storeDir);
    return migration.moved.length > 0 || migration.kept.length > 0 ? migration : null;
  } catch {
    return null;
  }
}
function describeMigration(migration, projectDir, storeDir) {
  if (!migration) return null;
  const where = path.relative(projectDir, storeDir) || storeDir;
  const moved = migration.moved.length > 0 ? `moved ${migration.moved.length} saved workflow(s) from .claude/workflows to ${where}` : null;
  const kept = migration.kept.length > 0 ? `left ${migration.kept.join(", ")} in .claude/workflows (${where} has a workflow of the same id)` : null;
  return [moved, kept].filter((part) => part !== null).join("; ");
}

export {
  migrateStoreOf,
  describeMigration
};
