// What an older version left in the store's old place (`<project>/.claude/workflows`) that
// store-migration.ts moves: folders that hold a workflow, and the archives. Anything else there
// (Claude Code's own workflow scripts) is not the plugin's. Without zod: a session start's quick
// path asks it too, and leaves any move to the hook.
import fs from 'node:fs';
import path from 'node:path';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';

export const ARCHIVE_DIR = '.archive';

function isRealDirectory(p: string): boolean {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The workflows and archive files in `legacyDir` to move into `storeDir`; none when it is the store itself, or not a real folder. */
export function legacyContents(legacyDir: string, storeDir: string): { ids: string[]; archives: string[] } {
  // a link out of the project is not followed: the folder may come from anyone
  if (path.resolve(legacyDir) === path.resolve(storeDir) || !isRealDirectory(legacyDir)) return { ids: [], archives: [] };
  const ids = fs
    .readdirSync(legacyDir)
    .filter((name) => WORKFLOW_ID_PATTERN.test(name) && isRealDirectory(path.join(legacyDir, name)) && fs.existsSync(path.join(legacyDir, name, 'state.json')));
  const archives = isRealDirectory(path.join(legacyDir, ARCHIVE_DIR)) ? fs.readdirSync(path.join(legacyDir, ARCHIVE_DIR)) : [];
  return { ids, archives };
}
