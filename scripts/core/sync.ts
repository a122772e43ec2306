// Sync through the project's own git remote. Each workflow's files (state.json, history.jsonl)
// are stored as git objects under `refs/workflows/<id>`, a commit per save that changed them, and
// pushed and fetched like any ref. Only plumbing is used (hash-object, mktree, commit-tree,
// update-ref, push/fetch of explicit refspecs): the user's branches, HEAD, index and working tree
// are never touched. Remote-tracking copies live under `refs/workflow-remotes/<remote>/<id>`, so
// a fetch never moves a local workflow ref; only pull (fast-forward) and resolve do, by
// compare-and-swap. That namespace is the plugin's own: outside refs/remotes/, the copies stay out
// of `git branch -r` and IDEs' branch lists, and `git fetch --prune` leaves them alone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from './errors.ts';
import { READ_CAPS, readRegularText } from './safe-fs.ts';
import { assertWorkflowId } from './ids.ts';
import { HistoryEntry, WORKFLOW_ID_PATTERN, type WorkflowState } from './schemas.ts';
import {
  freeWorkflowId,
  listWorkflows,
  parseSealed,
  readSealed,
  replaceWorkflowFiles,
  STORE_FILES,
  updateWorkflow,
  workflowPath,
  writeFileAtomic,
  type Place,
} from './store.ts';

export const DEFAULT_REMOTE = 'origin';
const LOCAL_PREFIX = 'refs/workflows/';
/** network commands give up after this long instead of hanging a terminal or a hook */
const NETWORK_TIMEOUT_MS = 60_000;
const FALLBACK_IDENTITY = { name: 'workflow', email: 'workflow@localhost' };

export type SyncState = 'in_sync' | 'ahead' | 'behind' | 'diverged' | 'local_only' | 'remote_only';

export const SYNC_STATE_LABELS: Record<SyncState, string> = {
  in_sync: 'in sync',
  ahead: 'ahead',
  behind: 'behind',
  diverged: 'diverged',
  local_only: 'local only',
  remote_only: 'remote only',
};

interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

interface GitOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** A git repository and the environment its commands run with. */
interface SyncRepo {
  place: Place;
  env: NodeJS.ProcessEnv;
  remote: string;
}

// simple-git cannot feed stdin to a command, and hash-object/mktree need it: plain spawn here.
function runGit(repo: SyncRepo, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: repo.place.projectDir,
      // no credential prompt on a terminal the user cannot see (hooks, tests): fail instead
      env: { ...repo.env, ...options.env, GIT_TERMINAL_PROMPT: '0' },
      timeout: options.timeoutMs,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? reject(new WorkflowError('sync needs git, and no `git` program was found on PATH')) : reject(error),
    );
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? 1 }));
    // killed at its time limit: git's own children (ssh) may still hold the pipes open, so do not
    // wait for them to close
    child.on('exit', (_code, signal) => {
      if (signal === null) return;
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ stdout, stderr: `git ${args[0]} gave up after ${Math.round((options.timeoutMs ?? 0) / 1000)} s (no answer from the remote)`, code: 1 });
    });
    child.stdin.on('error', () => {}); // git may exit before reading its input
    child.stdin.end(options.input ?? '');
  });
}

async function gitOk(repo: SyncRepo, args: string[], options: GitOptions = {}): Promise<string> {
  const result = await runGit(repo, args, options);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.trim();
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.replace(/^(fatal|error):\s*/, '').trim())
      .find((line) => line !== '') ?? ''
  );
}

export async function openSyncRepo(place: Place, env: NodeJS.ProcessEnv, remote = DEFAULT_REMOTE): Promise<SyncRepo> {
  const repo: SyncRepo = { place, env, remote };
  const inside = await runGit(repo, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new WorkflowError(`sync works through the project's git repository, and ${place.projectDir} is not in one`);
  }
  // a remote name goes into refspecs and ref names: refuse anything that could reshape them
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote)) throw new WorkflowError(`invalid remote name ${JSON.stringify(remote)}`);
  await moveLegacyTrackingRefs(repo);
  return repo;
}

const localRef = (id: string): string => `${LOCAL_PREFIX}${assertWorkflowId(id)}`;
const trackingPrefix = (repo: SyncRepo): string => `refs/workflow-remotes/${repo.remote}/`;
const trackingRef = (repo: SyncRepo, id: string): string => `${trackingPrefix(repo)}${assertWorkflowId(id)}`;

