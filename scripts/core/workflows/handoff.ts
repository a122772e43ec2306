// A handoff: what the user (or Claude for them) says about the work, merged into the workflow it
// updates, with the facts the plugin gathers itself (git, lockfiles, the session's transcript).
import { hashLockfiles } from '../git/compatibility.ts';
import { describeDevice } from '../store/device.ts';
import { WorkflowError } from '../shared/errors.ts';
import { captureGitContext } from '../git/git-context.ts';
import { loadSecretRules } from '../redact/secret-scanner.ts';
import { newWorkflowId } from '../store/ids.ts';
import type { HandoffInput, WorkflowState } from '../schemas.ts';
import { chooseHandoffTarget, describeHandoffTarget } from '../handoff/handoff-target.ts';
import { resolvePhases } from '../store/deliverables.ts';
import { redactState } from '../redact/redact.ts';
import { appendHistory } from '../store/store-history.ts';
import { freeWorkflowId, updateWorkflow, workflowPath, type Place } from '../store/store.ts';
import { blankState, historyEntry, transcriptFacts, union } from './common.ts';


/** "2: Implementation", "Phase 2 - Implementation", "2" or "Implementation". */
export function parsePhase(phase: NonNullable<HandoffInput['phase']>): WorkflowState['phase'] {
  if (typeof phase !== 'string') return { current: phase.current ?? null, name: phase.name?.trim() || null, sub: phase.sub?.trim() || null };
  const match = /^\s*(?:phase\s*)?(\d+)\s*(?:[:.)\u00b7\-\u2013\u2014]\s*|\s+|$)(.*)$/i.exec(phase);
  if (match) return { current: Number(match[1]), name: match[2]?.trim() || null, sub: null };
  return { current: null, name: phase.trim() || null, sub: null };
}

function withSubPhase(phase: WorkflowState['phase'], sub: string | undefined): WorkflowState['phase'] {
  return sub === undefined ? phase : { ...phase, sub: sub.trim() || null };
}

// `blocker: none` says there is none any more: it empties the list rather than becoming an item
const NONE = /^(?:none|nothing|no blockers?|no next steps?|n\/a|-|\u2014)\.?$/i;

function cleanList(items: readonly string[] | undefined, fallback: readonly string[]): string[] {
  return items ? items.map((s) => s.trim()).filter((s) => s && !NONE.test(s)) : [...fallback];
}

/**
 * Lists that describe the past (accomplishments, decisions, notes) accumulate across handoffs;
 * lists that describe the present (next steps, blockers, todos) are replaced when given.
 */
function mergeHandoff(base: WorkflowState, input: HandoffInput, facts: HandoffFacts): WorkflowState {
  const mined = facts.transcript?.mined;
  const task =
    input.task === undefined
      ? base.task
      : typeof input.task === 'string'
        ? { description: input.task.trim(), ticket_id: base.task.ticket_id }
        : { description: input.task.description.trim(), ticket_id: input.task.ticket_id ?? base.task.ticket_id };
  return {
    ...base,
    status: input.status ?? 'paused',
    automatic: false,
    updated_at: facts.now,
    task: { ...task, ticket_id: input.ticket_id ?? task.ticket_id },
    summary: input.summary?.trim() ?? base.summary,
    phase: withSubPhase(input.phase === undefined ? base.phase : parsePhase(input.phase), input.sub_phase),
    phases: facts.phases ?? base.phases,
    accomplishments: union(base.accomplishments, input.accomplishments),
    decisions: union(base.decisions, input.decisions),
    notes: union(base.notes, input.notes),
    next_steps: cleanList(input.next_steps, base.next_steps),
    blockers: cleanList(input.blockers, base.blockers),
    todos: input.todos
      ? { active: input.todos.filter((t) => t.status !== 'completed'), completed: input.todos.filter((t) => t.status === 'completed') }
      : (mined?.todos ?? base.todos),
    files_modified: union(union(base.files_modified, mined?.files_modified), input.files_modified),
    agents: mined && mined.agents.length > 0 ? mined.agents : base.agents,
    tokens: facts.transcript?.tokens ?? base.tokens,
    session_facts: facts.transcript?.sessionFacts ?? base.session_facts ?? null,
    lockfiles: facts.lockfiles,
    git: facts.git,
    device: describeDevice(),
    session: facts.session.id ? facts.session : base.session,
  };
}

interface HandoffFacts {
  now: string;
  lockfiles: Record<string, string>;
  git: WorkflowState['git'];
  session: WorkflowState['session'];
  transcript: ReturnType<typeof transcriptFacts>;
  /** the input's phases with their deliverables hashed, null when the input has none */
  phases: WorkflowState['phases'] | null;
}

export interface HandoffResult {
  id: string;
  path: string;
  state: WorkflowState;
  warnings: string[];
  /** secrets replaced by a marker in what this handoff added */
  redacted: number;
  /** where the handoff went: a new workflow, or which one it updated and why */
  into: string;
  created: boolean;
}

export async function saveHandoff(
  place: Place,
  input: HandoffInput,
  session: WorkflowState['session'],
  now: Date,
  env: NodeJS.ProcessEnv = {},
  startNew = false,
): Promise<HandoffResult> {
  const warnings: string[] = [];
  // chosen before anything is captured: a refusal (a workflow another session holds) costs nothing
  const task = typeof input.task === 'string' ? input.task : input.task?.description;
  const target = chooseHandoffTarget(place, input.id, task, session.id, startNew, now);
  // the workflow's saved commit subject is reused while HEAD is still that commit (one git process,
  // started in the call), which reads the work tree while this process gathers the rest and loads
  // the redaction's rules
  const capturing = captureGitContext(place.projectDir, target.id ? target.state.git : null);
  capturing.catch(() => undefined);
  const lockfiles = hashLockfiles(place.projectDir);
  const transcript = transcriptFacts(place, session, null, env, now);
  const phases = input.phases ? resolvePhases(place.projectDir, input.phases) : null;
  loadSecretRules();
  const git = await capturing;
  if (!git) warnings.push(`${place.projectDir} is not a git repository: saved without git context`);
  const facts: HandoffFacts = { now: now.toISOString(), git, session, lockfiles, transcript, phases };

  let id = target.id;
  if (!id) {
    if (!task?.trim()) throw new WorkflowError('a new handoff needs a task: pass --task "…" or "task" in the --input JSON', 2);
    id = freeWorkflowId(place.storeDir, newWorkflowId(task, now));
  }

  let redacted = 0;
  const saved = updateWorkflow(place.storeDir, id, (current) => {
    const next = mergeHandoff(current?.state ?? blankState(id, place, facts.now), input, facts);
    // thrown inside the change: nothing is written
    if (!next.task.description) throw new WorkflowError(`workflow ${id} has no task description: pass --task`);
    // the stored state was scrubbed when saved, so the count is what this handoff brought in
    const clean = redactState(next);
    redacted = clean.count;
    return clean.state;
  });
  warnings.push(...saved.warnings);
  appendHistory(place.storeDir, id, historyEntry('handoff', saved.state, facts.now, saved.state.summary || saved.state.task.description));
  return { id, path: workflowPath(place.storeDir, id), state: saved.state, warnings, redacted, into: describeHandoffTarget(target, id), created: target.kind === 'new' };
}

