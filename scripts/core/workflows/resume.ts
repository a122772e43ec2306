// A resume: the workflow picked up in this session, with what changed since its handoff.
import { assessStaleness, checkCompatibility, hashLockfiles, type CompatibilityRow, type Staleness } from '../git/compatibility.ts';
import { DEFAULT_CONFIG } from '../shared/config.ts';
import type { Lease } from '../store/lease.ts';
import { describeDevice, PLUGIN_VERSION } from '../store/device.ts';
import { WorkflowError } from '../shared/errors.ts';
import { startChangesSince, type Changes } from '../git/changes-since.ts';
import { loadSecretRules } from '../redact/secret-scanner.ts';
import { assertWorkflowId } from '../store/ids.ts';
import type { HistoryEntry, WorkflowState } from '../schemas.ts';
import { isForeign } from '../store/workflow-origin.ts';
import { appendHistory, lastHandoffEntry } from '../store/store-history.ts';
import { loadWorkflow, updateWorkflow, type LoadedState, type Place } from '../store/store.ts';
import { chooseAmongAll } from '../store/store-choice.ts';
import { claimForSession, historyEntry } from './common.ts';


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
  // git walks the history since the handoff (thousands of commits after a long absence) while this
  // process saves the resume, which does not depend on it; only on git accepting the repository:
  // nothing is saved where git refuses it
  const pending = startChangesSince(place.projectDir, handedOff.git, handedOff.files_modified);
  pending.accepted.catch(() => undefined);
  const lockfiles = hashLockfiles(place.projectDir);
  loadSecretRules();
  await pending.accepted;
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
  const report = await pending.report;
  const warnings = [...loaded.warnings, ...claim.warnings, ...report.warnings];
  const compatibility = checkCompatibility(handedOff, {
    projectDir: place.projectDir,
    branch: report.changes.current_branch,
    pluginVersion: PLUGIN_VERSION,
    nodeVersion: process.version,
    lockfiles,
  });
  if (handedOff.status === 'completed' || handedOff.status === 'cancelled') {
    warnings.push(`this workflow was ${handedOff.status}; resuming makes it active again`);
  }
  const staleness = assessStaleness(lastHandoff?.at ?? handedOff.updated_at, report.changes.new_commit_count, staleAfterDays, now);
  return { id: handedOff.id, handedOff, state: saved.state, changes: report.changes, warnings, lastHandoff, compatibility, staleness, alsoAutomatic, foreign: isForeign(handedOff), tookOverFrom: claim.tookOverFrom };
}

/** Files inside the project, relative to it; the rest (plan files, scratch files) apart. */