/**
 * Until 0.1.0 the remote-tracking copies were `refs/remotes/<remote>/workflows/<id>`: they showed
 * in `git branch -r`, and `git fetch --prune` deleted them. Moved into the plugin's namespace on
 * the first sync that finds them (one for-each-ref when there are none).
 */
async function moveLegacyTrackingRefs(repo: SyncRepo): Promise<void> {
  const legacy = `refs/remotes/${repo.remote}/workflows/`;
  const listed = await runGit(repo, ['for-each-ref', '--format=%(refname) %(objectname)', legacy]);
  const commands: string[] = [];
  for (const line of listed.code === 0 ? listed.stdout.split('\n') : []) {
    const [ref = '', sha = ''] = line.split(' ');
    const id = ref.slice(legacy.length);
    if (!ref.startsWith(legacy) || !WORKFLOW_ID_PATTERN.test(id) || !/^[0-9a-f]{40,64}$/.test(sha)) continue;
    commands.push(`update ${trackingPrefix(repo)}${id} ${sha}`, `delete ${ref} ${sha}`);
  }
  if (commands.length > 0) await gitOk(repo, ['update-ref', '--stdin'], { input: `${commands.join('\n')}\n` });
}

async function resolveRef(repo: SyncRepo, ref: string): Promise<string | null> {
  const result = await runGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : null;
}

async function isAncestor(repo: SyncRepo, ancestor: string, descendant: string): Promise<boolean> {
  const result = await runGit(repo, ['merge-base', '--is-ancestor', ancestor, descendant]);
  if (result.code > 1) throw new Error(`git merge-base failed: ${firstLine(result.stderr)}`);
  return result.code === 0;
}

/** Compare-and-swap: moves `ref` only if it still points at `old` (null: only if it does not exist). */
async function moveRef(repo: SyncRepo, ref: string, next: string, old: string | null, reason: string): Promise<void> {
  const result = await runGit(repo, ['update-ref', '-m', reason, ref, next, old ?? '']);
  if (result.code !== 0) {
    throw new WorkflowError(`${ref} was changed by another process while syncing; nothing was lost, run the command again`);
  }
}

/** The files of a workflow as sync stores them; the lease, lock, backup and toon stay local. */
export interface WorkflowFiles {
  state: string;
  history: string | null;
}

export function historyPath(storeDir: string, id: string): string {
  return path.join(path.dirname(workflowPath(storeDir, id)), STORE_FILES.history);
}

export function readStoreFiles(storeDir: string, id: string): WorkflowFiles | null {
  const read = readSealed(workflowPath(storeDir, id));
  if (!read.ok) return null;
  let history: string | null = null;
  try {
    history = readRegularText(historyPath(storeDir, id), READ_CAPS.history);
  } catch {
    // a workflow without a history yet
  }
  return { state: read.text, history };
}

async function hashBlob(repo: SyncRepo, content: string, write: boolean): Promise<string> {
  return gitOk(repo, ['hash-object', ...(write ? ['-w'] : []), '--stdin'], { input: content });
}

/** Stores the files as blobs and a tree (mktree: no index is involved). */
async function treeOf(repo: SyncRepo, files: WorkflowFiles): Promise<string> {
  const entries = [`100644 blob ${await hashBlob(repo, files.state, true)}\t${STORE_FILES.state}`];
  if (files.history !== null) entries.push(`100644 blob ${await hashBlob(repo, files.history, true)}\t${STORE_FILES.history}`);
  return gitOk(repo, ['mktree'], { input: `${entries.join('\n')}\n` });
}

async function commitTree(repo: SyncRepo, tree: string, parents: string[], message: string): Promise<string> {
  // the user's identity when git has one; otherwise a fixed one for this command only, so sync
  // never fails on a machine where git was not configured for commits
  const env: NodeJS.ProcessEnv = {};
  const name = (await runGit(repo, ['config', 'user.name'])).stdout.trim();
  const email = (await runGit(repo, ['config', 'user.email'])).stdout.trim();
  if (!name) env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = FALLBACK_IDENTITY.name;
  if (!email) env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = FALLBACK_IDENTITY.email;
  return gitOk(repo, ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message], { env });
}

