// The git side of sync through the project's own remote: git commands (plain spawn: simple-git
// cannot feed stdin, and hash-object/mktree need it), the refs under refs/workflows/ and
// refs/workflow-remotes/<remote>/, and workflows' files as blobs, trees and commits. Only plumbing
// is used; the user's branches, HEAD, index and working tree are never touched.
import { spawn } from 'node:child_process';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from '../store/ids.ts';
import type { WorkflowState } from '../schemas.ts';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';
import { STORE_FILES, type Place } from '../store/store.ts';
import { readStoreFiles, stateOf, type WorkflowFiles } from './files.ts';
import { DEFAULT_REMOTE } from './model.ts';

export const LOCAL_PREFIX = 'refs/workflows/';
const FALLBACK_IDENTITY = { name: 'workflow', email: 'workflow@localhost' };

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
export interface SyncRepo {
  place: Place;
  env: NodeJS.ProcessEnv;
  remote: string;
}

// simple-git cannot feed stdin to a command, and hash-object/mktree need it: plain spawn here.
export function runGit(repo: SyncRepo, args: string[], options: GitOptions = {}): Promise<GitResult> {
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

export async function gitOk(repo: SyncRepo, args: string[], options: GitOptions = {}): Promise<string> {
  const result = await runGit(repo, args, options);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.trim();
}

export function firstLine(text: string): string {
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

export const localRef = (id: string): string => `${LOCAL_PREFIX}${assertWorkflowId(id)}`;
export const trackingPrefix = (repo: SyncRepo): string => `refs/workflow-remotes/${repo.remote}/`;
export const trackingRef = (repo: SyncRepo, id: string): string => `${trackingPrefix(repo)}${assertWorkflowId(id)}`;

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

export async function resolveRef(repo: SyncRepo, ref: string): Promise<string | null> {
  const result = await runGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : null;
}

export async function isAncestor(repo: SyncRepo, ancestor: string, descendant: string): Promise<boolean> {
  const result = await runGit(repo, ['merge-base', '--is-ancestor', ancestor, descendant]);
  if (result.code > 1) throw new Error(`git merge-base failed: ${firstLine(result.stderr)}`);
  return result.code === 0;
}

/** Compare-and-swap: moves `ref` only if it still points at `old` (null: only if it does not exist). */
export async function moveRef(repo: SyncRepo, ref: string, next: string, old: string | null, reason: string): Promise<void> {
  const result = await runGit(repo, ['update-ref', '-m', reason, ref, next, old ?? '']);
  if (result.code !== 0) {
    throw new WorkflowError(`${ref} was changed by another process while syncing; nothing was lost, run the command again`);
  }
}

export async function hashBlob(repo: SyncRepo, content: string, write: boolean): Promise<string> {
  return gitOk(repo, ['hash-object', ...(write ? ['-w'] : []), '--stdin'], { input: content });
}

/** Stores the files as blobs and a tree (mktree: no index is involved). */
export async function treeOf(repo: SyncRepo, files: WorkflowFiles): Promise<string> {
  const entries = [`100644 blob ${await hashBlob(repo, files.state, true)}\t${STORE_FILES.state}`];
  if (files.history !== null) entries.push(`100644 blob ${await hashBlob(repo, files.history, true)}\t${STORE_FILES.history}`);
  return gitOk(repo, ['mktree'], { input: `${entries.join('\n')}\n` });
}

export async function commitTree(repo: SyncRepo, tree: string, parents: string[], message: string): Promise<string> {
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

async function readBlob(repo: SyncRepo, commit: string, file: string): Promise<string | null> {
  // the size first: a blob that packs small can be hundreds of megabytes once read
  const size = await runGit(repo, ['cat-file', '-s', `${commit}:${file}`]);
  if (size.code !== 0) return null;
  const limit = MAX_BLOB_BYTES[file] ?? 1024 * 1024;
  if (Number(size.stdout.trim()) > limit) throw new WorkflowError(`its ${file} is ${size.stdout.trim()} bytes, over the limit of ${limit}`);
  const result = await runGit(repo, ['cat-file', 'blob', `${commit}:${file}`]);
  return result.code === 0 ? result.stdout : null;
}

export async function filesAt(repo: SyncRepo, commit: string): Promise<WorkflowFiles> {
  const state = await readBlob(repo, commit, STORE_FILES.state);
  if (state === null) throw new WorkflowError(`commit ${commit.slice(0, 12)} holds no ${STORE_FILES.state}; it was not made by workflow sync`);
  return { state, history: await readBlob(repo, commit, STORE_FILES.history) };
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

export async function refIds(repo: SyncRepo, prefix: string): Promise<string[]> {
  const out = await gitOk(repo, ['for-each-ref', '--format=%(refname)', prefix]);
  return out
    .split('\n')
    .filter((ref) => ref.startsWith(prefix))
    .map((ref) => ref.slice(prefix.length))
    // a ref someone else pushed with a name the store would refuse is left alone
    .filter((id) => WORKFLOW_ID_PATTERN.test(id));
}

export async function remoteExists(repo: SyncRepo): Promise<boolean> {
  return (await runGit(repo, ['remote', 'get-url', repo.remote])).code === 0;
}

