// Sync through the project's own git remote. Each workflow's files (state.json, history.jsonl)
// are stored as git objects under `refs/workflows/<id>`, a commit per save that changed them, and
// pushed and fetched like any ref. Only plumbing is used (hash-object, mktree, commit-tree,
// update-ref, push/fetch of explicit refspecs): the user's branches, HEAD, index and working tree
// are never touched. Remote-tracking copies live under `refs/workflow-remotes/<remote>/<id>`, so
// a fetch never moves a local workflow ref; only pull (fast-forward) and resolve do, by
// compare-and-swap. That namespace is the plugin's own: outside refs/remotes/, the copies stay out
// of `git branch -r` and IDEs' branch lists, and `git fetch --prune` leaves them alone.
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from '../store/ids.ts';
import { replaceWorkflowFiles, STORE_FILES, workflowPath, type Place } from '../store/store.ts';
import { readStoreFiles, stateOf, storeIds, type WorkflowFiles } from './files.ts';
import {
  commitTree,
  filesAt,
  firstLine,
  gitOk,
  hashBlob,
  isAncestor,
  LOCAL_PREFIX,
  localRef,
  moveRef,
  openSyncRepo,
  refIds,
  remoteExists,
  resolveRef,
  runGit,
  snapshot,
  trackingPrefix,
  trackingRef,
  treeOf,
  type SyncRepo,
} from './git-plumbing.ts';
import { applyResolution, summarize } from './merge.ts';
import { MAX_PULLED_WORKFLOWS, NETWORK_TIMEOUT_MS, notDiverged, notTaken, pushRejected, withLocalChanges } from './model.ts';
import type { Divergence, PulledWorkflow, PushedWorkflow, Resolution, ResolveResult } from './model.ts';
import type { SyncBackend, SyncRows, SyncState, WorkflowSyncStatus } from './model.ts';

/** The project's git remote `remote` as a sync backend. */
export async function gitRemoteBackend(place: Place, env: NodeJS.ProcessEnv, remote: string): Promise<SyncBackend> {
  const repo = await openSyncRepo(place, env, remote);
  return {
    push: (id) => pushWorkflows(repo, id),
    pull: (id, timeoutMs) => pullWorkflows(repo, id, timeoutMs),
    status: () => syncStatus(repo),
    describe: (id) => describeDivergence(repo, id),
    resolve: (id, use) => resolveDivergence(repo, id, use),
    configured: () => remoteExists(repo),
    name: remote,
    label: remote,
    statusHeading: `against ${remote} as of the last pull or push:`,
    nothingPulled: `${remote} has no workflows`,
    nothingToShow: 'no workflows here or on the remote (as of the last pull)',
    resolvedWhere: '',
  };
}

function pendingError(repo: SyncRepo, reason: string): WorkflowError {
  return new WorkflowError(
    `sync pending: ${reason}; the workflows are saved locally (refs/workflows/*), run \`claude-workflow sync push\` again once "${repo.remote}" is reachable`,
  );
}

// ---------------------------------------------------------------------------------------------
// push

export async function pushWorkflows(repo: SyncRepo, onlyId?: string, timeoutMs = NETWORK_TIMEOUT_MS): Promise<SyncRows<PushedWorkflow>> {
  const ids = onlyId ? [assertWorkflowId(onlyId)] : storeIds(repo.place.storeDir);
  if (onlyId && !readStoreFiles(repo.place.storeDir, onlyId)) {
    throw new WorkflowError(`no readable workflow "${onlyId}" in ${repo.place.storeDir}`);
  }
  const commits = new Map<string, string>();
  for (const id of ids) {
    const saved = await snapshot(repo, id);
    if (saved) commits.set(id, saved.commit);
  }
  if (commits.size === 0) return { remote: repo.remote, workflows: [] };
  if (!(await remoteExists(repo))) {
    throw pendingError(repo, `this repository has no remote "${repo.remote}" (add one with \`git remote add ${repo.remote} <url>\` or pass --remote)`);
  }
  const refspecs = [...commits.keys()].map((id) => `${localRef(id)}:${localRef(id)}`);
  // --porcelain gives one parseable line per ref, so a partial rejection is reported per workflow
  const result = await runGit(repo, ['push', '--porcelain', repo.remote, ...refspecs], { timeoutMs });
  const flags = new Map<string, string>();
  for (const line of result.stdout.split('\n')) {
    const match = /^(.)\t([^:]+):(\S+)\t/.exec(line);
    if (match?.[1] && match[3]?.startsWith(LOCAL_PREFIX)) flags.set(match[3].slice(LOCAL_PREFIX.length), match[1]);
  }
  if (flags.size === 0) throw pendingError(repo, `git push to "${repo.remote}" failed (${firstLine(result.stderr) || `exit ${result.code}`})`);
  const workflows: PushedWorkflow[] = [];
  for (const [id, commit] of commits) {
    const flag = flags.get(id);
    const outcome: PushedWorkflow['result'] = flag === '*' ? 'new' : flag === '=' ? 'unchanged' : flag === ' ' || flag === '+' ? 'updated' : 'rejected';
    // the remote now has this commit: record it as the remote-tracking ref, as a fetch would
    if (outcome !== 'rejected') await gitOk(repo, ['update-ref', trackingRef(repo, id), commit]);
    workflows.push({ id, commit, result: outcome });
  }
  const rejected = workflows.filter((w) => w.result === 'rejected').map((w) => w.id);
  if (rejected.length > 0) throw pushRejected(`"${repo.remote}" rejected ${rejected.join(', ')} (both sides saved since the last sync)`, rejected, workflows.length - rejected.length);
  return { remote: repo.remote, workflows };
}