/** What a remote may send for one workflow: far above any real one, far below what hurts. */
const MAX_BLOB_BYTES = { [STORE_FILES.state]: 8 * 1024 * 1024, [STORE_FILES.history]: 32 * 1024 * 1024 } as Record<string, number>;
/** Workflows taken from a remote in one pull; the rest are named as refused. */
const MAX_PULLED_WORKFLOWS = 200;

async function readBlob(repo: SyncRepo, commit: string, file: string): Promise<string | null> {
  // the size first: a blob that packs small can be hundreds of megabytes once read
  const size = await runGit(repo, ['cat-file', '-s', `${commit}:${file}`]);
  if (size.code !== 0) return null;
  const limit = MAX_BLOB_BYTES[file] ?? 1024 * 1024;
  if (Number(size.stdout.trim()) > limit) throw new WorkflowError(`its ${file} is ${size.stdout.trim()} bytes, over the limit of ${limit}`);
  const result = await runGit(repo, ['cat-file', 'blob', `${commit}:${file}`]);
  return result.code === 0 ? result.stdout : null;
}

async function filesAt(repo: SyncRepo, commit: string): Promise<WorkflowFiles> {
  const state = await readBlob(repo, commit, STORE_FILES.state);
  if (state === null) throw new WorkflowError(`commit ${commit.slice(0, 12)} holds no ${STORE_FILES.state}; it was not made by workflow sync`);
  return { state, history: await readBlob(repo, commit, STORE_FILES.history) };
}

export function stateOf(files: WorkflowFiles, label: string): WorkflowState {
  const read = parseSealed(files.state, label);
  if (!read.ok) throw new WorkflowError(read.problem);
  return read.state;
}

function describeSave(state: WorkflowState): string {
  const what = state.summary || state.task.description || state.id;
  return `workflow ${state.id}: ${what.split('\n')[0]?.slice(0, 72)} (${state.device.hostname})`;
}

/**
 * Records the store's current files as a commit on the workflow's ref when they changed since
 * the ref's commit. Returns the ref's commit afterwards (null: the workflow cannot be read).
 */
export async function snapshot(repo: SyncRepo, id: string): Promise<{ commit: string; created: boolean } | null> {
  const files = readStoreFiles(repo.place.storeDir, id);
  if (!files) return null;
  const ref = localRef(id);
  const parent = await resolveRef(repo, ref);
  const tree = await treeOf(repo, files);
  if (parent && (await gitOk(repo, ['rev-parse', `${parent}^{tree}`])) === tree) return { commit: parent, created: false };
  const commit = await commitTree(repo, tree, parent ? [parent] : [], describeSave(stateOf(files, id)));
  await moveRef(repo, ref, commit, parent, 'workflow sync: save');
  return { commit, created: true };
}

export function storeIds(storeDir: string): string[] {
  return listWorkflows(storeDir).workflows.map(({ state }) => state.id);
}

async function refIds(repo: SyncRepo, prefix: string): Promise<string[]> {
  const out = await gitOk(repo, ['for-each-ref', '--format=%(refname)', prefix]);
  return out
    .split('\n')
    .filter((ref) => ref.startsWith(prefix))
    .map((ref) => ref.slice(prefix.length))
    // a ref someone else pushed with a name the store would refuse is left alone
    .filter((id) => WORKFLOW_ID_PATTERN.test(id));
}

function pendingError(repo: SyncRepo, reason: string): WorkflowError {
  return new WorkflowError(
    `sync pending: ${reason}; the workflows are saved locally (refs/workflows/*), run \`claude-workflow sync push\` again once "${repo.remote}" is reachable`,
  );
}

// ---------------------------------------------------------------------------------------------
// push

export interface PushedWorkflow {
  id: string;
  commit: string;
  /** new: first push; updated: the remote moved forward; unchanged: it already had this commit */
  result: 'new' | 'updated' | 'unchanged' | 'rejected';
}

interface PushResult {
  remote: string;
  workflows: PushedWorkflow[];
}

async function remoteExists(repo: SyncRepo): Promise<boolean> {
  return (await runGit(repo, ['remote', 'get-url', repo.remote])).code === 0;
}

