// The end of a workflow's life: completing or cancelling it, and `cleanup`, which deletes finished
// workflows once their retention age has passed. The choice of what to delete is a pure function
// (selectForCleanup); what touches the disk (liveness, deletion) stays in cleanupWorkflows.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowConfig } from '../shared/config.ts';
import { describeDevice } from './device.ts';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from './ids.ts';
import { describeLiveHolder, liveHolder } from './liveness.ts';
import { WorkflowStatus, type HistoryEntry, type WorkflowState } from '../schemas.ts';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';
import { appendHistory } from './store-history.ts';
import { listWorkflows, loadWorkflow, updateWorkflow, type Place } from './store.ts';

const DAY_MS = 24 * 60 * 60_000;
/** the store's lock file: a workflow being saved right now is not deleted under the writer */
const LOCK_FILE = '.lock';
const LOCK_FRESH_MS = 30_000;

type FinalStatus = Extract<WorkflowStatus, 'completed' | 'cancelled'>;

export interface FinishResult {
  id: string;
  status: FinalStatus;
  previous: WorkflowStatus;
  task: string;
  /** false when the workflow already had that status: nothing was written */
  changed: boolean;
}

/** Marks a workflow completed or cancelled and records it in its history. */
export function finishWorkflow(
  place: Place,
  id: string,
  status: FinalStatus,
  reason: string | null,
  sessionId: string | null,
  now: Date,
): FinishResult {
  // loaded first: an unknown id fails naming the ids that exist, before updateWorkflow creates anything
  const { state: before } = loadWorkflow(place.storeDir, assertWorkflowId(id));
  const base = { id, status, previous: before.status, task: before.task.description };
  if (before.status === status) return { ...base, changed: false };
  const at = now.toISOString();
  let previous: WorkflowStatus = before.status;
  const saved = updateWorkflow(place.storeDir, id, (current) => {
    const state = current?.state ?? before;
    previous = state.status;
    return { ...state, status, updated_at: at };
  });
  const event = status === 'completed' ? 'complete' : 'cancel';
  const summary = `${status}${reason ? `: ${reason}` : ''} (was ${previous})`;
  appendHistory(place.storeDir, id, lifecycleEntry(event, saved.state, at, summary, sessionId));
  return { ...base, previous, changed: true };
}

function lifecycleEntry(event: HistoryEntry['event'], state: WorkflowState, at: string, summary: string, sessionId: string | null): HistoryEntry {
  return {
    at,
    event,
    // the machine and session that finished the work, not the ones that last saved it
    device: describeDevice().hostname,
    branch: state.git?.branch ?? null,
    commit: state.git?.commit ?? null,
    summary: summary.replace(/\s+/g, ' ').trim().slice(0, 200),
    session_id: sessionId,
  };
}

/** A small glob on ids: `*` any run of characters, `?` one character, everything else literal. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (const char of pattern) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export interface CleanupOptions {
  /** `--status`, repeatable; empty: the statuses with a retention age (completed, cancelled) */
  statuses: readonly WorkflowStatus[];
  /** `--older-than <days>`: replaces the retention age of the selected statuses */
  olderThanDays: number | null;
  /** `--pattern <glob>` on the id */
  pattern: string | null;
}

export interface CleanupPolicy {
  /** age in days past which a workflow of a status is deleted; a status not here is kept */
  maxAgeDays: Partial<Record<WorkflowStatus, number>>;
  /** where the ages come from, for the reasons given to the user */
  ageSource: 'retention' | 'older-than';
  /** true when the statuses were named with --status (the reasons then say so) */
  statusesNamed: boolean;
  pattern: string | null;
}

const RETAINED_STATUSES: readonly WorkflowStatus[] = ['completed', 'cancelled'];

/** The policy of one cleanup run: the configured retention, narrowed or overridden by the options. */
export function cleanupPolicy(retention: WorkflowConfig['retention'], options: CleanupOptions): CleanupPolicy {
  const statuses = options.statuses.length > 0 ? [...new Set(options.statuses)] : RETAINED_STATUSES;
  const configured: Partial<Record<WorkflowStatus, number>> = { completed: retention.completed_days, cancelled: retention.cancelled_days };
  const maxAgeDays: Partial<Record<WorkflowStatus, number>> = {};
  for (const status of statuses) {
    const days = options.olderThanDays ?? configured[status];
    // paused, active and waiting work has no retention age: deleting it takes an explicit age
    if (days === undefined) {
      throw new WorkflowError(`--status ${status}: ${status} workflows have no retention age and are always kept; add --older-than <days> to delete them`, 2);
    }
    maxAgeDays[status] = days;
  }
  return { maxAgeDays, ageSource: options.olderThanDays === null ? 'retention' : 'older-than', statusesNamed: options.statuses.length > 0, pattern: options.pattern };
}

interface CleanupCandidate {
  id: string;
  status: WorkflowStatus;
  age_days: number;
  reason: string;
}

interface KeptWorkflow {
  id: string;
  reason: string;
}

interface CleanupSelection {
  candidates: CleanupCandidate[];
  kept: KeptWorkflow[];
}