// ---------------------------------------------------------------------------------------------
// status and pull

async function classify(repo: SyncRepo, local: string | null, remote: string | null): Promise<SyncState> {
  if (!remote) return 'local_only'; // also a workflow only in the store, never recorded on a ref
  if (!local) return 'remote_only';
  if (local === remote) return 'in_sync';
  if (await isAncestor(repo, local, remote)) return 'behind';
  if (await isAncestor(repo, remote, local)) return 'ahead';
  return 'diverged';
}

async function hasUnsavedChanges(repo: SyncRepo, files: WorkflowFiles | null, local: string | null): Promise<boolean> {
  if (!files) return false;
  if (!local) return true;
  // blob ids compared with the ref's tree listing: mktree would store a tree object, and status
  // writes nothing
  const expected = [`${await hashBlob(repo, files.state, false)}\t${STORE_FILES.state}`];
  if (files.history !== null) expected.push(`${await hashBlob(repo, files.history, false)}\t${STORE_FILES.history}`);
  const listed = (await gitOk(repo, ['ls-tree', local]))
    .split('\n')
    .map((line) => line.replace(/^\S+ blob /, ''))
    .filter((line) => line !== '');
  return [...expected].sort().join('\n') !== [...listed].sort().join('\n');
}

/** Per workflow, from the refs as they are (no network): run pull first for the remote's news. */
export async function syncStatus(repo: SyncRepo): Promise<WorkflowSyncStatus[]> {
  const ids = new Set([...storeIds(repo.place.storeDir), ...(await refIds(repo, LOCAL_PREFIX)), ...(await refIds(repo, trackingPrefix(repo)))]);
  const rows: WorkflowSyncStatus[] = [];
  for (const id of [...ids].sort()) {
    const local = await resolveRef(repo, localRef(id));
    const remote = await resolveRef(repo, trackingRef(repo, id));
    const files = readStoreFiles(repo.place.storeDir, id);
    const unsaved = await hasUnsavedChanges(repo, files, local);
    const state = withLocalChanges(await classify(repo, local, remote), unsaved, files !== null);
    rows.push({ id, state, unsaved_changes: unsaved });
  }
  return rows;
}

async function fetchWorkflows(repo: SyncRepo, timeoutMs: number): Promise<void> {
  if (!(await remoteExists(repo))) {
    throw new WorkflowError(`sync pull: this repository has no remote "${repo.remote}" (add one with \`git remote add ${repo.remote} <url>\` or pass --remote)`);
  }
  // a fetch killed by the time limit leaves the refs as they were: git updates them at the end
  const result = await runGit(repo, ['fetch', '--quiet', '--no-tags', repo.remote, `+${LOCAL_PREFIX}*:${trackingPrefix(repo)}*`], { timeoutMs });
  if (result.code !== 0) {
    throw new WorkflowError(`sync pull: git fetch from "${repo.remote}" failed (${firstLine(result.stderr) || `exit ${result.code}`}); nothing was changed`);
  }
}

/** Writes the files of `commit` into the store and moves the local ref there (compare-and-swap). */
async function takeCommit(repo: SyncRepo, id: string, commit: string, old: string | null, reason: string): Promise<void> {
  const files = await filesAt(repo, commit);
  // checked before the ref moves: a damaged remote state never becomes the local one
  replaceWorkflowFiles(repo.place.storeDir, id, files);
  await moveRef(repo, localRef(id), commit, old, reason);
}