export async function pushWorkflows(repo: SyncRepo, onlyId?: string, timeoutMs = NETWORK_TIMEOUT_MS): Promise<PushResult> {
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
  if (rejected.length > 0) {
    const pushed = workflows.length - rejected.length;
    throw new WorkflowError(
      `sync pending: "${repo.remote}" rejected ${rejected.join(', ')} (both sides saved since the last sync)${pushed > 0 ? `; ${pushed} other workflow(s) pushed` : ''}; run \`claude-workflow sync pull\`, then \`claude-workflow sync resolve ${rejected.length === 1 ? rejected[0] : '<id>'}\`; local state is intact`,
    );
  }
  return { remote: repo.remote, workflows };
}

// ---------------------------------------------------------------------------------------------
// status and pull

export interface WorkflowSyncStatus {
  id: string;
  state: SyncState;
  /** the store's files differ from the last commit on refs/workflows/<id> */
  unsaved_changes: boolean;
}

async function classify(repo: SyncRepo, local: string | null, remote: string | null): Promise<SyncState> {
  if (!remote) return 'local_only'; // also a workflow only in the store, never recorded on a ref
  if (!local) return 'remote_only';
  if (local === remote) return 'in_sync';
  if (await isAncestor(repo, local, remote)) return 'behind';
  if (await isAncestor(repo, remote, local)) return 'ahead';
  return 'diverged';
}

async function hasUnsavedChanges(repo: SyncRepo, id: string, local: string | null): Promise<boolean> {
  const files = readStoreFiles(repo.place.storeDir, id);
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
    const unsaved = await hasUnsavedChanges(repo, id, local);
    let state = await classify(repo, local, remote);
    // saves not yet recorded on the ref count as local commits: behind becomes diverged, in sync ahead
    if (unsaved && state === 'in_sync') state = 'ahead';
    if (unsaved && state === 'behind') state = 'diverged';
    if (state === 'remote_only' && readStoreFiles(repo.place.storeDir, id)) state = 'diverged';
    rows.push({ id, state, unsaved_changes: unsaved });
  }
  return rows;
}

export interface PulledWorkflow {
  id: string;
  result: 'imported' | 'fast-forwarded' | 'up to date' | 'ahead' | 'diverged' | 'refused';
  /** why a workflow was refused: too large, damaged, not made by sync, over the count or the time */
  reason?: string;
}

