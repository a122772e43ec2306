// Whether a workflow is in use by a Claude Code session that is still running, so that cleanup and
// archive never remove work from under it. A session holds it through its live lease (lease.ts:
// resuming claims it, checkpoints renew it), and, for sessions that never claimed one (a workflow
// saved but not resumed, an older plugin), through its per-session runtime files, which the hooks
// and the status line rewrite turn after turn.
import fs from 'node:fs';
import path from 'node:path';
import { isLeaseLive, readLease } from './lease.ts';
import type { WorkflowState } from '../schemas.ts';
import { RUNTIME_SUFFIX, sessionFile, STATUSLINE_SUFFIX } from '../runtime/session-files.ts';
import type { Place } from './store.ts';

/** A session whose files changed this recently counts as running. */
export const LIVE_WINDOW_MS = 30 * 60_000;

const RUNTIME_SUFFIXES = [RUNTIME_SUFFIX, STATUSLINE_SUFFIX] as const;

interface LiveHolder {
  session_id: string | null;
  /** the file that shows the session alive */
  evidence: string;
  /** when it last showed itself (ISO) */
  seen_at: string;
}

function mtimeOf(file: string): number | null {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function isFresh(mtimeMs: number, now: Date): boolean {
  // a time in the future (clock skew) counts as fresh: never delete on doubt
  return now.getTime() - mtimeMs < LIVE_WINDOW_MS;
}

/** The live session holding the workflow, or null when none does. */
export function liveHolder(place: Place, state: WorkflowState, env: NodeJS.ProcessEnv, now: Date): LiveHolder | null {
  const lease = readLease(place.storeDir, state.id);
  if (isLeaseLive(lease, now)) {
    return { session_id: lease.session_id, evidence: path.join(place.storeDir, state.id, 'lease.json'), seen_at: lease.renewed_at };
  }
  const sessionId = state.session.id;
  if (!sessionId) return null;
  for (const suffix of RUNTIME_SUFFIXES) {
    const file = sessionFile(env, sessionId, suffix);
    const mtime = mtimeOf(file);
    if (mtime !== null && isFresh(mtime, now)) return { session_id: sessionId, evidence: file, seen_at: new Date(mtime).toISOString() };
  }
  return null;
}

/** "session 4f1c… (active 3 min ago; <the file that shows it>)", for a person. */
export function describeLiveHolder(holder: LiveHolder, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(holder.seen_at)) / 60_000));
  const when = minutes < 1 ? 'just now' : `${minutes} min ago`;
  return `${holder.session_id ? `session ${holder.session_id}` : 'a session'} (active ${when}; ${holder.evidence})`;
}

export function isHeldByLiveSession(place: Place, state: WorkflowState, env: NodeJS.ProcessEnv, now: Date): boolean {
  return liveHolder(place, state, env, now) !== null;
}
