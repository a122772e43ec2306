// `export` and `import` on the disk: a workflow's files into one bundle file (format in bundle.ts)
// and back into a store. An import is written to a staging directory inside the store and loaded
// there with the store's own checks before one rename puts it in place, like unarchive: a bundle
// that fails anything changes nothing.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLE_FILES, BUNDLE_SUFFIX, encodeBundle, encryptBundle, openBundle, type BundleFileName } from './bundle.ts';
import { describeDevice } from './device.ts';
import { WorkflowError } from '../shared/errors.ts';
import { READ_CAPS, readRegularFile } from '../shared/safe-fs.ts';
import { assertWorkflowId } from './ids.ts';
import { describeLiveHolder, liveHolder } from './liveness.ts';
import { WorkflowState, type HistoryEntry } from '../schemas.ts';
import { appendHistory } from './store-history.ts';
import { DIR_MODE, ensureStoreDir, FILE_MODE, loadWorkflow, STORE_FILES, toonText, withLock, workflowPath, writeFileAtomic, type Place } from './store.ts';
import { readSealed, sealState } from './sealed.ts';
import { formatBytes } from '../shared/text.ts';

interface ExportResult {
  id: string;
  path: string;
  files: BundleFileName[];
  bytes: number;
  encrypted: boolean;
}

export function defaultBundlePath(cwd: string, id: string): string {
  return path.join(cwd, `${assertWorkflowId(id)}${BUNDLE_SUFFIX}`);
}

/** Everything about the output file that can fail, checked before a passphrase is asked for. */
export function checkExportTarget(out: string, force: boolean): void {
  if (out === '-') throw new WorkflowError('--out -: a bundle is binary (gzip or ciphertext) and is written to a file; name one with --out <file>', 2);
  if (!fs.existsSync(path.dirname(out))) throw new WorkflowError(`${path.dirname(out)} does not exist; create it or choose another --out`);
  if (fs.existsSync(out) && !force) throw new WorkflowError(`${out} already exists; choose another --out, or pass --force to replace it`);
}

