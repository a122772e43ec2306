// Sync through a synced folder (folder-versions.ts keeps the versions and heads there): push,
// status, pull and resolve, read the same way as with a git remote.
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { newestFirst } from '../shared/ordering.ts';
import { assertWorkflowId } from '../store/ids.ts';
import { replaceWorkflowFiles, workflowPath, type Place } from '../store/store.ts';
import { sealState } from '../store/sealed.ts';
import type { WorkflowState } from '../schemas.ts';
import { readStoreFiles, stateOf, storeIds, type WorkflowFiles } from './files.ts';
import {
  filesHash,
  filesOf,
  folderIds,
  guarded,
  isAncestor,
  newVersion,
  openSyncFolder,
  readRecord,
  remoteHeads,
  snapshot,
  versionOf,
  writeHead,
  writeRecord,
  type SyncFolder,
} from './folder-versions.ts';
import { applyResolution, mergeHistories, mergeStates, summarize } from './merge.ts';
import { notDiverged, notTaken, pushRejected, withLocalChanges } from './model.ts';
import type { Divergence, PulledWorkflow, PushedWorkflow, Resolution, ResolveResult } from './model.ts';
import type { SyncBackend, SyncRows, SyncState, WorkflowSyncStatus } from './model.ts';

/** The synced folder `dir` as a sync backend. */
export function folderBackend(place: Place, dir: string): SyncBackend {
  const open = () => openSyncFolder(place, dir);
  const label = open().label;
  return {
    push: (id) => pushToFolder(open(), id),
    pull: (id) => pullFromFolder(open(), id),
    status: () => folderStatus(open()),
    describe: (id) => describeFolderDivergence(open(), id),
    resolve: (id, use) => resolveFolderDivergence(open(), id, use),
    configured: () => Promise.resolve(true),
    name: label,
    label: 'folder',
    statusHeading: `against ${label}:`,
    nothingPulled: `${label} has no workflows of this project`,
    nothingToShow: `no workflows here or in ${label}`,
    resolvedWhere: ` to ${label}`,
  };
}

function classify(folder: SyncFolder, id: string, local: string | null, heads: string[]): SyncState {
  if (heads.length === 0) return 'local_only';
  if (!local) return 'remote_only';
  if (heads.length > 1) {
    // this machine's version already holds all but one head: the one left decides
    const others = heads.filter((h) => !isAncestor(folder, id, h, local));
    if (others.length === 0) return 'ahead'; // a resolution of them all, not pushed yet
    if (others.length !== 1) return 'diverged';
    heads = others;
  }
  const [remote] = heads as [string];
  if (local === remote) return 'in_sync';
  if (isAncestor(folder, id, local, remote)) return 'behind';
  if (isAncestor(folder, id, remote, local)) return 'ahead';
  return 'diverged';
}

function takeVersion(folder: SyncFolder, id: string, version: string): void {
  const files = filesOf(versionOf(folder, id, version));
  replaceWorkflowFiles(folder.place.storeDir, id, files);
  writeRecord(folder.place.storeDir, id, version, files);
}

// ---- push, status, pull

export async function pushToFolder(folder: SyncFolder, onlyId?: string): Promise<SyncRows<PushedWorkflow>> {
  const ids = onlyId ? [assertWorkflowId(onlyId)] : storeIds(folder.place.storeDir);
  if (onlyId && !readStoreFiles(folder.place.storeDir, onlyId)) {
    throw new WorkflowError(`no readable workflow "${onlyId}" in ${folder.place.storeDir}`);
  }
  const workflows = await guarded(folder, () => {
    const out: PushedWorkflow[] = [];
    for (const id of ids) {
      const local = snapshot(folder, id);
      if (!local) continue;
      const state = classify(folder, id, local, remoteHeads(folder, id));
      if (state === 'in_sync') out.push({ id, commit: local, result: 'unchanged' });
      else if (state === 'local_only' || state === 'ahead') {
        // versions first, head last: a machine that sees the new head finds its version there
        writeHead(folder, id, local);
        out.push({ id, commit: local, result: state === 'local_only' ? 'new' : 'updated' });
      } else out.push({ id, commit: local, result: 'rejected' });
    }
    return out;
  });
  const rejected = workflows.filter((w) => w.result === 'rejected').map((w) => w.id);
  if (rejected.length > 0) throw pushRejected(`${folder.label} has newer saves of ${rejected.join(', ')}`, rejected, workflows.length - rejected.length);
  return { remote: folder.label, workflows };
}

/** Per workflow, against the folder as it is now; writes nothing. */
export function folderStatus(folder: SyncFolder): Promise<WorkflowSyncStatus[]> {
  return guarded(folder, () => statusRows(folder));
}

