// Which workflows a store holds, by their folders' names: without zod, for the hooks' quick paths too.
import fs from 'node:fs';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';

/** The ids of the workflow directories in the store, sorted; readable or not. */
export function existingIds(storeDir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}