/** Writes `<id>`'s state.json, its backup and its history into one bundle file at `out`. */
export async function exportWorkflow(
  place: Place,
  id: string,
  options: { out: string; force: boolean; passphrase: (() => Promise<string>) | null },
  now: Date,
): Promise<ExportResult> {
  loadWorkflow(place.storeDir, assertWorkflowId(id)); // an unknown id fails naming the ids that exist
  checkExportTarget(options.out, options.force);
  const dir = path.join(place.storeDir, id);
  // under the store's lock: state.json and its backup from the same save, not one from each of two
  const files = withLock(dir, () => {
    const state = readSealed(path.join(dir, STORE_FILES.state));
    if (!state.ok) throw new WorkflowError(`${state.problem}; export needs a sound state.json: run \`claude-workflow doctor\` first`);
    const read = new Map<BundleFileName, Buffer>();
    for (const name of BUNDLE_FILES) {
      try {
        // only regular files of the store: never a link's target (a key, /proc/self/environ)
        read.set(name, readRegularFile(path.join(dir, name), READ_CAPS.history));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return read;
  });
  const { hostname, platform, plugin_version } = describeDevice();
  let data = encodeBundle({ id, exportedAt: now, device: { hostname, platform, plugin_version }, files });
  if (options.passphrase) data = encryptBundle(data, await options.passphrase());
  writeFileAtomic(options.out, data);
  return { id, path: options.out, files: [...files.keys()], bytes: data.length, encrypted: options.passphrase !== null };
}

interface ImportResult {
  id: string;
  path: string;
  files: BundleFileName[];
  encrypted: boolean;
  /** the id in the bundle (differs from `id` with --as) */
  source_id: string;
  exported_at: string;
  exported_on: string;
  task: string;
  /** an existing workflow was replaced (--force); its state.json is now the backup */
  replaced: boolean;
  warnings: string[];
}

function readBundleFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkflowError(code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${code ?? 'error'})`);
  }
}

function existsMessage(id: string, dir: string): string {
  return `a workflow ${id} already exists (${dir}); import under another id with --as <new-id>, or replace it with --force (its current state.json is kept as the backup)`;
}

/** Imports a bundle as a paused workflow; see the header of this file for how it stays all-or-nothing. */
export async function importWorkflow(
  place: Place,
  file: string,
  options: { as: string | null; force: boolean; passphrase: () => Promise<string> },
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<ImportResult> {
  if (options.as !== null) {
    assertWorkflowId(options.as);
    const dir = path.join(place.storeDir, options.as);
    if (fs.existsSync(dir) && !options.force) throw new WorkflowError(existsMessage(options.as, dir)); // before any passphrase prompt
  }
  const bundle = await openBundle(readBundleFile(file), file, options.passphrase);
  const sourceId = bundle.document.id;
  const id = options.as ?? sourceId;
  const dir = path.join(place.storeDir, id);
  const exists = fs.existsSync(dir);
  if (exists && !options.force) throw new WorkflowError(existsMessage(id, dir));
  ensureStoreDir(place.storeDir);
  // a dot name: the store's listings only see workflow ids, so a crash leaves nothing half-imported in them
  const staging = path.join(place.storeDir, `.import-${id}-${randomBytes(4).toString('hex')}`);
  const hide = (text: string) => text.replaceAll(path.join(staging, id), `<bundle ${path.basename(file)}>`);
  try {
    const stagedDir = path.join(staging, id);
    fs.mkdirSync(stagedDir, { recursive: true, mode: DIR_MODE });
    for (const [name, data] of bundle.files) fs.writeFileSync(path.join(stagedDir, name), data, { mode: FILE_MODE, flag: 'wx' });

    // state.json itself must pass the store's checks (sealed checksum, schema, migrations): the
    // backup fallback that a damaged local store gets is no excuse for a bundle
    const read = readSealed(path.join(stagedDir, STORE_FILES.state));
    if (!read.ok) throw new WorkflowError(`${file} is refused: ${hide(read.problem)}`);
    if (read.state.id !== sourceId) throw new WorkflowError(`${file} is refused: its state.json is workflow "${read.state.id}", but the bundle says "${sourceId}"`);
    const warnings: string[] = [];
    // paused: the work continues here only when someone resumes it. The exporter's session does
    // not exist on this machine, and on the same one it must not count as holding the copy.
    const state = WorkflowState.parse({ ...read.state, id, status: 'paused', session: { id: null, transcript_path: null } });
    fs.writeFileSync(path.join(stagedDir, STORE_FILES.state), sealState(state), { mode: FILE_MODE });
    fs.writeFileSync(path.join(stagedDir, STORE_FILES.toon), toonText(state), { mode: FILE_MODE });
    if (id !== sourceId && bundle.files.has('state.backup.json')) {
      // the backup must name the workflow it is the backup of
      const backupFile = path.join(stagedDir, STORE_FILES.backup);
      const backup = readSealed(backupFile);
      if (backup.ok) fs.writeFileSync(backupFile, sealState({ ...backup.state, id }), { mode: FILE_MODE });
      else {
        fs.rmSync(backupFile);
        warnings.push(`the bundle's state.backup.json was not imported (${hide(backup.problem)})`);
      }
    }
    appendHistory(staging, id, importEntry(state, file, bundle.document.device.hostname, bundle.document.exported_at, now));
    const loaded = loadWorkflow(staging, id); // the store's own reader, on exactly what will be put in place
    warnings.push(...loaded.warnings.map(hide));

    if (!exists) {
      if (fs.existsSync(dir)) throw new WorkflowError(`a workflow ${id} appeared while importing (${dir}); nothing was changed`);
      fs.renameSync(stagedDir, dir);
    } else {
      replaceExisting(place, id, dir, stagedDir, staging, env, now);
    }
    return {
      id,
      path: workflowPath(place.storeDir, id),
      files: [...bundle.files.keys()],
      encrypted: bundle.encrypted,
      source_id: sourceId,
      exported_at: bundle.document.exported_at,
      exported_on: bundle.document.device.hostname,
      task: state.task.description,
      replaced: exists,
      warnings,
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** --force: the imported directory takes the place of the existing one, whose state.json becomes the backup. */
function replaceExisting(place: Place, id: string, dir: string, stagedDir: string, staging: string, env: NodeJS.ProcessEnv, now: Date): void {
  let current: WorkflowState | null = null;
  try {
    current = loadWorkflow(place.storeDir, id).state;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error; // a damaged workflow can be replaced: that is what --force is for
  }
  const holder = current ? liveHolder(place, current, env, now) : null;
  if (holder) throw new WorkflowError(`workflow ${id} is held by a live ${describeLiveHolder(holder, now)}; import it once that session has ended, or with --as <new-id>`);
  // under the store's lock, so that no save lands between reading the old state and the swap
  withLock(dir, () => {
    const previous = readSealed(path.join(dir, STORE_FILES.state));
    const fallback = previous.ok ? previous : readSealed(path.join(dir, STORE_FILES.backup));
    const backupFile = path.join(stagedDir, STORE_FILES.backup);
    if (fallback.ok) fs.writeFileSync(backupFile, fallback.text, { mode: FILE_MODE });
    else fs.rmSync(backupFile, { force: true });
    const replaced = path.join(staging, '.replaced');
    fs.renameSync(dir, replaced);
    try {
      fs.renameSync(stagedDir, dir);
    } catch (error) {
      fs.renameSync(replaced, dir); // put the old one back: an import changes all or nothing
      throw error;
    }
  });
}

function importEntry(state: WorkflowState, file: string, exportedOn: string, exportedAt: string, now: Date): HistoryEntry {
  return {
    at: now.toISOString(),
    // the history has no "import" event (older readers would drop the line); an import leaves the workflow paused
    event: 'pause',
    device: describeDevice().hostname,
    branch: state.git?.branch ?? null,
    commit: state.git?.commit ?? null,
    summary: `imported from ${path.basename(file)} (exported ${exportedAt.slice(0, 16).replace('T', ' ')} UTC on ${exportedOn})`.slice(0, 200),
    session_id: null,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function renderExported(result: ExportResult): string {
  return `Exported ${result.id} to ${result.path} (${plural(result.files.length, 'file')}, ${formatBytes(result.bytes)}${result.encrypted ? ', encrypted' : ''})`;
}

export function renderImported(result: ImportResult, invocation = 'claude-workflow'): string {
  const as = result.id === result.source_id ? '' : ` as ${result.id}`;
  const details = [
    'paused',
    ...(result.replaced ? ['replaced the existing one'] : []),
    `${result.encrypted ? 'encrypted' : 'plain'} bundle of ${plural(result.files.length, 'file')}`,
    `exported on ${result.exported_on} ${result.exported_at.slice(0, 16).replace('T', ' ')} UTC`,
  ];
  const line = `Imported ${result.source_id}${as} (${details.join(', ')}). Resume with: ${invocation} resume ${result.id}`;
  return [line, ...result.warnings.map((w) => `  Warning: ${w}`)].join('\n');
}
