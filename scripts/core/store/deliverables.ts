// Phase deliverables are stored as a path and the sha256 of the file's content when the phase was
// handed off, so that a later resume can tell a deliverable that changed or vanished since.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Deliverable, Phase, PhaseEntryInput } from '../schemas.ts';

const CHUNK = 1 << 20;

/** Hex sha256 of a file, read in chunks (a deliverable can be large); null when it is not a readable file. */
export function hashFile(file: string): string | null {
  let fd: number;
  try {
    if (!fs.statSync(file).isFile()) return null;
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let read = fs.readSync(fd, buffer, 0, CHUNK, null); read > 0; read = fs.readSync(fd, buffer, 0, CHUNK, null)) {
      hash.update(buffer.subarray(0, read));
    }
    return hash.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}

/** The path as stored: relative to the project when the file is inside it. */
function storedPath(projectDir: string, file: string): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(projectDir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

/**
 * Phases from handoff input with every deliverable as `{path, sha256}`: the hash of the file as it
 * is now; a file that does not exist keeps the hash the input gave, or null.
 */
export function resolvePhases(projectDir: string, phases: readonly PhaseEntryInput[]): Phase[] {
  return phases.map(({ deliverables, ...phase }) => ({
    ...phase,
    deliverables: deliverables.map((entry): Deliverable => {
      const given = typeof entry === 'string' ? { path: entry, sha256: null } : { path: entry.path, sha256: entry.sha256 ?? null };
      const file = given.path.trim();
      return { path: storedPath(projectDir, file), sha256: hashFile(path.resolve(projectDir, file)) ?? given.sha256 };
    }),
  }));
}
