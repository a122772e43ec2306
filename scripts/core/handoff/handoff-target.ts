// Which workflow a handoff saves into. A handoff updates what the user is working on: the
// workflow named with --id, else the one this session resumed or saved, else the project's current
// one (its latest active or paused workflow, made on this machine) when the handoff names no other
// task; --new, or no such workflow, starts a new one. A workflow another live session holds is
// never updated by default: the user is told who holds it and chooses.
import { WorkflowError } from '../shared/errors.ts';
import { describeHolder, isLeaseLive, readLease } from '../store/lease.ts';
import { assertWorkflowId } from '../store/ids.ts';
import type { WorkflowState } from '../schemas.ts';
import { loadWorkflow, type Place } from '../store/store.ts';
import { existingIds } from '../store/store-ids.ts';
import { currentWorkflow, sessionWorkflow } from '../store/store-choice.ts';
import { resolveWorkflowRef } from '../store/workflow-ref.ts';
import { isForeign } from '../store/workflow-origin.ts';

export type HandoffTarget =
  /** `state`: the workflow as read to choose it (its saved git context spares the handoff a git process) */
  | { kind: 'named' | 'session' | 'current'; id: string; state: WorkflowState }
  | { kind: 'new'; id: null; otherTask?: string };

const sameTask = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export function chooseHandoffTarget(place: Place, inputId: string | undefined, task: string | undefined, sessionId: string | null, startNew: boolean, now: Date): HandoffTarget {
  if (inputId !== undefined && startNew) throw new WorkflowError('--new starts a new workflow and --id updates one: give only one of them', 2);
  if (inputId !== undefined) {
    const id = resolveWorkflowRef(inputId, existingIds(place.storeDir));
    // an unknown id fails here, naming the ids that exist
    return { kind: 'named', id, state: loadWorkflow(place.storeDir, assertWorkflowId(id)).state };
  }
  if (startNew) return { kind: 'new', id: null };
  const own = sessionWorkflow(place, sessionId);
  if (own) return { kind: 'session', id: own.state.id, state: own.state };
  const { current } = currentWorkflow(place);
  if (!current || isForeign(current.state) || (current.state.status !== 'active' && current.state.status !== 'paused')) return { kind: 'new', id: null };
  const id = current.state.id;
  // another task is other work: it gets a workflow of its own
  if (task !== undefined && task.trim() && !sameTask(task, current.state.task.description)) return { kind: 'new', id: null, otherTask: id };
  const lease = readLease(place.storeDir, id);
  if (isLeaseLive(lease, now) && lease.session_id !== sessionId) {
    throw new WorkflowError(
      `the project's current workflow ${id} is held by ${describeHolder(lease, now)}, so this handoff did not update it and nothing was saved. ` +
        `Save into it anyway with --id ${id} (the other session's next save will write over this one), or start a new workflow with --new.`,
    );
  }
  return { kind: 'current', id, state: current.state };
}

/** The line that says where the handoff went, for the summary. */
export function describeHandoffTarget(target: HandoffTarget, id: string): string {
  switch (target.kind) {
    case 'named':
      return `updated ${id}, as asked with --id`;
    case 'session':
      return 'updated the workflow this session resumed or saved';
    case 'current':
      return "updated the project's current workflow (--new starts another)";
    case 'new':
      return target.otherTask ? `a new workflow: the task differs from the current workflow's (--id ${target.otherTask} updates that one)` : 'a new workflow';
    default:
      return target satisfies never;
  }
}
