// What the commands do, independent of argv, stdin and output format.
import path from 'node:path';
import { assessStaleness, checkCompatibility, hashLockfiles, type CompatibilityRow, type Staleness } from '../git/compatibility.ts';
import { DEFAULT_CONFIG } from '../shared/config.ts';
import { claimLease, describeHolder, isLeaseLive, readLease, releaseLease, renewLease, type Lease } from '../store/lease.ts';
import { describeDevice, PLUGIN_VERSION } from '../store/device.ts';
import { WorkflowError } from '../shared/errors.ts';
import { captureGitContext, detectChangesSince, type Changes } from '../git/git.ts';
import { assertWorkflowId, newWorkflowId } from '../store/ids.ts';
import type { HandoffInput, HistoryEntry, SessionFacts, WorkflowState } from '../schemas.ts';
import { captureSession } from '../session/session-capture.ts';
import { chooseHandoffTarget, describeHandoffTarget } from '../handoff/handoff-target.ts';
import { tokensOfReading } from '../session/context.ts';
import { readSessionContextOf } from '../session/session-context.ts';
import { SCHEMA_VERSION } from '../schemas.ts';
import { isForeign } from '../store/workflow-origin.ts';
import { resolvePhases } from '../store/deliverables.ts';
import { redactState, redactText } from '../redact/redact.ts';
import { appendHistory, lastHandoffEntry } from '../store/store-history.ts';
import {
  ensureStoreDir,
  withLock,
  freeWorkflowId,
  loadWorkflow,
  updateWorkflow,
  existingIds,
  workflowPath,
  type LoadedState,
  type Place,
} from '../store/store.ts';
import { chooseAmongAll, sessionWorkflow, workflowOfSession } from '../store/store-choice.ts';

function blankState(id: string, place: Place, now: string): WorkflowState {
  return {
    schema_version: SCHEMA_VERSION,
    id,
    status: 'paused',
    automatic: false,
    created_at: now,
    updated_at: now,
    task: { description: '', ticket_id: null },
    summary: '',
    phase: { current: null, name: null, sub: null },
    phases: [],
    accomplishments: [],
    next_steps: [],
    decisions: [],
    blockers: [],
    notes: [],
    todos: { active: [], completed: [] },
    files_modified: [],
    lockfiles: {},
    agents: [],
    git: null,
    tokens: null,
    device: describeDevice(),
    project: { path: place.projectDir, name: path.basename(place.projectDir) },
    session: { id: null, transcript_path: null },
  };
}

/** "2: Implementation", "Phase 2 - Implementation", "2" or "Implementation". */
export function parsePhase(phase: NonNullable<HandoffInput['phase']>): WorkflowState['phase'] {
  if (typeof phase !== 'string') return { current: phase.current ?? null, name: phase.name?.trim() || null, sub: phase.sub?.trim() || null };
  const match = /^\s*(?:phase\s*)?(\d+)\s*(?:[:.)·\-–—]\s*|\s+|$)(.*)$/i.exec(phase);
  if (match) return { current: Number(match[1]), name: match[2]?.trim() || null, sub: null };
  return { current: null, name: phase.trim() || null, sub: null };
}

function withSubPhase(phase: WorkflowState['phase'], sub: string | undefined): WorkflowState['phase'] {
  return sub === undefined ? phase : { ...phase, sub: sub.trim() || null };
}

function union(previous: readonly string[], added: readonly string[] | undefined): string[] {
  if (!added) return [...previous];
  return [...new Set([...previous, ...added.map((s) => s.trim()).filter(Boolean)])];
}

// `blocker: none` says there is none any more: it empties the list rather than becoming an item
const NONE = /^(?:none|nothing|no blockers?|no next steps?|n\/a|-|—)\.?$/i;

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
  const git = await captureGitContext(place.projectDir);
  if (!git) warnings.push(`${place.projectDir} is not a git repository: saved without git context`);
  const facts: HandoffFacts = {
    now: now.toISOString(),
    git,
    session,
    lockfiles: hashLockfiles(place.projectDir),
    transcript: transcriptFacts(place, session, null, env, now),
    phases: input.phases ? resolvePhases(place.projectDir, input.phases) : null,
  };

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

function historyEntry(event: HistoryEntry['event'], state: WorkflowState, at: string, summary: string): HistoryEntry {
  return {
    at,
    event,
    device: state.device.hostname,
    branch: state.git?.branch ?? null,
    commit: state.git?.commit ?? null,
    // scrubbed before clipping: a secret cut at 200 characters would no longer be recognised
    summary: redactText(summary).text.replace(/\s+/g, ' ').trim().slice(0, 200),
    session_id: state.session.id,
  };
}

function claimForSession(place: Place, id: string, session: WorkflowState['session'], now: Date, takeOver: boolean): { warnings: string[]; tookOverFrom: Lease | null } {
  if (!session.id) {
    const lease = readLease(place.storeDir, id);
    // a terminal has no session to hold the workflow; it only says who does
    return { warnings: isLeaseLive(lease, now) ? [`held by ${describeHolder(lease, now)}; a terminal resume does not take it over`] : [], tookOverFrom: null };
  }
  const { tookOverFrom } = claimLease(place.storeDir, id, { sessionId: session.id, device: describeDevice().hostname }, now, takeOver);
  return { warnings: tookOverFrom ? [`taken over from ${describeHolder(tookOverFrom, now)}`] : [], tookOverFrom };
}

interface ResumeOptions {
  staleAfterDays?: number;
  /** take the workflow over from another live session that holds it */
  takeOver?: boolean;
}

