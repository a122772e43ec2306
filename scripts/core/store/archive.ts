// `archive` packs a workflow's directory into one compressed file under `<store>/.archive/` and
// removes the directory; `unarchive` restores it. The archive is self-describing (gzip of a JSON
// document, validated on the way back) and is the only source of truth for what was archived:
// `list --archived` reads the archives themselves, not an index that could drift from them.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { readRegularFile } from '../shared/safe-fs.ts';
import * as z from 'zod/mini';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from './ids.ts';
import { removeWorkflowDir } from './lifecycle.ts';
import { describeLiveHolder, liveHolder } from './liveness.ts';
import { WORKFLOW_ID_PATTERN, WorkflowId, WorkflowStatus } from '../schemas.ts';
import { loadWorkflow, workflowPath, writeFileAtomic, type LoadedState, type Place } from './store.ts';
import { compareText, newestFirst } from '../shared/ordering.ts';

const ARCHIVE_DIR = '.archive';
const ARCHIVE_SUFFIX = '.json.gz';
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;
/** transient files that are not part of a workflow: the store's lock, temp files, a session's lease */
const SKIPPED = (name: string) => name === '.lock' || name === 'lease.json' || name.includes('.tmp-');

const SEGMENT = /^[A-Za-z0-9._-]+$/;
/** a relative path inside the workflow directory: no absolute path, no `..`, nothing odd */
const FileName = z.string().check(
  z.refine(
    (name) => name.split('/').every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..'),
    'must be a relative path inside the workflow directory',
  ),
);

const FileIntegrity = {
  size: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex')),
};
// Text files (all of a workflow's today) are stored as text: gzip packs it far better than base64.
export const ArchivedFile = z.union([
  z.strictObject({ ...FileIntegrity, text: z.string() }),
  z.strictObject({ ...FileIntegrity, base64: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')) }),
]);
export type ArchivedFile = z.infer<typeof ArchivedFile>;

const ArchiveDocument = z.strictObject({
  format: z.literal('workflow-archive'),
  version: z.literal(1),
  id: WorkflowId,
  archived_at: z.iso.datetime({ offset: true }),
  files: z.record(FileName, ArchivedFile),
});
type ArchiveDocument = z.infer<typeof ArchiveDocument>;

function archiveDir(storeDir: string): string {
  return path.join(storeDir, ARCHIVE_DIR);
}

function archivePath(storeDir: string, id: string): string {
  return path.join(archiveDir(storeDir), `${assertWorkflowId(id)}${ARCHIVE_SUFFIX}`);
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every regular file under `dir`, by relative path with `/`; a symlink or device is refused. */
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

export function packFile(data: Buffer): ArchivedFile {
  const text = data.toString('utf8');
  const integrity = { size: data.length, sha256: sha256(data) };
  // only bytes that survive the round trip through a string are stored as text
  return Buffer.from(text, 'utf8').equals(data) ? { ...integrity, text } : { ...integrity, base64: data.toString('base64') };
}

export function unpackFile(entry: ArchivedFile): Buffer {
  return 'text' in entry ? Buffer.from(entry.text, 'utf8') : Buffer.from(entry.base64, 'base64');
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

/** `field "files['../x']" …`: a file name as a key reads better quoted than joined with dots. */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'the document is invalid';
  const field = issue.path.map((key, i) => (typeof key === 'string' && /^[a-z_]+$/.test(key) ? `${i > 0 ? '.' : ''}${key}` : `[${JSON.stringify(String(key))}]`)).join('') || '(root)';
  const message = issue.code === 'invalid_key' ? 'is not a relative path inside the workflow directory' : issue.message;
  return `field ${field} ${message}`;
}

/** An archive, packed or unpacked, is at most this large: a workflow's files are far smaller. */
const ARCHIVE_MAX_BYTES = 64 * 1024 * 1024;

/** Reads and checks an archive: gzip, JSON, the document's shape, its id, every file's hash. */
function readArchive(file: string, id: string): { document: ArchiveDocument; files: Map<string, Buffer>; size: number } {
  let packed: Buffer;
  try {
    packed = readRegularFile(file, ARCHIVE_MAX_BYTES);
  } catch (error) {
    if (error instanceof WorkflowError) throw error;
    throw new WorkflowError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    // a small file can unpack to gigabytes: the unpacked size is capped too
    json = JSON.parse(zlib.gunzipSync(packed, { maxOutputLength: ARCHIVE_MAX_BYTES }).toString('utf8'));
  } catch (error) {
    throw new WorkflowError(`${file} is damaged: not a readable gzip-compressed JSON document (${(error as Error).message})`);
  }
  const parsed = ArchiveDocument.safeParse(json);
  if (!parsed.success) throw new WorkflowError(`${file} is damaged: ${describeIssue(parsed.error.issues[0])}`);
  const document = parsed.data;
  if (document.id !== id) throw new WorkflowError(`${file} holds workflow "${document.id}", not "${id}"`);
  const files = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(document.files)) {
    const data = unpackFile(entry);
    if (data.length !== entry.size || sha256(data) !== entry.sha256) {
      throw new WorkflowError(`${file} is damaged: ${name} does not match its recorded SHA-256`);
    }
    files.set(name, data);
  }
  if (!files.has('state.json') && !files.has('state.backup.json')) throw new WorkflowError(`${file} holds no state.json`);
  return { document, files, size: packed.length };
}

function archivedIds(storeDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(archiveDir(storeDir));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(ARCHIVE_SUFFIX))
    .map((name) => name.slice(0, -ARCHIVE_SUFFIX.length))
    .filter((id) => WORKFLOW_ID_PATTERN.test(id))
    .sort();
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
const ArchivedSummary = z.object({ status: WorkflowStatus, task: z.object({ description: z.string() }) });
type ArchivedSummary = z.infer<typeof ArchivedSummary>;

/** Task and status from the archive's state.json, or its backup. */
function archivedSummary(files: Map<string, Buffer>): ArchivedSummary | null {
  for (const name of ['state.json', 'state.backup.json']) {
    const data = files.get(name);
    if (!data) continue;
    try {
      const parsed = ArchivedSummary.safeParse(JSON.parse(data.toString('utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // not JSON: try the backup
    }
  }
  return null;
}

/** Every archive of the store, most recently archived first; an unreadable one is a problem, not an error. */
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