/** Days since `iso`, rounded down to a tenth: 45.0, 6.9. */
export function ageInDays(iso: string, now: Date): number {
  return Math.floor(((now.getTime() - Date.parse(iso)) / DAY_MS) * 10) / 10;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** Which workflows the policy deletes and why, and why each other one is kept. Pure. */
export function selectForCleanup(states: readonly WorkflowState[], policy: CleanupPolicy, now: Date): CleanupSelection {
  const selection: CleanupSelection = { candidates: [], kept: [] };
  const matcher = policy.pattern === null ? null : globToRegExp(policy.pattern);
  for (const state of states) {
    const { id, status } = state;
    const keep = (reason: string) => selection.kept.push({ id, reason });
    if (matcher && !matcher.test(id)) {
      keep(`does not match --pattern "${policy.pattern}"`);
      continue;
    }
    const maxAge = policy.maxAgeDays[status];
    if (maxAge === undefined) {
      keep(policy.statusesNamed ? `${status}: not one of the --status given` : `${status}: kept whatever its age`);
      continue;
    }
    const ageMs = now.getTime() - Date.parse(state.updated_at);
    const age = ageInDays(state.updated_at, now);
    const limit = policy.ageSource === 'older-than' ? `--older-than ${days(maxAge)}` : `the ${days(maxAge)} retention of ${status} workflows`;
    const ago = age < 1 ? 'less than a day ago' : `${days(age)} ago`;
    if (ageMs > maxAge * DAY_MS) selection.candidates.push({ id, status, age_days: age, reason: `${status} ${ago}, past ${limit}` });
    else keep(`${status} ${ago}, within ${limit}`);
  }
  return selection;
}

export interface CleanupReport {
  deleted: { id: string; status: WorkflowStatus; age_days: number; reason: string }[];
  kept: KeptWorkflow[];
  dry_run: boolean;
}

function unreadableIds(storeDir: string, readable: readonly WorkflowState[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const ids = new Set(readable.map((s) => s.id));
  return entries
    .filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name) && !ids.has(entry.name))
    .map((entry) => entry.name)
    .sort();
}

function lockIsFresh(storeDir: string, id: string, now: Date): boolean {
  try {
    return now.getTime() - fs.statSync(path.join(storeDir, id, LOCK_FILE)).mtimeMs < LOCK_FRESH_MS;
  } catch {
    return false;
  }
}

/** Deletes (or with dryRun only reports) what the policy selects, never a workflow in use. */
export function cleanupWorkflows(place: Place, policy: CleanupPolicy, dryRun: boolean, env: NodeJS.ProcessEnv, now: Date): CleanupReport {
  const { workflows, problems } = listWorkflows(place.storeDir);
  const states = workflows.map(({ state }) => state);
  const { candidates, kept } = selectForCleanup(states, policy, now);
  // a workflow that cannot be read is never deleted: listed as kept with what is wrong with it
  for (const id of unreadableIds(place.storeDir, states)) {
    const problem = problems.find((p) => p.includes(`${path.sep}${id}${path.sep}`));
    kept.push({ id, reason: `cannot be read: ${problem ?? 'see the warnings'}` });
  }
  const report: CleanupReport = { deleted: [], kept, dry_run: dryRun };
  for (const candidate of candidates) {
    const state = states.find((s) => s.id === candidate.id);
    const holder = state ? liveHolder(place, state, env, now) : null;
    if (holder) {
      kept.push({ id: candidate.id, reason: `held by a live ${describeLiveHolder(holder, now)}` });
      continue;
    }
    if (lockIsFresh(place.storeDir, candidate.id, now)) {
      kept.push({ id: candidate.id, reason: 'being saved right now (its lock file is held)' });
      continue;
    }
    if (!dryRun) removeWorkflowDir(place.storeDir, candidate.id);
    report.deleted.push(candidate);
  }
  return report;
}

/**
 * Removes `<store>/<id>` and everything in it. The directory itself must be a real directory (a
 * symlink there is refused, so nothing outside the store is touched) and fs.rmSync removes links
 * inside it without following them. It is first renamed to a hidden name so that a crash half way
 * leaves no half-deleted workflow in the listing.
 */
export function removeWorkflowDir(storeDir: string, id: string): void {
  const dir = path.join(storeDir, assertWorkflowId(id));
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    throw new WorkflowError(`${dir} does not exist: nothing to delete`);
  }
  if (!stat.isDirectory()) throw new WorkflowError(`${dir} is not a directory (a symbolic link?); not deleted`);
  const trash = path.join(storeDir, `.deleting-${id}-${randomBytes(4).toString('hex')}`);
  fs.renameSync(dir, trash);
  fs.rmSync(trash, { recursive: true, force: true });
}

/** Parses `--status` values; a usage error names the valid ones. */
export function parseStatuses(values: readonly string[]): WorkflowStatus[] {
  return values.map((value) => {
    const parsed = WorkflowStatus.safeParse(value);
    if (!parsed.success) throw new WorkflowError(`--status ${value}: expected one of ${WorkflowStatus.options.join(', ')}`, 2);
    return parsed.data;
  });
}

/** Parses `--older-than`: a number of days, 0 or more (fractions allowed: 0.5 is twelve hours). */
export function parseDays(option: string, raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0) throw new WorkflowError(`${option} ${raw}: expected a number of days, 0 or more`, 2);
  return value;
}