interface ResumeResult {
  id: string;
  /** the live session this resume took the workflow from (--take-over), to be told */
  tookOverFrom: Lease | null;
  compatibility: CompatibilityRow[];
  staleness: Staleness;
  /** the state as it was handed off, before this resume marked it active */
  handedOff: WorkflowState;
  state: WorkflowState;
  changes: Changes;
  warnings: string[];
  lastHandoff: HistoryEntry | undefined;
  /** a bare resume picked the user's handoff over this automatic workflow */
  alsoAutomatic: WorkflowState | null;
  /** saved on another machine or dated in the future: its text is someone else's */
  foreign: boolean;
}

export async function resumeWorkflow(
  place: Place,
  requestedId: string | undefined,
  session: WorkflowState['session'],
  now: Date,
  options: ResumeOptions = {},
): Promise<ResumeResult> {
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_CONFIG.stale_after_days;
  let loaded: LoadedState;
  let alsoAutomatic: WorkflowState | null = null;
  if (requestedId !== undefined) {
    loaded = loadWorkflow(place.storeDir, assertWorkflowId(requestedId));
  } else {
    const { current, automatic, all } = chooseAmongAll(place);
    if (!current) {
      throw new WorkflowError(
        all.length === 0
          ? 'no workflow to resume in this project: save one with /workflow:handoff or `claude-workflow handoff`'
          : `no paused or active workflow; name one: ${all.map(({ state }) => `${state.id} (${state.status})`).join(', ')}`,
      );
    }
    loaded = current;
    alsoAutomatic = automatic?.state ?? null;
  }
  const handedOff = loaded.state;
  // claim first: a refused claim must leave everything as it was
  const claim = claimForSession(place, handedOff.id, session, now, options.takeOver === true);
  const report = await detectChangesSince(place.projectDir, handedOff.git, handedOff.files_modified);
  const warnings = [...loaded.warnings, ...claim.warnings, ...report.warnings];
  const compatibility = checkCompatibility(handedOff, {
    projectDir: place.projectDir,
    branch: report.changes.current_branch,
    pluginVersion: PLUGIN_VERSION,
    nodeVersion: process.version,
    lockfiles: hashLockfiles(place.projectDir),
  });
  if (handedOff.status === 'completed' || handedOff.status === 'cancelled') {
    warnings.push(`this workflow was ${handedOff.status}; resuming makes it active again`);
  }
  const at = now.toISOString();
  const saved = updateWorkflow(place.storeDir, handedOff.id, (current) => {
    const base = current?.state ?? handedOff;
    return {
      ...base,
      status: base.status === 'waiting_approval' ? base.status : 'active',
      updated_at: at,
      device: describeDevice(),
      session: session.id ? session : base.session,
    };
  });
  appendHistory(place.storeDir, handedOff.id, historyEntry('resume', saved.state, at, `resumed: ${handedOff.task.description}`));
  const lastHandoff = lastHandoffEntry(place.storeDir, handedOff.id);
  const staleness = assessStaleness(lastHandoff?.at ?? handedOff.updated_at, report.changes.new_commit_count, staleAfterDays, now);
  return { id: handedOff.id, handedOff, state: saved.state, changes: report.changes, warnings, lastHandoff, compatibility, staleness, alsoAutomatic, foreign: isForeign(handedOff), tookOverFrom: claim.tookOverFrom };
}

/** Files inside the project, relative to it; the rest (plan files, scratch files) apart. */
function splitProjectFiles(projectDir: string, files: readonly string[]): { inside: string[]; outside: string[] } {
  const inside: string[] = [];
  const outside: string[] = [];
  for (const file of files) {
    const rel = path.isAbsolute(file) ? path.relative(projectDir, file) : file;
    if (rel.startsWith('..') || path.isAbsolute(rel)) outside.push(file);
    else inside.push(rel);
  }
  return { inside, outside };
}

/**
 * The mechanical facts a transcript adds to a save: todos, files touched, subagents, what the
 * session says (requests, commands, plan, compactions), and the context reading (`known` when the
 * caller already took it). The whole session counts: see session-capture.ts.
 */
function transcriptFacts(place: Place, session: WorkflowState['session'], known: WorkflowState['tokens'], env: NodeJS.ProcessEnv, now: Date) {
  const { transcript_path: transcriptPath } = session;
  if (!transcriptPath) return null;
  const capture = captureSession(env, session.id, transcriptPath);
  const { facts, state } = capture;
  const files = splitProjectFiles(place.projectDir, facts.files);
  const sessionFacts: SessionFacts = {
    first_request: facts.first_request,
    last_request: facts.last_request,
    title: state.title,
    commands: state.commands,
    last_test: state.last_test,
    last_build: state.last_build,
    plan: state.plan,
    outside_files: files.outside,
    compactions: state.compactions.count,
    coverage: {
      lines: state.lines.read,
      subagent_files: Math.max(0, capture.coverage.files - 1),
      skipped_bytes: capture.coverage.skipped_bytes,
      unreadable_lines: state.lines.unreadable + state.lines.long + state.lines.unknown_type,
    },
  };
  return {
    mined: { todos: facts.todos, files_modified: files.inside, agents: facts.agents, first_request: facts.first_request },
    sessionFacts,
    tokens: known ?? tokensOfReading(readSessionContextOf(place.projectDir, { ...session, transcript_path: transcriptPath }, env, now)),
  };
}

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
 * Saves the mechanical state (git, todos, files, subagents, tokens) of the session's workflow
 * without touching what Claude or the user wrote. Returns null when there is nothing to save.
 */
export async function checkpointWorkflow(place: Place, request: CheckpointRequest): Promise<{ id: string; created: boolean } | null> {
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
  return { id: workflowId, created };
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
