// How a file is known again without reading it: what any write to it, or a new file in its place,
// changes. The store's memo of workflow states and the quiet-turn memo both rely on it.
import fs from 'node:fs';

export function fileSignature(stat: fs.Stats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

/**
 * The signature of what is at `file` now, following links as a read would: `-` when nothing is
 * there (also under a path component that is not a folder), the error's code when it cannot be
 * looked at, which a read would also have met.
 */
export function pathSignature(file: string): string {
  try {
    return fileSignature(fs.statSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ENOENT' || code === 'ENOTDIR' ? '-' : code;
  }
}

/** Whether the file of `signature` was written or changed after `sinceMs` (epoch ms). */
export function changedSince(signature: string, sinceMs: number): boolean {
  // ino:size:mtimeMs:ctimeMs, as fileSignature writes it; '-' and error codes have no times
  return signature.split(':').slice(2).some((ms) => Number(ms) > sinceMs);
}
