// The one-line notices a session's user sees from its next Stop hook (session-notices.ts).
import type { CompatibilityRow, Staleness } from '../git/compatibility.ts';
import { describeHolder, type Lease } from '../store/lease.ts';
import type { WorkflowState } from '../schemas.ts';
import { fit } from '../shared/text.ts';

interface ResumedFacts {
  id: string;
  state: WorkflowState;
  staleness: Staleness;
  compatibility: readonly CompatibilityRow[];
  changes: { conflicts: readonly string[] };
}

/**
 * What `/workflow:resume` found, for the user in one line: the workflow, and the warnings the
 * summary gives Claude (stale, compatibility, conflicts), so that they do not depend on Claude
 * passing them on.
 */
export function resumeNotice(r: ResumedFacts, handle: string): string {
  const parts = [`workflow: resumed ${handle} "${fit(r.state.task.description, 50)}"`];
  if (r.staleness.stale) parts.push(`STALE: ${r.staleness.reasons.join('; ')}`);
  for (const row of r.compatibility.filter((c) => c.level === 'warning')) parts.push(`WARNING: ${row.check} ${row.at_handoff} → ${row.now}${row.note ? ` (${row.note})` : ''}`);
  if (r.changes.conflicts.length > 0) parts.push(`possible conflicts: ${r.changes.conflicts.slice(0, 3).join(', ')}${r.changes.conflicts.length > 3 ? ', …' : ''}`);
  return parts.join(' · ');
}

/** For the session a workflow was taken from: who took it, and what its handoffs do now. */
export function takenOverNotice(id: string, by: Lease, now: Date): string {
  return (
    `workflow: ${id} was taken over by ${describeHolder(by, now)}. This session's handoffs no longer update it: ` +
    `/workflow:handoff asks you whether to save into it anyway or to start a new workflow.`
  );
}
