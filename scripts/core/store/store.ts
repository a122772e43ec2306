// The on-disk store: `<store>/<id>/{state.json,state.toon,state.backup.json,history.jsonl}`.
// Every write goes to a temp file that is fsynced and renamed over the target, so a reader sees
// the old file or the new one, never half of one; the last good state.json is kept as backup.
import fs from 'node:fs';
import path from 'node:path';
import { encode } from '@toon-format/toon';
import { writeFileAtomic, writeFilesAtomic } from '../shared/atomic-write.ts';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from './ids.ts';
import { redactState } from '../redact/redact.ts';
import { WorkflowState } from '../schemas.ts';
import { SCHEMA_VERSION } from '../shared/state-fields.ts';
import { rememberVerified } from './state-memo.ts';
import { fileSignature } from '../shared/file-signature.ts';
import { readSealed, readsBackAsItself, sealed, parseSealed, type SealedRead } from './sealed.ts';
import { LOCK_FILE, LOCK_STALE_MS, withLock } from './store-lock.ts';
import { newestFirst } from '../shared/ordering.ts';
import { existingIds } from './store-ids.ts';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
const STATE_FILE = 'state.json';
const TOON_FILE = 'state.toon';
const BACKUP_FILE = 'state.backup.json';
const HISTORY_FILE = 'history.jsonl';
/** written only by sync through a folder: the version the files were last synced as */
const SYNC_RECORD_FILE = 'sync.json';
/** The files of a workflow directory, for `doctor`. */
export const STORE_FILES = { state: STATE_FILE, toon: TOON_FILE, backup: BACKUP_FILE, history: HISTORY_FILE, lock: LOCK_FILE, sync: SYNC_RECORD_FILE } as const;

const STORE_GITIGNORE = `# Workflow state is personal (paths, hostnames, session ids) and stays out of commits.
# Delete this file to commit the workflows with the project.
*
`;

/** A project and the store that holds its workflows. */
export interface Place {
  projectDir: string;
  storeDir: string;
}

export interface LoadedState {
  state: WorkflowState;
  warnings: string[];
  /** what a listing says of how it was read: from the backup (state.json damaged), or migrated from an older schema */
  read?: { from_backup: boolean; migrated_from: number | null };
}

/**
 * `document` is the file as written (without its checksum, before any migration): what its
 * state.toon was made from. `migratedFrom` is its older schema_version when it was upgraded.
 */
export function workflowDir(storeDir: string, id: string): string {
  const dir = path.join(storeDir, assertWorkflowId(id));
  // a workflow folder that is a link would take reads and writes out of the store
  let link = false;
  try {
    link = fs.lstatSync(dir).isSymbolicLink();
  } catch {
    // not there yet
  }
  if (link) throw new WorkflowError(`${dir} is a symbolic link, not a workflow folder; remove it or move the workflow back into the store`);
  return dir;
}

export function workflowPath(storeDir: string, id: string): string {
  return path.join(workflowDir(storeDir, id), STATE_FILE);
}

function migrationWarning(file: string, read: SealedRead): string[] {
  return read.ok && read.migratedFrom !== null
    ? [`${file} migrated from schema v${read.migratedFrom} to v${SCHEMA_VERSION}; it is written as v${SCHEMA_VERSION} at the next save`]
    : [];
}

export { LOCK_STALE_MS, withLock, writeFileAtomic };

/** state.toon: the state in TOON, made from the same document as state.json. */
export function toonText(state: unknown): string {
  return `${encode(state)}\n`;
}

/** Creates the store (private, with its .gitignore) when it does not exist yet. */
export function ensureStoreDir(storeDir: string): void {
  if (!fs.existsSync(storeDir)) {
    fs.mkdirSync(storeDir, { recursive: true, mode: DIR_MODE });
    fs.chmodSync(storeDir, DIR_MODE);
    fs.writeFileSync(path.join(storeDir, '.gitignore'), STORE_GITIGNORE, { mode: FILE_MODE });
  }
}