interface PullResult {
  remote: string;
  workflows: PulledWorkflow[];
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

export async function pullWorkflows(repo: SyncRepo, onlyId?: string, timeoutMs = NETWORK_TIMEOUT_MS): Promise<PullResult> {
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
  return { id, result: state === 'in_sync' ? 'up to date' : state === 'ahead' ? 'ahead' : 'diverged' };
}

// ---------------------------------------------------------------------------------------------
// resolve

export type Resolution = 'local' | 'remote' | 'merge' | 'both';
export const RESOLUTIONS: readonly Resolution[] = ['local', 'remote', 'merge', 'both'];

export function isResolution(value: string): value is Resolution {
  return (RESOLUTIONS as readonly string[]).includes(value);
}

export interface SideSummary {
  commit: string;
  device: string;
  updated_at: string;
  status: string;
  phase: string | null;
  progress: { accomplishments: number; next_steps: number; decisions: number; blockers: number; todos_active: number; todos_completed: number };
  next_steps: string[];
}

export interface Divergence {
  id: string;
  local: SideSummary;
  remote: SideSummary;
}

export interface ResolveResult {
  id: string;
  use: Resolution;
  commit: string;
  /** the id the remote side was kept under (`both`) */
  imported_as: string | null;
}

export function summarize(state: WorkflowState, commit: string): SideSummary {
  const phase = state.phase.current !== null || state.phase.name ? [state.phase.current, state.phase.name].filter((p) => p !== null).join(': ') : null;
  return {
    commit,
    device: state.device.hostname,
    updated_at: state.updated_at,
    status: state.status,
    phase,
    progress: {
      accomplishments: state.accomplishments.length,
      next_steps: state.next_steps.length,
      decisions: state.decisions.length,
      blockers: state.blockers.length,
      todos_active: state.todos.active.length,
      todos_completed: state.todos.completed.length,
    },
    next_steps: state.next_steps,
  };
}

/** Local and remote commits of a diverged workflow; anything else is refused with what to do. */
async function divergedPair(repo: SyncRepo, id: string): Promise<{ local: string; remote: string }> {
  const saved = await snapshot(repo, id);
  const local = saved?.commit ?? (await resolveRef(repo, localRef(id)));
  const remote = await resolveRef(repo, trackingRef(repo, id));
  if (!local) throw new WorkflowError(`workflow "${id}" is not in this store; \`claude-workflow sync pull\` imports it`);
  if (!remote) throw new WorkflowError(`"${repo.remote}" has no workflow "${id}" (as of the last pull); \`claude-workflow sync push\` publishes it`);
  const state = await classify(repo, local, remote);
  if (state !== 'diverged') {
    throw new WorkflowError(`workflow "${id}" is ${SYNC_STATE_LABELS[state]}, not diverged: nothing to resolve (run \`claude-workflow sync pull\` first to see the remote's latest)`);
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

function union<T>(local: readonly T[], remote: readonly T[], key: (item: T) => string = (item) => JSON.stringify(item)): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of [...local, ...remote]) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/**
 * Both sides' lists without duplicates (local order first, then what only the remote has), the
 * scalar fields of the side saved last. A todo completed on either side is completed.
 */
export function mergeStates(local: WorkflowState, remote: WorkflowState): WorkflowState {
  const newer = remote.updated_at > local.updated_at ? remote : local;
  const completed = union(local.todos.completed, remote.todos.completed, (t) => t.content);
  const done = new Set(completed.map((t) => t.content));
  return {
    ...newer,
    id: local.id,
    created_at: local.created_at < remote.created_at ? local.created_at : remote.created_at,
    updated_at: newer.updated_at,
    accomplishments: union(local.accomplishments, remote.accomplishments),
    decisions: union(local.decisions, remote.decisions),
    blockers: union(local.blockers, remote.blockers),
    next_steps: union(local.next_steps, remote.next_steps),
    notes: union(local.notes, remote.notes),
    files_modified: union(local.files_modified, remote.files_modified),
    todos: {
      active: union(local.todos.active, remote.todos.active, (t) => t.content).filter((t) => !done.has(t.content)),
      completed,
    },
  };
}

/** Both histories, each line once, ordered by time (a line that does not parse is dropped). */
export function mergeHistories(local: string | null, remote: string | null): string | null {
  if (local === null && remote === null) return null;
  const lines = union(
    [...(local ?? '').split('\n'), ...(remote ?? '').split('\n')].filter((line) => line.trim() !== ''),
    [],
    (line) => line,
  );
  const dated: { at: string; line: string }[] = [];
  for (const line of lines) {
    try {
      const parsed = HistoryEntry.safeParse(JSON.parse(line));
      if (parsed.success) dated.push({ at: parsed.data.at, line });
    } catch {
      // a line torn by a crash on either machine
    }
  }
  // stable: entries of the same instant keep local-then-remote order
  dated.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return dated.map((d) => `${d.line}\n`).join('');
}

export function remoteCopyId(storeDir: string, id: string, device: string): string {
  const suffix =
    device
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'remote';
  // ids are at most 81 characters; room is kept for freeWorkflowId's "-2"
  const base = `${id.slice(0, 81 - suffix.length - 4).replace(/-+$/, '')}-${suffix}`;
  return freeWorkflowId(storeDir, assertWorkflowId(base));
}

export async function resolveDivergence(repo: SyncRepo, id: string, use: Resolution): Promise<ResolveResult> {
  const { local, remote } = await divergedPair(repo, id);
  const ref = localRef(id);
  const localFiles = await filesAt(repo, local);
  const remoteFiles = await filesAt(repo, remote);
  const localState = stateOf(localFiles, `local ${id}`);
  const remoteState = stateOf(remoteFiles, `${repo.remote} ${id}`);
  let importedAs: string | null = null;
  let tree: string;
  let message: string;
  if (use === 'local') {
    tree = await gitOk(repo, ['rev-parse', `${local}^{tree}`]);
    message = `workflow ${id}: keep ${localState.device.hostname}'s version over ${remoteState.device.hostname}'s`;
  } else if (use === 'remote') {
    // the local state.json becomes state.backup.json: the overwritten side stays recoverable
    replaceWorkflowFiles(repo.place.storeDir, id, remoteFiles);
    tree = await gitOk(repo, ['rev-parse', `${remote}^{tree}`]);
    message = `workflow ${id}: take ${remoteState.device.hostname}'s version over ${localState.device.hostname}'s`;
  } else if (use === 'merge') {
    const merged = mergeStates(localState, remoteState);
    updateWorkflow(repo.place.storeDir, id, () => merged);
    const history = mergeHistories(localFiles.history, remoteFiles.history);
    if (history !== null) writeFileAtomic(historyPath(repo.place.storeDir, id), history);
    const current = readStoreFiles(repo.place.storeDir, id);
    if (!current) throw new Error(`workflow ${id} cannot be read right after its merge was saved`);
    tree = await treeOf(repo, current);
    message = `workflow ${id}: merge ${localState.device.hostname} and ${remoteState.device.hostname}`;
  } else {
    importedAs = remoteCopyId(repo.place.storeDir, id, remoteState.device.hostname);
    const copyId = importedAs;
    updateWorkflow(repo.place.storeDir, copyId, () => ({ ...remoteState, id: copyId }));
    if (remoteFiles.history !== null) writeFileAtomic(historyPath(repo.place.storeDir, copyId), remoteFiles.history);
    tree = await gitOk(repo, ['rev-parse', `${local}^{tree}`]);
    message = `workflow ${id}: keep both; ${remoteState.device.hostname}'s version continues as ${copyId}`;
  }
  // both parents: the remote's commit is an ancestor of the result, so the next push fast-forwards
  const commit = await commitTree(repo, tree, [local, remote], message);
  await moveRef(repo, ref, commit, local, `workflow sync: resolve (${use})`);
  if (importedAs) await snapshot(repo, importedAs);
  return { id, use, commit, imported_as: importedAs };
}

// ---------------------------------------------------------------------------------------------
// automatic sync (config `sync.auto`): never fails the hook or the handoff, says what is pending

/** SessionStart: a pull whose fetch is killed after `timeoutMs`; one line for the user, or null. */
export async function autoPull(place: Place, env: NodeJS.ProcessEnv, remote: string, timeoutMs: number, dir = ''): Promise<string | null> {
  if (dir) remote = `folder ${dir}`;
  try {
    let workflows: PulledWorkflow[];
    if (dir) {
      // loaded on demand: sync-folder.ts builds on this module
      const folder = await import('./sync-folder.ts');
      ({ workflows } = await folder.pullFromFolder(folder.openSyncFolder(place, dir)));
    } else {
      const repo = await openSyncRepo(place, env, remote);
      if (!(await remoteExists(repo))) return null; // a repository without that remote has nothing to sync with
      ({ workflows } = await pullWorkflows(repo, undefined, timeoutMs));
    }
    const done = workflows.filter((w) => w.result === 'imported' || w.result === 'fast-forwarded').length;
    const diverged = workflows.filter((w) => w.result === 'diverged').map((w) => w.id);
    const refused = workflows.filter((w) => w.result === 'refused');
    const parts = [];
    if (done > 0) parts.push(`${done} workflow(s) updated from ${remote}`);
    if (diverged.length > 0) parts.push(`diverged: ${diverged.join(', ')} (claude-workflow sync resolve <id>)`);
    if (refused.length > 0) parts.push(`refused: ${refused.slice(0, 3).map((w) => w.id).join(', ')}${refused.length > 3 ? ` and ${refused.length - 3} more` : ''} (claude-workflow sync pull says why)`);
    return parts.length > 0 ? `sync: ${parts.join('; ')}` : null;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return `sync pending: could not pull from ${remote} (${error.message.replace(/^sync pull: /, '')})`;
  }
}

/** After a handoff: push that workflow; one line saying it was pushed or that the sync is pending. */
export async function autoPush(place: Place, env: NodeJS.ProcessEnv, remote: string, id: string, dir = ''): Promise<string> {
  if (dir) remote = `folder ${dir}`;
  try {
    if (dir) {
      const folder = await import('./sync-folder.ts');
      await folder.pushToFolder(folder.openSyncFolder(place, dir), id);
    } else await pushWorkflows(await openSyncRepo(place, env, remote), id);
    return `sync: pushed to ${remote}`;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return error.message.startsWith('sync pending') ? error.message : `sync pending: ${error.message}`;
  }
}