function statusRows(folder: SyncFolder): WorkflowSyncStatus[] {
  const ids = new Set([...storeIds(folder.place.storeDir), ...folderIds(folder)]);
  const rows: WorkflowSyncStatus[] = [];
  for (const id of [...ids].sort()) {
    const files = readStoreFiles(folder.place.storeDir, id);
    const record = readRecord(folder.place.storeDir, id);
    const unsaved = files !== null && record?.files !== filesHash(files);
    const state = withLocalChanges(classify(folder, id, record?.version ?? null, remoteHeads(folder, id)), unsaved, files !== null);
    rows.push({ id, state, unsaved_changes: unsaved });
  }
  return rows;
}

export async function pullFromFolder(folder: SyncFolder, onlyId?: string): Promise<SyncRows<PulledWorkflow>> {
  if (onlyId) assertWorkflowId(onlyId);
  return { remote: folder.label, workflows: await guarded(folder, () => pullRows(folder, onlyId)) };
}

function pullRows(folder: SyncFolder, onlyId: string | undefined): PulledWorkflow[] {
  const ids = onlyId ? [onlyId] : folderIds(folder);
  const workflows: PulledWorkflow[] = [];
  for (const id of ids) {
    const heads = remoteHeads(folder, id);
    if (heads.length === 0) {
      if (onlyId) throw new WorkflowError(`${folder.label} has no workflow "${id}"`);
      continue;
    }
    // saves made here since the last sync become a version first, so they are never overwritten
    const local = snapshot(folder, id);
    if (!local) {
      if (fs.existsSync(path.dirname(workflowPath(folder.place.storeDir, id)))) {
        workflows.push({ id, result: 'diverged' }); // a directory that cannot be read: left for doctor
        continue;
      }
      // several heads: the newest is imported, and the workflow is then diverged from the others,
      // which `sync resolve` takes in
      const newest = [...heads].sort((x, y) => newestFirst(versionOf(folder, id, y).saved_at, versionOf(folder, id, x).saved_at)).at(-1) as string;
      takeVersion(folder, id, newest);
      workflows.push({ id, result: heads.length > 1 ? 'diverged' : 'imported' });
      continue;
    }
    const state = classify(folder, id, local, heads);
    if (state === 'behind') {
      const remote = heads.find((h) => !isAncestor(folder, id, h, local)) ?? (heads[0] as string);
      takeVersion(folder, id, remote);
      workflows.push({ id, result: 'fast-forwarded' });
    } else {
      workflows.push(notTaken(id, state));
    }
  }
  return workflows;
}

// ---- resolve

interface RemoteSide {
  /** the heads this side stands for */
  heads: string[];
  files: WorkflowFiles;
  state: WorkflowState;
  label: string;
}

/**
 * The local version and the remote side of a diverged workflow. Several remote heads (conflict
 * copies) are merged into one remote side, so every resolution takes them all in.
 */
function divergedPair(folder: SyncFolder, id: string): { local: string; remote: RemoteSide } {
  const local = snapshot(folder, id);
  const heads = remoteHeads(folder, id);
  if (!local) throw new WorkflowError(`workflow "${id}" is not in this store; \`claude-workflow sync pull\` imports it`);
  if (heads.length === 0) throw new WorkflowError(`${folder.label} has no workflow "${id}"; \`claude-workflow sync push\` publishes it`);
  const state = classify(folder, id, local, heads);
  if (state !== 'diverged') throw notDiverged(id, state);
  const others = heads.filter((h) => !isAncestor(folder, id, h, local));
  const docs = others.map((h) => versionOf(folder, id, h));
  const [first, ...rest] = docs;
  if (!first) throw new Error(`resolve ${id}: diverged without a remote head`);
  let files = filesOf(first);
  let merged = stateOf(files, `${folder.label} ${id}`);
  for (const doc of rest) {
    merged = mergeStates(merged, stateOf(filesOf(doc), `${folder.label} ${id}`));
    files = { state: sealState(merged), history: mergeHistories(files.history, doc.history) };
  }
  return { local, remote: { heads: others, files, state: merged, label: others.map((h) => h.slice(0, 12)).join('+') } };
}

export function describeFolderDivergence(folder: SyncFolder, id: string): Promise<Divergence> {
  return guarded(folder, () => {
    const { local, remote } = divergedPair(folder, id);
    return {
    id,
    local: summarize(stateOf(filesOf(versionOf(folder, id, local)), `local ${id}`), local),
    remote: summarize(remote.state, remote.label),
    };
  });
}

export function resolveFolderDivergence(folder: SyncFolder, id: string, use: Resolution): Promise<ResolveResult> {
  return guarded(folder, () => resolveNow(folder, id, use));
}

function resolveNow(folder: SyncFolder, id: string, use: Resolution): ResolveResult {
  const { local, remote } = divergedPair(folder, id);
  const localFiles = filesOf(versionOf(folder, id, local));
  const { files, importedAs } = applyResolution(folder.place.storeDir, id, use, { files: localFiles, state: stateOf(localFiles, `local ${id}`) }, remote);
  // every head as a parent: the result contains them all, so the next push moves head.json on
  const version = newVersion(folder, id, files, [local, ...remote.heads]);
  writeRecord(folder.place.storeDir, id, version, files);
  return { id, use, commit: version, imported_as: importedAs };
}
