// What the handoff, the resume and the automatic saves share: a blank state, a history line, the
// session's lease, and what a session's transcript tells about the work.
import path from 'node:path';
import { claimLease, describeHolder, isLeaseLive, readLease, type Lease } from '../store/lease.ts';
import { describeDevice } from '../store/device.ts';
import type { HistoryEntry, SessionFacts, WorkflowState } from '../schemas.ts';
import { captureSession } from '../session/session-capture.ts';
import { tokensOfReading } from '../session/context.ts';
import { readSessionContextOf } from '../session/session-context.ts';
import { SCHEMA_VERSION } from '../shared/state-fields.ts';
import { redactText } from '../redact/redact.ts';
import type { Place } from '../store/store.ts';


export function blankState(id: string, place: Place, now: string): WorkflowState {
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

export function historyEntry(event: HistoryEntry['event'], state: WorkflowState, at: string, summary: string): HistoryEntry {
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

export function claimForSession(place: Place, id: string, session: WorkflowState['session'], now: Date, takeOver: boolean): { warnings: string[]; tookOverFrom: Lease | null } {
  if (!session.id) {
    const lease = readLease(place.storeDir, id);
    // a terminal has no session to hold the workflow; it only says who does
    return { warnings: isLeaseLive(lease, now) ? [`held by ${describeHolder(lease, now)}; a terminal resume does not take it over`] : [], tookOverFrom: null };
  }
  const { tookOverFrom } = claimLease(place.storeDir, id, { sessionId: session.id, device: describeDevice().hostname }, now, takeOver);
  return { warnings: tookOverFrom ? [`taken over from ${describeHolder(tookOverFrom, now)}`] : [], tookOverFrom };
}

export function splitProjectFiles(projectDir: string, files: readonly string[]): { inside: string[]; outside: string[] } {
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
export function transcriptFacts(place: Place, session: WorkflowState['session'], known: WorkflowState['tokens'], env: NodeJS.ProcessEnv, now: Date) {
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

/** `previous` and then what `added` brings that it does not have (trimmed, no blanks). */
export function union(previous: readonly string[], added: readonly string[] | undefined): string[] {
  if (!added) return [...previous];
  return [...new Set([...previous, ...added.map((s) => s.trim()).filter(Boolean)])];
}
