// The archive file: a gzip-compressed JSON document holding a workflow's files, each with its
// size and SHA-256; where it lives in the store, and every check it passes before it is believed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { readRegularFile } from '../shared/safe-fs.ts';
import * as z from 'zod/mini';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from './ids.ts';
import { WorkflowId, WorkflowStatus } from '../schemas.ts';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';

export const ARCHIVE_DIR = '.archive';
export const ARCHIVE_SUFFIX = '.json.gz';
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
/** transient files that are not part of a workflow: the store's lock, temp files, a session's lease */
export const SKIPPED = (name: string) => name === '.lock' || name === 'lease.json' || name.includes('.tmp-');

export const SEGMENT = /^[A-Za-z0-9._-]+$/;
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

export const ArchiveDocument = z.strictObject({
  format: z.literal('workflow-archive'),
  version: z.literal(1),
  id: WorkflowId,
  archived_at: z.iso.datetime({ offset: true }),
  files: z.record(FileName, ArchivedFile),
});
export type ArchiveDocument = z.infer<typeof ArchiveDocument>;

export function archiveDir(storeDir: string): string {
  return path.join(storeDir, ARCHIVE_DIR);
}

export function archivePath(storeDir: string, id: string): string {
  return path.join(archiveDir(storeDir), `${assertWorkflowId(id)}${ARCHIVE_SUFFIX}`);
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every regular file under `dir`, by relative path with `/`; a symlink or device is refused. */
export function packFile(data: Buffer): ArchivedFile {
  const text = data.toString('utf8');
  const integrity = { size: data.length, sha256: sha256(data) };
  // only bytes that survive the round trip through a string are stored as text
  return Buffer.from(text, 'utf8').equals(data) ? { ...integrity, text } : { ...integrity, base64: data.toString('base64') };
}

export function unpackFile(entry: ArchivedFile): Buffer {
  return 'text' in entry ? Buffer.from(entry.text, 'utf8') : Buffer.from(entry.base64, 'base64');
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
export function readArchive(file: string, id: string): { document: ArchiveDocument; files: Map<string, Buffer>; size: number } {
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

export function archivedIds(storeDir: string): string[] {
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

export const ArchivedSummary = z.object({ status: WorkflowStatus, task: z.object({ description: z.string() }) });
export type ArchivedSummary = z.infer<typeof ArchivedSummary>;

/** Task and status from the archive's state.json, or its backup. */
export function archivedSummary(files: Map<string, Buffer>): ArchivedSummary | null {
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