export async function pullWorkflows(repo: SyncRepo, onlyId?: string, timeoutMs = NETWORK_TIMEOUT_MS): Promise<SyncRows<PulledWorkflow>> {
  if (onlyId) assertWorkflowId(onlyId);
  const deadline = Date.now() + timeoutMs;
  await fetchWorkflows(repo, timeoutMs);
  const ids = onlyId ? [onlyId] : await refIds(repo, trackingPrefix(repo));
  const workflows: PulledWorkflow[] = [];
  for (const [index, id] of ids.entries()) {
    // bounded in count and time: a remote with hundreds of workflows cannot hold a session start
    if (index >= MAX_PULLED_WORKFLOWS) {
      workflows.push({ id, result: 'refused', reason: `more than ${MAX_PULLED_WORKFLOWS} workflows on the remote` });
      continue;
    }
    if (Date.now() > deadline) {
      workflows.push({ id, result: 'refused', reason: 'out of time; the next pull takes it' });
      continue;
    }
    try {
      workflows.push(await pullOne(repo, id, onlyId !== undefined));
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      // one bad workflow on the remote never stops the others
      if (onlyId) throw error;
      workflows.push({ id, result: 'refused', reason: error.message });
    }
  }
  return { remote: repo.remote, workflows };
}

async function pullOne(repo: SyncRepo, id: string, named: boolean): Promise<PulledWorkflow> {
  const remote = await resolveRef(repo, trackingRef(repo, id));
  if (!remote) {
    if (named) throw new WorkflowError(`"${repo.remote}" has no workflow "${id}"`);
    throw new WorkflowError('its remote ref does not name a commit');
  }
  // saves made here since the last sync become a commit first, so they are never overwritten
  const saved = await snapshot(repo, id);
  const local = saved?.commit ?? (await resolveRef(repo, localRef(id)));
  const storeHasIt = fs.existsSync(path.dirname(workflowPath(repo.place.storeDir, id)));
  if (!local) {
    // a directory of that id that cannot be read: leave it for doctor, do not overwrite it
    if (storeHasIt) return { id, result: 'diverged' };
    await takeCommit(repo, id, remote, null, 'workflow sync: import');
    return { id, result: 'imported' };
  }
  const state = await classify(repo, local, remote);
  if (state === 'behind') {
    await takeCommit(repo, id, remote, local, 'workflow sync: fast-forward');
    return { id, result: 'fast-forwarded' };
  }
  return notTaken(id, state);
}

// ---------------------------------------------------------------------------------------------
// resolve

/** Local and remote commits of a diverged workflow; anything else is refused with what to do. */
async function divergedPair(repo: SyncRepo, id: string): Promise<{ local: string; remote: string }> {
  const saved = await snapshot(repo, id);
  const local = saved?.commit ?? (await resolveRef(repo, localRef(id)));
  const remote = await resolveRef(repo, trackingRef(repo, id));
  if (!local) throw new WorkflowError(`workflow "${id}" is not in this store; \`claude-workflow sync pull\` imports it`);
  if (!remote) throw new WorkflowError(`"${repo.remote}" has no workflow "${id}" (as of the last pull); \`claude-workflow sync push\` publishes it`);
  const state = await classify(repo, local, remote);
  if (state !== 'diverged') {
    throw notDiverged(id, state, " (run `claude-workflow sync pull` first to see the remote's latest)");
  }
  return { local, remote };
}

export async function describeDivergence(repo: SyncRepo, id: string): Promise<Divergence> {
  const { local, remote } = await divergedPair(repo, id);
  return {
    id,
    local: summarize(stateOf(await filesAt(repo, local), `local ${id}`), local),
    remote: summarize(stateOf(await filesAt(repo, remote), `${repo.remote} ${id}`), remote),
  };
}

export async function resolveDivergence(repo: SyncRepo, id: string, use: Resolution): Promise<ResolveResult> {
  const { local, remote } = await divergedPair(repo, id);
  const localFiles = await filesAt(repo, local);
  const remoteFiles = await filesAt(repo, remote);
  const localState = stateOf(localFiles, `local ${id}`);
  const remoteState = stateOf(remoteFiles, `${repo.remote} ${id}`);
  const { files, importedAs } = applyResolution(repo.place.storeDir, id, use, { files: localFiles, state: localState }, { files: remoteFiles, state: remoteState });
  const here = localState.device.hostname;
  const there = remoteState.device.hostname;
  const message = {
    local: `workflow ${id}: keep ${here}'s version over ${there}'s`,
    remote: `workflow ${id}: take ${there}'s version over ${here}'s`,
    merge: `workflow ${id}: merge ${here} and ${there}`,
    both: `workflow ${id}: keep both; ${there}'s version continues as ${importedAs ?? ''}`,
  }[use];
  // both parents: the remote's commit is an ancestor of the result, so the next push fast-forwards
  const commit = await commitTree(repo, await treeOf(repo, files), [local, remote], message);
  await moveRef(repo, localRef(id), commit, local, `workflow sync: resolve (${use})`);
  if (importedAs) await snapshot(repo, importedAs);
  return { id, use, commit, imported_as: importedAs };
}