function ensureWorkflowDir(storeDir: string, id: string): string {
  const dir = workflowDir(storeDir, id); // refuses a bad id before anything is created
  ensureStoreDir(storeDir);
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  return dir;
}

/** How many ids an unknown id's error names: a store of fifty would make it a paragraph. */
const IDS_NAMED = 5;

/** The ids most like `id` (the longest shared beginning first: a typo, a date off by one), at most IDS_NAMED. */
function likeliest(id: string, ids: readonly string[]): string[] {
  const shared = (other: string): number => {
    let n = 0;
    while (n < id.length && id[n] === other[n]) n++;
    return n;
  };
  return ids
    .map((other) => ({ other, n: shared(other) }))
    .sort((a, b) => b.n - a.n || (a.other < b.other ? -1 : 1))
    .slice(0, IDS_NAMED)
    .map(({ other }) => other);
}

function unknownId(storeDir: string, id: string): WorkflowError {
  const ids = existingIds(storeDir);
  if (ids.length === 0) return new WorkflowError(`no workflow "${id}": this project has no workflows yet (${storeDir})`);
  if (ids.length <= IDS_NAMED) return new WorkflowError(`no workflow "${id}"; existing workflows: ${ids.join(', ')}`);
  const named = likeliest(id, ids);
  return new WorkflowError(`no workflow "${id}"; the nearest of ${ids.length}: ${named.join(', ')} (claude-workflow list shows them all)`);
}

