// Sync through a folder that another tool already mirrors between machines (iCloud Drive,
// Dropbox, Syncthing), for projects without a shared git remote or people who prefer it. Such
// tools copy files one at a time, late, and turn simultaneous writes into conflict copies, so the
// layout only ever adds immutable files plus one small pointer:
//
//   <dir>/<project-key>/<id>/versions/<sha256>.json   one per save: state.json and history.jsonl
//                                                     texts, parents, device, saved_at
//   <dir>/<project-key>/<id>/head.json                {"version": "<sha256>"}, replaced atomically
//
// A version's name is the sha256 of its text, so a half-copied file is recognised and waited for.
// Every `head*.json` counts (a sync tool's `head (conflicted copy).json` is another machine's
// head), and ancestry follows `parents`, so in sync / ahead / behind / diverged mean exactly what
// they mean with git refs. This machine's "local ref" (the version its store's files were last
// recorded as) lives in `<store>/<id>/sync.json`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { WorkflowError } from '../shared/errors.ts';
import { READ_CAPS, readRegularText } from '../shared/safe-fs.ts';
import { assertWorkflowId } from '../store/ids.ts';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';
import { DIR_MODE, STORE_FILES, workflowPath, writeFileAtomic, type Place } from '../store/store.ts';
import { readStoreFiles, stateOf, type WorkflowFiles } from './files.ts';

const VERSION_FORMAT = 'workflow-sync-version/1';
/** head.json and the copies sync tools make of it: `head (conflicted copy).json`, `head 2.json`, `head.sync-conflict-….json` */
const HEAD_NAME = /^head\b.*\.json$/;

/** A sync folder and the project's place in it. */
export interface SyncFolder {
  place: Place;
  /** the folder as configured */
  dir: string;
  /** `<dir>/<project-key>` */
  projectDir: string;
  /** shown to the user: `folder <dir>` */
  label: string;
  /** versions read so far, by id (they never change) */
  cache: Map<string, VersionDoc>;
}

const VersionDoc = z.object({
  format: z.literal(VERSION_FORMAT),
  id: z.string(),
  parents: z.array(z.string()),
  device: z.string(),
  saved_at: z.string(),
  state: z.string(),
  history: z.nullable(z.string()),
});
export type VersionDoc = z.infer<typeof VersionDoc>;

/** `<store>/<id>/sync.json`: the version the store's files were last recorded as. */
const LocalRecord = z.object({
  version: z.string(),
  /** sha256 of the files then, to tell whether they changed since */
  files: z.string(),
});
type LocalRecord = z.infer<typeof LocalRecord>;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function filesHash(files: WorkflowFiles): string {
  return sha256(`${files.state}\0${files.history ?? '\0none'}`);
}

/**
 * The project's name in the folder, the same on every machine: the hash of the repository's first
 * commit (clones share it whatever their path or remote URL), else the project folder's name.
 */
function projectKey(projectDir: string): string {
  const result = spawnSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: projectDir, encoding: 'utf8', timeout: 10_000 });
  const roots = result.status === 0 ? result.stdout.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)).sort() : [];
  if (roots[0]) return `git-${roots[0].slice(0, 16)}`;
  const name = path
    .basename(path.resolve(projectDir))
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '');
  return `dir-${name || 'project'}`;
}

export function pendingError(folder: SyncFolder, reason: string): WorkflowError {
  return new WorkflowError(`sync pending: ${reason}; the workflows are saved locally, run the command again once ${folder.label} is available`);
}

