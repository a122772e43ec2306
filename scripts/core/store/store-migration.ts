// The store used to be `<project>/.claude/workflows`. Claude Code 2.1.332 keeps its own workflow
// scripts (`.claude/workflows/<name>.js`) there, and its sandbox keeps Bash out of `.claude/`, so
// the store moved (project.ts says where). This moves what an older version saved: only
// directories that hold a workflow, the archives, and the `.gitignore` this plugin wrote;
// anything else in the folder (Claude Code's scripts) is left exactly as it is.
import fs from 'node:fs';
import path from 'node:path';
import { legacyStoreDir } from '../git/project.ts';
import { DIR_MODE, ensureStoreDir } from './store.ts';
import { ARCHIVE_DIR, legacyContents } from './legacy-store.ts';

const OUR_GITIGNORE_MARK = '# Workflow state is personal';

export interface StoreMigration {
  moved: string[];
  /** ids left behind because the new store already has a workflow of that id */
  kept: string[];
}

/** Moves the legacy store's workflows into `storeDir`; a no-op (one lstat) when there is none. */
export function migrateLegacyStore(legacyDir: string, storeDir: string): StoreMigration {
  const result: StoreMigration = { moved: [], kept: [] };
  const { ids, archives } = legacyContents(legacyDir, storeDir);
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
  const gitignore = path.join(legacyDir, '.gitignore');
  try {
    if (fs.lstatSync(gitignore).isFile() && fs.readFileSync(gitignore, 'utf8').startsWith(OUR_GITIGNORE_MARK) && result.kept.length === 0) fs.unlinkSync(gitignore);
  } catch {
    // none, or not ours
  }
  try {
    fs.rmdirSync(path.join(legacyDir, ARCHIVE_DIR));
  } catch {
    // not empty, or gone
  }
  try {
    fs.rmdirSync(legacyDir); // only when nothing else (Claude Code's scripts) is left
  } catch {
    // not empty: the rest is not ours
  }
  return result;
}

/**
 * The migration for one place, unless `WORKFLOW_STATE_DIR` chose the store. Never throws: inside
 * Claude Code's sandbox `.claude/` is read-only to commands, and the next session's (unsandboxed)
 * SessionStart hook moves the store instead.
 */
export function migrateStoreOf(projectDir: string, storeDir: string, env: NodeJS.ProcessEnv): StoreMigration | null {
  if (env.WORKFLOW_STATE_DIR) return null;
  try {
    const migration = migrateLegacyStore(legacyStoreDir(projectDir), storeDir);
    return migration.moved.length > 0 || migration.kept.length > 0 ? migration : null;
  } catch {
    return null;
  }
}

/** One line for the user, or null when nothing moved. */
export function describeMigration(migration: StoreMigration | null, projectDir: string, storeDir: string): string | null {
  if (!migration) return null;
  const where = path.relative(projectDir, storeDir) || storeDir;
  const moved = migration.moved.length > 0 ? `moved ${migration.moved.length} saved workflow(s) from .claude/workflows to ${where}` : null;
  const kept = migration.kept.length > 0 ? `left ${migration.kept.join(', ')} in .claude/workflows (${where} has a workflow of the same id)` : null;
  return [moved, kept].filter((part) => part !== null).join('; ');
}
