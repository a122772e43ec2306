// `archive` packs a workflow's directory into one compressed file under `<store>/.archive/` and
// removes the directory; `unarchive` restores it. The archive is self-describing (gzip of a JSON
// document, validated on the way back, archive-file.ts) and is the only source of truth for what
// was archived: `list --archived` reads the archives themselves, not an index that could drift.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from './ids.ts';
import { removeWorkflowDir } from './lifecycle.ts';
import { describeLiveHolder, liveHolder } from './liveness.ts';
import { WorkflowStatus } from '../schemas.ts';
import { loadWorkflow, workflowPath, writeFileAtomic, type LoadedState, type Place } from './store.ts';
import { compareText, newestFirst } from '../shared/ordering.ts';
import {
  DIR_MODE,
  FILE_MODE,
  SKIPPED,
  archiveDir,
  archivePath,
  archivedIds,
  archivedSummary,
  packFile,
  readArchive,
  SEGMENT,
  type ArchiveDocument,
} from './archive-file.ts';

function collectFiles(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (SKIPPED(entry.name)) continue;
    if (entry.isDirectory()) {
      for (const [sub, data] of collectFiles(full, name)) files.set(sub, data);
    } else if (entry.isFile()) {
      if (!SEGMENT.test(entry.name)) throw new WorkflowError(`${full}: archives take file names of letters, digits, ".", "_" and "-" only; rename or move it, then archive again`);
      files.set(name, fs.readFileSync(full));
    } else {
      // archiving would lose it, or follow it out of the store: the user decides
      throw new WorkflowError(`${full} is not a regular file (a symbolic link?); move it out of the workflow directory, then archive again`);
    }
  }
  return files;
}

export interface ArchiveResult {
  id: string;
  status: WorkflowStatus;
  task: string;
  archive: string;
  /** bytes of the workflow's files before */
  bytes_before: number;
  archive_bytes: number;
  saved_percent: number;
  warnings: string[];
}

function savedPercent(before: number, after: number): number {
  return before === 0 ? 0 : Math.round((1 - after / before) * 1000) / 10;
}

/** Packs `<store>/<id>/` into `<store>/.archive/<id>.json.gz`, then removes the directory. */
export function archiveWorkflow(place: Place, id: string, env: NodeJS.ProcessEnv, now: Date): ArchiveResult {
  const { state, warnings } = loadWorkflow(place.storeDir, assertWorkflowId(id)); // unknown id: names the existing ones
  const holder = liveHolder(place, state, env, now);
  if (holder) {
    throw new WorkflowError(`workflow ${id} is held by a live ${describeLiveHolder(holder, now)}; archive it once that session has ended`);
  }
  const target = archivePath(place.storeDir, id);
  if (fs.existsSync(target)) throw new WorkflowError(`${target} already exists: unarchive it or move it away before archiving ${id} again`);
  const dir = path.join(place.storeDir, id);
  if (fs.lstatSync(dir).isSymbolicLink()) throw new WorkflowError(`${dir} is a symbolic link; not archived`);
  const files = collectFiles(dir);
  const document: ArchiveDocument = {
    format: 'workflow-archive',
    version: 1,
    id,
    archived_at: now.toISOString(),
    files: Object.fromEntries([...files].map(([name, data]) => [name, packFile(data)])),
  };
  const packed = zlib.gzipSync(JSON.stringify(document), { level: zlib.constants.Z_BEST_COMPRESSION });
  fs.mkdirSync(archiveDir(place.storeDir), { recursive: true, mode: DIR_MODE });
  writeFileAtomic(target, packed);
  // a save that landed while we read would be lost with the directory: undo, and let the user retry
  const after = collectFiles(dir);
  const unchanged = after.size === files.size && [...files].every(([name, data]) => after.get(name)?.equals(data) === true);
  if (!unchanged) {
    fs.rmSync(target, { force: true });
    throw new WorkflowError(`workflow ${id} changed while it was being archived; nothing was removed, try again`);
  }
  removeWorkflowDir(place.storeDir, id);
  const bytesBefore = [...files.values()].reduce((sum, data) => sum + data.length, 0);
  return {
    id,
    status: state.status,
    task: state.task.description,
    archive: target,
    bytes_before: bytesBefore,
    archive_bytes: packed.length,
    saved_percent: savedPercent(bytesBefore, packed.length),
    warnings,
  };
}

