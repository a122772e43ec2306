// What sync means whichever way a store is shared: the states a workflow can be in against the
// other side, what push, pull and resolve report, and the one interface both backends (a git
// remote, git-remote.ts; a synced folder, folder.ts) implement. The rules both apply, without
// knowing how the other side is stored, are here too.
import { WorkflowError } from '../shared/errors.ts';

export const DEFAULT_REMOTE = 'origin';
/** network commands and folder waits give up after this long instead of hanging a terminal or a hook */
export const NETWORK_TIMEOUT_MS = 60_000;
/** Workflows taken from the other side in one pull; the rest are named as refused. */
export const MAX_PULLED_WORKFLOWS = 200;

export type SyncState = 'in_sync' | 'ahead' | 'behind' | 'diverged' | 'local_only' | 'remote_only';

export const SYNC_STATE_LABELS: Record<SyncState, string> = {
  in_sync: 'in sync',
  ahead: 'ahead',
  behind: 'behind',
  diverged: 'diverged',
  local_only: 'local only',
  remote_only: 'remote only',
};

export interface WorkflowSyncStatus {
  id: string;
  state: SyncState;
  /** the store's files differ from what was last recorded for the other side */
  unsaved_changes: boolean;
}

export interface PushedWorkflow {
  id: string;
  /** the commit (git) or version (folder) the other side now has */
  commit: string;
  /** new: first push; updated: the other side moved forward; unchanged: it already had this one */
  result: 'new' | 'updated' | 'unchanged' | 'rejected';
}

export interface PulledWorkflow {
  id: string;
  result: 'imported' | 'fast-forwarded' | 'up to date' | 'ahead' | 'diverged' | 'refused';
  /** why a workflow was refused: too large, damaged, not made by sync, over the count or the time */
  reason?: string;
}

export interface SyncRows<T> {
  /** the other side, as the user named it: the remote, or `folder <dir>` */
  remote: string;
  workflows: T[];
}

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

/** A way of sharing a store: what `claude-workflow sync` and the automatic sync ask of it. */
export interface SyncBackend {
  push(id?: string): Promise<SyncRows<PushedWorkflow>>;
  pull(id?: string, timeoutMs?: number): Promise<SyncRows<PulledWorkflow>>;
  status(): Promise<WorkflowSyncStatus[]>;
  describe(id: string): Promise<Divergence>;
  resolve(id: string, use: Resolution): Promise<ResolveResult>;
  /** false when there is nothing to sync with (a repository without that remote) */
  configured(): Promise<boolean>;
  /** the other side in json output: the remote's name, or `folder <dir>` */
  name: string;
  /** the other side's column in the diverged view */
  label: string;
  statusHeading: string;
  nothingPulled: string;
  nothingToShow: string;
  resolvedWhere: string;
}

/**
 * The status of a workflow with the store's own changes counted in: saves not yet recorded for the
 * other side are a local step still to be made, so behind becomes diverged and in sync ahead.
 */
export function withLocalChanges(state: SyncState, unsaved: boolean, inStore: boolean): SyncState {
  if (unsaved && state === 'in_sync') return 'ahead';
  if (unsaved && state === 'behind') return 'diverged';
  if (state === 'remote_only' && inStore) return 'diverged';
  return state;
}

/** What a pull reports for a workflow it did not take: the state it found. */
export function notTaken(id: string, state: SyncState): PulledWorkflow {
  return { id, result: state === 'in_sync' ? 'up to date' : state === 'ahead' ? 'ahead' : 'diverged' };
}

/** A push the other side refused for some workflows: the store is intact, the user is told what to run. */
export function pushRejected(why: string, rejected: readonly string[], pushed: number): WorkflowError {
  return new WorkflowError(
    `sync pending: ${why}${pushed > 0 ? `; ${pushed} other workflow(s) pushed` : ''}; run \`claude-workflow sync pull\`, then \`claude-workflow sync resolve ${rejected.length === 1 ? rejected[0] : '<id>'}\`; local state is intact`,
  );
}

/** Resolve on a workflow that is not diverged. */
export function notDiverged(id: string, state: SyncState, hint = ''): WorkflowError {
  return new WorkflowError(`workflow "${id}" is ${SYNC_STATE_LABELS[state]}, not diverged: nothing to resolve${hint}`);
}