function ageOf(file: string): string {
  try {
    const minutes = Math.round((Date.now() - fs.statSync(file).mtimeMs) / 60_000);
    return minutes < 60 ? `${minutes} min` : minutes < 2880 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} days`;
  } catch {
    return 'unknown time';
  }
}

/** Loads a workflow, falling back to the backup when state.json is damaged; never writes. */
export function readWorkflow(dir: string): LoadedState {
  return readWorkflowAndFile(dir).loaded;
}

/** readWorkflow, with the read of state.json itself: what a save keeps as the backup. */
function readWorkflowAndFile(dir: string): { loaded: LoadedState; main: SealedRead } {
  const stateFile = path.join(dir, STATE_FILE);
  const main = readSealed(stateFile);
  if (main.ok) return { loaded: { state: main.state, warnings: migrationWarning(stateFile, main), read: { from_backup: false, migrated_from: main.migratedFrom } }, main };
  if (main.fatal) throw new WorkflowError(main.problem);
  const backupFile = path.join(dir, BACKUP_FILE);
  const backup = readSealed(backupFile);
  if (backup.ok) {
    const warnings = [`${main.problem}; using ${BACKUP_FILE}, written ${ageOf(backupFile)} ago`, ...migrationWarning(backupFile, backup)];
    return { loaded: { state: backup.state, warnings, read: { from_backup: true, migrated_from: backup.migratedFrom } }, main };
  }
  throw new WorkflowError(`${main.problem}, and ${backup.problem}; nothing was changed`);
}

export function loadWorkflow(storeDir: string, id: string): LoadedState {
  const dir = workflowDir(storeDir, id);
  if (!fs.existsSync(dir)) throw unknownId(storeDir, id);
  return readWorkflow(dir);
}

interface StoreListing {
  workflows: LoadedState[];
  problems: string[];
}

/** Every readable workflow of the store, most recently updated first. */
/** The states of these ids, in order, without duplicates; an id that is gone (deleted, archived) is skipped. */
/** `first`, already read, then the workflow `otherId` when it is another one and can be read. */
export function withWorkflowIfPresent(storeDir: string, first: WorkflowState | null, otherId: string | null): WorkflowState[] {
  return [...(first ? [first] : []), ...loadWorkflowsIfPresent(storeDir, [otherId === first?.id ? null : otherId])];
}

export function loadWorkflowsIfPresent(storeDir: string, ids: readonly (string | null)[]): WorkflowState[] {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  return unique.flatMap((id) => {
    try {
      return [loadWorkflow(storeDir, id).state];
    } catch {
      return [];
    }
  });
}

export function listWorkflows(storeDir: string): StoreListing {
  const workflows: LoadedState[] = [];
  const problems: string[] = [];
  for (const id of existingIds(storeDir)) {
    try {
      workflows.push(readWorkflow(path.join(storeDir, id)));
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      problems.push(error.message);
    }
  }
  workflows.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
  return { workflows, problems };
}

/**
 * Applies `change` to the current state of a workflow (null when it does not exist yet) under a
 * lock, keeps the previous good state.json as the backup, and writes the new one atomically.
 */
export function updateWorkflow(
  storeDir: string,
  id: string,
  change: (current: LoadedState | null) => WorkflowState,
): LoadedState {
  const dir = ensureWorkflowDir(storeDir, id);
  return withLock(dir, () => {
    const stateFile = path.join(dir, STATE_FILE);
    const read = fs.existsSync(stateFile) || fs.existsSync(path.join(dir, BACKUP_FILE)) ? readWorkflowAndFile(dir) : null;
    const current = read?.loaded ?? null;
    // a safety net under every writer: callers scrub (and count) first, this catches the rest
    const next = redactState(WorkflowState.parse(change(current))).state;
    if (next.id !== id) throw new Error(`updateWorkflow(${id}) produced a state with id ${next.id}`);
    // the state.json read above, kept as the backup when it was good (read once: it is parsed in full)
    const previous = read?.main ?? null;
    const seal = sealed(next);
    // all or none: a full disk leaves the previous state.json and its backup as they were
    writeFilesAtomic([
      ...(previous?.ok ? [[path.join(dir, BACKUP_FILE), previous.text] as const] : []),
      [stateFile, seal.text],
      [path.join(dir, TOON_FILE), toonText(next)],
    ]);
    // the next session start need not verify what this save just wrote (nobody else writes it under the lock)
    rememberVerified(stateFile, fileSignature(fs.lstatSync(stateFile)), seal.checksum, next, readsBackAsItself(next));
    // this save wrote the upgrade the read promised
    const warnings = (current?.warnings ?? []).map((w) => w.replace(/; it is written as (v\d+) at the next save$/, '; saved as $1'));
    return { state: next, warnings };
  });
}

/** `id`, or `id-2`, `id-3`… when a workflow already has it (same task in the same second). */
export function freeWorkflowId(storeDir: string, id: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (!fs.existsSync(workflowDir(storeDir, candidate))) return candidate;
  }
}

export function storeExists(storeDir: string): boolean {
  return fs.existsSync(storeDir);
}

/**
 * Replaces a workflow's files with ones that came from elsewhere (sync): the state text is checked
 * like a read before anything is written, the previous good state.json becomes the backup, and
 * state.toon is made again from the new document. The text is written as it came, so its
 * checksum (and the other machine's project path) stay as they were.
 */
export function replaceWorkflowFiles(storeDir: string, id: string, files: { state: string; history: string | null }): WorkflowState {
  const checked = parseSealed(files.state, `${id}/${STATE_FILE}`);
  if (!checked.ok) throw new WorkflowError(checked.problem);
  if (checked.state.id !== id) throw new WorkflowError(`${id}/${STATE_FILE} holds workflow "${checked.state.id}"; nothing was changed`);
  const dir = ensureWorkflowDir(storeDir, id);
  return withLock(dir, () => {
    const stateFile = path.join(dir, STATE_FILE);
    const previous = readSealed(stateFile);
    writeFilesAtomic([
      ...(previous.ok ? [[path.join(dir, BACKUP_FILE), previous.text] as const] : []),
      [stateFile, files.state],
      [path.join(dir, TOON_FILE), toonText(checked.document)],
      ...(files.history !== null ? [[path.join(dir, HISTORY_FILE), files.history] as const] : []),
    ]);
    return checked.state;
  });
}