export function openSyncFolder(place: Place, dir: string): SyncFolder {
  const resolved = path.resolve(place.projectDir, dir);
  const folder: SyncFolder = { place, dir: resolved, projectDir: path.join(resolved, projectKey(place.projectDir)), label: `folder ${resolved}`, cache: new Map() };
  // the folder itself is never created: missing, it is most likely a drive that is not mounted or
  // a sync tool not set up on this machine, and a fresh empty folder would hide that
  try {
    if (!fs.statSync(resolved).isDirectory()) throw pendingError(folder, `${resolved} is not a directory`);
    fs.accessSync(resolved, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    if (error instanceof WorkflowError) throw error;
    throw pendingError(folder, `the sync folder ${resolved} cannot be used (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  return folder;
}

function workflowFolder(folder: SyncFolder, id: string): string {
  return path.join(folder.projectDir, assertWorkflowId(id));
}

function mkdirPrivate(dir: string): void {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir, { mode: DIR_MODE });
  fs.chmodSync(dir, DIR_MODE); // the umask may have taken bits off
}

/**
 * A file system error in the folder (a drive unmounted mid-command, a permission taken away) is
 * the folder being unavailable, not a bug: reported as pending, with local state untouched.
 */
export async function guarded<T>(folder: SyncFolder, fn: () => T): Promise<T> {
  try {
    return fn();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof WorkflowError || typeof code !== 'string') throw error;
    throw pendingError(folder, `${folder.label} could not be used (${code}: ${(error as Error).message})`);
  }
}

function readDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

// ---- versions and heads

/** A version by id, verified against its name; null while it is missing or still being copied. */
export function readVersion(folder: SyncFolder, id: string, version: string): VersionDoc | null {
  const cached = folder.cache.get(version);
  if (cached) return cached;
  let text: string;
  try {
    // a synced folder is written by others: regular files under a cap only (a version holds the
    // state and the history, each far below it)
    text = readRegularText(path.join(workflowFolder(folder, id), 'versions', `${version}.json`), READ_CAPS.syncVersion);
  } catch {
    return null;
  }
  if (sha256(text) !== version) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = VersionDoc.safeParse(json);
  if (!parsed.success || parsed.data.id !== id) return null;
  folder.cache.set(version, parsed.data);
  return parsed.data;
}

export function versionOf(folder: SyncFolder, id: string, version: string): VersionDoc {
  const doc = readVersion(folder, id, version);
  if (!doc) throw pendingError(folder, `version ${version.slice(0, 12)} of workflow "${id}" has not arrived in ${folder.label} yet (or is damaged)`);
  return doc;
}

function writeVersion(folder: SyncFolder, id: string, doc: VersionDoc): string {
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const version = sha256(text);
  const dir = path.join(workflowFolder(folder, id), 'versions');
  for (const each of [folder.projectDir, path.dirname(dir), dir]) mkdirPrivate(each);
  const file = path.join(dir, `${version}.json`);
  // immutable: the same name always holds the same text
  if (!fs.existsSync(file)) writeFileAtomic(file, text);
  folder.cache.set(version, doc);
  return version;
}

export function newVersion(folder: SyncFolder, id: string, files: WorkflowFiles, parents: string[]): string {
  const state = stateOf(files, id);
  return writeVersion(folder, id, {
    format: VERSION_FORMAT,
    id,
    parents,
    device: state.device.hostname,
    saved_at: new Date().toISOString(),
    state: files.state,
    history: files.history,
  });
}

export function filesOf(doc: VersionDoc): WorkflowFiles {
  return { state: doc.state, history: doc.history };
}

/** `descendant` has `ancestor` in its parents chain (or is it). */
export function isAncestor(folder: SyncFolder, id: string, ancestor: string, descendant: string): boolean {
  const seen = new Set<string>();
  const queue = [descendant];
  while (queue.length > 0) {
    const next = queue.pop();
    if (next === undefined || seen.has(next)) continue;
    if (next === ancestor) return true;
    seen.add(next);
    // a parent not arrived yet ends that line: not an ancestor as far as can be told
    queue.push(...(readVersion(folder, id, next)?.parents ?? []));
  }
  return false;
}

/**
 * The remote heads: the versions of every head*.json, without those another head already
 * contains. More than one means two machines wrote head at once. A head whose version has not
 * arrived stops the command: acting on the rest could overwrite it.
 */
export function remoteHeads(folder: SyncFolder, id: string): string[] {
  const dir = workflowFolder(folder, id);
  const versions = new Set<string>();
  for (const name of readDir(dir).filter((n) => HEAD_NAME.test(n)).sort()) {
    let version: unknown;
    try {
      version = (JSON.parse(readRegularText(path.join(dir, name), READ_CAPS.small)) as { version?: unknown }).version;
    } catch {
      continue; // a torn or foreign file: it names no version
    }
    if (typeof version !== 'string' || !/^[0-9a-f]{64}$/.test(version)) continue;
    versionOf(folder, id, version);
    versions.add(version);
  }
  const all = [...versions];
  return all.filter((v) => !all.some((other) => other !== v && isAncestor(folder, id, v, other)));
}

export function writeHead(folder: SyncFolder, id: string, version: string): void {
  const dir = workflowFolder(folder, id);
  mkdirPrivate(dir);
  writeFileAtomic(path.join(dir, 'head.json'), `${JSON.stringify({ version }, null, 2)}\n`);
}

export function folderIds(folder: SyncFolder): string[] {
  return readDir(folder.projectDir)
    .filter((name) => WORKFLOW_ID_PATTERN.test(name))
    .filter((name) => readDir(path.join(folder.projectDir, name)).some((n) => HEAD_NAME.test(n)))
    .sort();
}

// ---- the local side

function recordPath(storeDir: string, id: string): string {
  return path.join(path.dirname(workflowPath(storeDir, id)), STORE_FILES.sync);
}

export function readRecord(storeDir: string, id: string): LocalRecord | null {
  try {
    const record = LocalRecord.safeParse(JSON.parse(readRegularText(recordPath(storeDir, id), READ_CAPS.small)));
    if (record.success) return record.data;
  } catch {
    // none yet, or damaged: the workflow counts as never synced, which loses nothing
  }
  return null;
}

export function writeRecord(storeDir: string, id: string, version: string, files: WorkflowFiles): void {
  writeFileAtomic(recordPath(storeDir, id), `${JSON.stringify({ version, files: filesHash(files) }, null, 2)}\n`);
}

/** Records the store's files as a version when they changed since the last one (like a commit). */
export function snapshot(folder: SyncFolder, id: string): string | null {
  const files = readStoreFiles(folder.place.storeDir, id);
  const written = readRecord(folder.place.storeDir, id);
  // a version this folder does not hold was synced through another folder (the setting changed):
  // start a new line here rather than point a head at something no other machine can read
  const record = written && readVersion(folder, id, written.version) ? written : null;
  if (!files) return record?.version ?? null;
  if (record && record.files === filesHash(files)) return record.version;
  const version = newVersion(folder, id, files, record ? [record.version] : []);
  writeRecord(folder.place.storeDir, id, version, files);
  return version;
}

