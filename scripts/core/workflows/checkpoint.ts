// The saves nobody asks for: a checkpoint at a milestone or on an interval, at a compaction, at
// the end of a session, and the compaction's summary kept with the workflow.
import { hashLockfiles } from '../git/compatibility.ts';
import { releaseLease, renewLease } from '../store/lease.ts';
import { describeDevice } from '../store/device.ts';
import { WorkflowError } from '../shared/errors.ts';
import { captureGitContext } from '../git/git-context.ts';
import { newWorkflowId } from '../store/ids.ts';
import type { BackgroundCheckpointRequest, WorkflowState } from '../schemas.ts';
import { captureSession } from '../session/session-capture.ts';
import { redactState, redactText } from '../redact/redact.ts';
import { appendHistory } from '../store/store-history.ts';
import { ensureStoreDir, withLock, freeWorkflowId, loadWorkflow, updateWorkflow, type Place } from '../store/store.ts';
import { existingIds } from '../store/store-ids.ts';
import { sessionWorkflow, workflowOfSession } from '../store/store-choice.ts';
import { blankState, historyEntry, transcriptFacts, union } from './common.ts';


interface CheckpointRequest {
  session: WorkflowState['session'];
  /** precompact: a compaction was asked for (it may still be refused); compacted: it happened */
  reason: 'interval' | 'milestone' | 'precompact' | 'compacted';
  /** create an automatic workflow when the session has none yet */
  create: boolean;
  /** the reading the caller already has; null: read it here */
  tokens: WorkflowState['tokens'];
  env: NodeJS.ProcessEnv;
  now: Date;
}

/**
 * The checkpoint a hook asked for without waiting (Stop's on the interval, PreCompact's), as it
 * measured it: saved in the process started for it, or in the hook when none could be started.
 */
export function checkpointRequested(place: Place, request: BackgroundCheckpointRequest, env: NodeJS.ProcessEnv): ReturnType<typeof checkpointWorkflow> {
  return checkpointWorkflow(place, {
    session: { id: request.session_id, transcript_path: request.transcript_path },
    reason: request.reason,
    create: false,
    tokens: request.tokens,
    env,
    now: new Date(request.at),
  });
}

/**
 * Saves the mechanical state (git, todos, files, subagents, tokens) of the session's workflow
 * without touching what Claude or the user wrote. Returns null when there is nothing to save.
 */
export async function checkpointWorkflow(place: Place, request: CheckpointRequest): Promise<{ id: string; created: boolean; state: WorkflowState } | null> {
  const held = sessionWorkflow(place, request.session.id);
  const existing = held?.state.id ?? null;
  if (existing === null && !request.create) {
    // nothing to save, but the session's capture keeps up, so a later handoff reads only what is new
    if (request.session.transcript_path) captureSession(request.env, request.session.id, request.session.transcript_path);
    return null;
  }
  const facts = transcriptFacts(place, request.session, request.tokens, request.env, request.now);
  const at = request.now.toISOString();
  const { id: workflowId, created } =
    existing !== null ? { id: existing, created: false } : claimAutomaticWorkflow(place, request.session, facts?.mined.first_request?.trim() || facts?.sessionFacts.title || null, at);
  const git = await captureGitContext(place.projectDir, held?.state.git ?? null);
  const saved = updateWorkflow(place.storeDir, workflowId, (current) => {
    if (!current) throw new WorkflowError(`workflow ${workflowId} disappeared while saving a checkpoint`);
    const base = current.state;
    // todos, subagent prompts and the commit message come from the session: scrub them too
    return redactState({
      ...base,
      updated_at: at,
      git,
      tokens: request.tokens ?? facts?.tokens ?? base.tokens,
      todos: facts?.mined.todos ?? base.todos,
      files_modified: union(base.files_modified, facts?.mined.files_modified),
      lockfiles: hashLockfiles(place.projectDir),
      agents: facts && facts.mined.agents.length > 0 ? facts.mined.agents : base.agents,
      session_facts: facts?.sessionFacts ?? base.session_facts ?? null,
      device: describeDevice(),
      session: request.session.id ? request.session : base.session,
    }).state;
  });
  if (request.session.id) renewLease(place.storeDir, workflowId, request.session.id, request.now);
  if (created || request.reason !== 'interval') {
    appendHistory(place.storeDir, workflowId, historyEntry('checkpoint', saved.state, at, checkpointSummary(request.reason, created, saved.state.tokens)));
  }
  return { id: workflowId, created, state: saved.state };
}

