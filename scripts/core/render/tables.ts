// `list` and `status`: a row per workflow, fitted to the terminal, and the current one in words.
import { layoutColumns } from '../shared/columns.ts';
import { clip, fit, formatAge } from '../shared/text.ts';
import { describeReading, type ContextReading } from '../session/context.ts';
import type { WorkflowState } from '../schemas.ts';
import type { LoadedState } from '../store/store.ts';
import { formatGit, formatPhase, formatSavedTokens, plural } from './workflow-text.ts';

export interface WorkflowRow {
  id: string;
  /** the short handle that names it wherever an id is taken */
  handle: string;
  status: WorkflowState['status'];
  task: string;
  phase: string;
  updated_at: string;
  branch: string | null;
  device: string;
  /** how it was read, when not plainly: "from backup" (state.json damaged), "migrated from v1" */
  read_note: string | null;
}

/** "from backup", "migrated from v1", both, or null when the state was read as it is. */
export function readNote(read: LoadedState['read']): string | null {
  if (!read) return null;
  const parts = [read.from_backup ? 'from backup' : null, read.migrated_from !== null ? `migrated from v${read.migrated_from}` : null].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function toWorkflowRow(loaded: LoadedState, handle: string): WorkflowRow {
  const { state } = loaded;
  return {
    id: state.id,
    handle,
    status: state.status,
    task: state.task.description,
    phase: formatPhase(state.phase),
    updated_at: state.updated_at,
    branch: state.git?.branch ?? null,
    device: state.device.hostname,
    read_note: readNote(loaded.read),
  };
}

/** The workflows in 80 columns: the handle names each (any command takes it for the id). */
export function renderWorkflowTable(rows: readonly WorkflowRow[], now: Date, width = 80): string {
  if (rows.length === 0) return 'No workflows in this project yet. Save one with /workflow:handoff or `claude-workflow handoff`.';
  // the branch and the device only when there is more than one to tell apart
  const branches = new Set(rows.map((r) => r.branch)).size > 1;
  const devices = new Set(rows.map((r) => r.device)).size > 1;
  const header = ['ID', 'TASK', 'PHASE', 'STATUS', ...(branches ? ['BRANCH'] : []), ...(devices ? ['DEVICE'] : []), 'AGE'];
  const body = rows.map((r) => [
    r.handle,
    r.read_note ? `${r.task} (${r.read_note})` : r.task,
    r.phase,
    r.status,
    ...(branches ? [r.branch ?? '—'] : []),
    ...(devices ? [r.device] : []),
    // the column says AGE: "3 h", "13 days"
    formatAge(r.updated_at, now).replace(/ ago$/, ''),
  ]);
  const weights: Record<number, number> = { 1: 4, 2: 2 };
  if (branches) weights[4] = 1;
  if (devices) weights[branches ? 5 : 4] = 1;
  const notes = rows.filter((r) => r.read_note !== null).map((r) => fit(`${r.handle}: read ${r.read_note}; \`claude-workflow doctor\` says more`, width));
  return [...layoutColumns([header, ...body], weights, width), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

export function renderStatus(
  current: WorkflowState | null,
  others: number,
  now: Date,
  live: ContextReading | null = null,
  shown: { handle: string; note: string | null } | null = null,
): string {
  const liveLine = live ? [`Context now: ${describeReading(live)}`] : [];
  if (!current) {
    return ['No active or paused workflow in this project. Save one with /workflow:handoff.', ...liveLine].join('\n');
  }
  const lines = [
    `Current workflow: ${current.id} (${current.status}, saved ${formatAge(current.updated_at, now)} on ${current.device.hostname})`,
    ...(shown ? [`  Handle: ${shown.handle}${shown.note ? ` · read ${shown.note} (claude-workflow doctor says more)` : ''}`] : []),
    `  Task:   ${clip(current.task.description, 100)}`,
    `  Phase:  ${formatPhase(current.phase)}`,
    `  Git:    ${formatGit(current.git)}`,
    `  Next:   ${current.next_steps[0] ? clip(current.next_steps[0], 100) : '—'}`,
    `  Open:   ${plural(current.next_steps.length, 'next step')}, ${plural(current.blockers.length, 'blocker')}, ${plural(current.todos.active.length, 'open todo')}`,
  ];
  if (current.tokens) lines.push(`  Tokens: ${formatSavedTokens(current.tokens)}`);
  if (others > 0) lines.push(`  Also:   ${plural(others, 'other workflow')} (claude-workflow list)`);
  return [...lines, ...liveLine].join('\n');
}

/** `150000 (15% of 1000000; window of the model)`: states saved before the source was recorded say nothing of it. */