export interface UnarchiveResult {
  id: string;
  path: string;
  status: WorkflowStatus;
  task: string;
  files: number;
  warnings: string[];
}

/**
 * Restores `<store>/<id>/` from its archive. The files are written to a staging directory and the
 * workflow loaded from there (checksum and schema) before one rename puts it in place: a bad
 * archive changes nothing. The archive is removed once the workflow is back.
 */
export function unarchiveWorkflow(place: Place, id: string): UnarchiveResult {
  const file = archivePath(place.storeDir, id);
  if (!fs.existsSync(file)) {
    const ids = archivedIds(place.storeDir);
    throw new WorkflowError(ids.length === 0 ? `no archived workflow "${id}": this project has no archives (${archiveDir(place.storeDir)})` : `no archived workflow "${id}"; archived workflows: ${ids.join(', ')}`);
  }
  const dir = path.join(place.storeDir, id);
  if (fs.existsSync(dir)) throw new WorkflowError(`a workflow ${id} already exists (${dir}); archive or delete it before restoring the archived one`);
  let files: Map<string, Buffer>;
  try {
    files = readArchive(file, id).files;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    throw new WorkflowError(`${error.message}; nothing was changed`);
  }
  const staging = path.join(archiveDir(place.storeDir), `.restore-${id}-${randomBytes(4).toString('hex')}`);
  try {
    for (const [name, data] of files) {
      const target = path.join(staging, id, ...name.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: DIR_MODE });
      fs.writeFileSync(target, data, { mode: FILE_MODE, flag: 'wx' });
    }
    let loaded: LoadedState;
    try {
      loaded = loadWorkflow(staging, id);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      throw new WorkflowError(`${file} holds a workflow that does not load: ${error.message.replaceAll(staging, '<archive>')}`);
    }
    if (loaded.state.id !== id) throw new WorkflowError(`${file} holds a state.json for "${loaded.state.id}", not "${id}"; nothing was changed`);
    if (fs.existsSync(dir)) throw new WorkflowError(`a workflow ${id} appeared while restoring (${dir}); nothing was changed`);
    fs.renameSync(path.join(staging, id), dir);
    fs.rmSync(file, { force: true });
    return {
      id,
      path: workflowPath(place.storeDir, id),
      status: loaded.state.status,
      task: loaded.state.task.description,
      files: files.size,
      warnings: loaded.warnings.map((w) => w.replaceAll(staging, place.storeDir)),
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export interface ArchivedWorkflow {
  id: string;
  task: string;
  status: WorkflowStatus;
  archived_at: string;
  /** bytes of the archive file */
  size: number;
  /** bytes of the workflow's files before archiving */
  original_size: number;
}

// Just what the listing shows, read loosely: an archive written by an older schema version still
// lists (unarchive loads it through the store, with its checks and migrations).
export function listArchives(storeDir: string): { archives: ArchivedWorkflow[]; problems: string[] } {
  const archives: ArchivedWorkflow[] = [];
  const problems: string[] = [];
  for (const id of archivedIds(storeDir)) {
    const file = archivePath(storeDir, id);
    try {
      const { document, files, size } = readArchive(file, id);
      const state = archivedSummary(files);
      if (!state) throw new WorkflowError(`${file} holds no readable state.json`);
      archives.push({
        id,
        task: state.task.description,
        status: state.status,
        archived_at: document.archived_at,
        size,
        original_size: [...files.values()].reduce((sum, data) => sum + data.length, 0),
      });
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      problems.push(error.message);
    }
  }
  archives.sort((a, b) => newestFirst(a.archived_at, b.archived_at));
  return { archives, problems };
}

/**
 * The history.jsonl of every archive (or of `id`'s archive only), for the work log. Each archive
 * is read whole and checked as `list --archived` does; an unreadable one is a problem, not an error.
 */
export function readArchivedHistories(storeDir: string, id: string | null = null): { histories: { id: string; history: string }[]; problems: string[] } {
  const histories: { id: string; history: string }[] = [];
  const problems: string[] = [];
  for (const archived of archivedIds(storeDir)) {
    if (id !== null && archived !== id) continue;
    try {
      const history = readArchive(archivePath(storeDir, archived), archived).files.get('history.jsonl');
      if (history) histories.push({ id: archived, history: history.toString('utf8') });
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      problems.push(error.message);
    }
  }
  return { histories, problems };
}