function checkpointSummary(reason: CheckpointRequest['reason'], created: boolean, tokens: WorkflowState['tokens']): string {
  if (reason === 'compacted') return created ? 'workflow created automatically after Claude Code compacted the session' : 'checkpoint (compacted)';
  const at = tokens ? ` at ${tokens.percent}% of the context window` : '';
  if (created) return `workflow created automatically${at}`;
  switch (reason) {
    case 'precompact':
      return `checkpoint (compaction requested)${at}`;
    case 'milestone':
      return `checkpoint (context milestone)${at}`;
    case 'interval':
      return `checkpoint${at}`;
    default:
      return reason satisfies never;
  }
}

/**
 * The session's automatic workflow, made once: hooks of one session can run at the same time (a
 * Stop and the next UserPromptSubmit, a PreCompact), and only the first makes it; the others
 * find it under the store's lock and update it.
 */
function claimAutomaticWorkflow(place: Place, session: WorkflowState['session'], request: string | null, at: string): { id: string; created: boolean } {
  ensureStoreDir(place.storeDir);
  return withLock(place.storeDir, () => {
    const held = workflowOfSession(place, session.id);
    if (held !== null) return { id: held, created: false };
    const id = freeWorkflowId(place.storeDir, newWorkflowId(request ?? `session ${session.id ?? 'without id'}`, new Date(at)));
    // updateWorkflow scrubs what it writes: the request may hold a secret
    updateWorkflow(place.storeDir, id, () => ({
      ...blankState(id, place, at),
      status: 'active',
      automatic: true,
      task: { description: request ?? 'Untitled session', ticket_id: null },
      summary: 'Created automatically when the session grew long; run /workflow:handoff to record the summary, decisions and next steps.',
      session,
    }));
    return { id, created: true };
  });
}

/** SessionEnd: the session's active workflow becomes paused, ready for the next session. */
export function pauseSessionWorkflow(place: Place, sessionId: string, reason: string, now: Date): string | null {
  const id = workflowOfSession(place, sessionId);
  if (!id) return null;
  releaseLease(place.storeDir, id, sessionId);
  if (loadWorkflow(place.storeDir, id).state.status !== 'active') return null;
  const at = now.toISOString();
  const saved = updateWorkflow(place.storeDir, id, (current) => {
    const base = current?.state;
    if (!base) throw new WorkflowError(`workflow ${id} disappeared while pausing it`);
    return { ...base, status: 'paused', updated_at: at };
  });
  appendHistory(place.storeDir, id, historyEntry('pause', saved.state, at, `session ended (${reason})`));
  return id;
}

/** Claude Code's own summary is kept this long at most: enough for the resume, small in the state. */
const COMPACT_SUMMARY_CHARS = 4000;

/**
 * Keeps Claude Code's compaction summary (PostCompact) in the session's workflow, or the one its
 * start showed, with a line in the history. Returns the workflow's id, or null when there is none.
 */
export function keepCompactSummary(place: Place, sessionId: string, shown: string | null, summary: string, now: Date): string | null {
  const id = workflowOfSession(place, sessionId) ?? shown;
  const text = summary.trim();
  if (!id || !text || !existingIds(place.storeDir).includes(id)) return null;
  const at = now.toISOString();
  const clipped = text.length > COMPACT_SUMMARY_CHARS ? `${text.slice(0, COMPACT_SUMMARY_CHARS - 1)}…` : text;
  const saved = updateWorkflow(place.storeDir, id, (current) => {
    if (!current) throw new WorkflowError(`workflow ${id} is gone`);
    return { ...current.state, compact_summary: { at, text: redactText(clipped).text } };
  });
  appendHistory(place.storeDir, id, historyEntry('checkpoint', saved.state, at, "compacted: Claude Code's summary kept"));
  return id;
}
