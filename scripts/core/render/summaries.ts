// What a handoff and a resume print: the saved state for the person, the workflow for Claude to
// pick up with what changed since. Pure: everything, including "now", comes in as arguments.
import { encode } from '@toon-format/toon';
import { clip, formatAge } from '../shared/text.ts';
import type { CompatibilityRow, Staleness } from '../git/compatibility.ts';
import { renderSessionFacts } from './session-facts-render.ts';
import type { Changes } from '../git/changes-since.ts';
import type { HistoryEntry, WorkflowState } from '../schemas.ts';
import { alsoAutomaticLine, bullets, foreignLine, formatGit, formatPhase, numbered, plural, section } from './workflow-text.ts';

function resumeCommands(id: string, invocation: string): string[] {
  return [`Resume in Claude Code:  /workflow:resume ${id}`, `Resume from a terminal: ${invocation} resume ${id}`];
}

export function renderHandoffSummary(
  state: WorkflowState,
  location: string,
  warnings: readonly string[],
  redacted = 0,
  sync: string | null = null,
  into: string | null = null,
  invocation = 'claude-workflow',
): string {
  const counts = [
    plural(state.accomplishments.length, 'accomplishment'),
    plural(state.next_steps.length, 'next step'),
    plural(state.decisions.length, 'decision'),
    plural(state.blockers.length, 'blocker'),
  ].join(', ');
  const lines = [
    `Handoff saved: ${state.id} (${state.status})`,
    ...(into ? [`  Into:     ${into}`] : []),
    `  Task:     ${clip(state.task.description, 100)}${state.task.ticket_id ? ` [${state.task.ticket_id}]` : ''}`,
    `  Phase:    ${formatPhase(state.phase)}`,
    `  Git:      ${formatGit(state.git)}`,
    `  Recorded: ${counts}`,
    `  Device:   ${state.device.hostname}`,
    `  State:    ${location}`,
    // said only when it happened: the user should know the saved text differs from what they wrote
    ...(redacted > 0 ? [`  Redacted: ${plural(redacted, 'secret')} (replaced with [REDACTED:…])`] : []),
    ...(sync ? [`  Sync:     ${sync}`] : []),
    ...warnings.map((w) => `  Warning:  ${w}`),
    '',
    ...resumeCommands(state.id, invocation),
  ];
  return lines.join('\n');
}

function renderTodos(todos: WorkflowState['todos']): string[] {
  const mark = { pending: '[ ]', in_progress: '[~]', completed: '[x]' } as const;
  return [...todos.active, ...todos.completed].map((t) => `- ${mark[t.status]} ${t.content}`);
}

function renderChanges(changes: Changes, handoffBranch: string | null): string[] {
  const lines: string[] = [];
  if (changes.conflicts.length > 0) {
    lines.push(`- Possible conflicts (in flight at the handoff, changed by commits since): ${changes.conflicts.join(', ')}`);
  }
  if (changes.branch_changed) {
    lines.push(`- Branch switched: ${handoffBranch ?? '(detached)'} → ${changes.current_branch ?? '(detached)'}`);
  }
  if (changes.new_commit_count > 0) {
    lines.push(`- ${plural(changes.new_commit_count, 'new commit')}:`);
    for (const c of changes.new_commits.slice(0, 20)) lines.push(`    ${c.sha.slice(0, 8)} ${clip(c.subject, 72)} (${c.author})`);
    const shown = Math.min(20, changes.new_commits.length);
    if (changes.new_commit_count > shown) lines.push(`    … and ${changes.new_commit_count - shown} more`);
  }
  if (changes.files_changed.length > 0) {
    const shown = changes.files_changed.slice(0, 30).map((f) => `${f.status} ${f.path}`);
    const more = changes.files_changed.length > 30 ? `, … ${changes.files_changed.length - 30} more` : '';
    lines.push(`- Files changed by those commits: ${shown.join(', ')}${more}`);
  }
  if (changes.uncommitted.length > 0) {
    const shown = changes.uncommitted.slice(0, 30).map((f) => `${f.status} ${f.path}`);
    lines.push(`- Uncommitted now: ${shown.join(', ')}${changes.uncommitted.length > 30 ? ', …' : ''}`);
  }
  if (changes.missing_files.length > 0) lines.push(`- Missing since the handoff: ${changes.missing_files.join(', ')}`);
  const up = changes.upstream;
  if (up && (up.ahead > 0 || up.behind > 0)) {
    lines.push(`- ${changes.current_branch ?? 'HEAD'} is ${up.ahead} ahead, ${up.behind} behind ${up.name}${up.behind > 0 ? ': pull before you build on it' : ''}`);
  }
  return lines.length > 0 ? lines : ['- Nothing: no new commits, same branch, no missing files.'];
}

export interface ResumeView {
  /** the state as it was handed off */
  handedOff: WorkflowState;
  changes: Changes;
  warnings: readonly string[];
  lastHandoff: HistoryEntry | undefined;
  compatibility?: readonly CompatibilityRow[];
  staleness?: Staleness;
  alsoAutomatic?: WorkflowState | null;
  /** saved on another machine or dated in the future (workflow-origin.ts) */
  foreign?: boolean;
}

function renderCompatibility(rows: readonly CompatibilityRow[]): string[] {
  const mark = { ok: 'ok', changed: 'changed', warning: 'WARNING' } as const;
  const table = [['CHECK', 'AT HANDOFF', 'NOW', ''], ...rows.map((r) => [r.check, r.at_handoff, r.now, `${mark[r.level]}${r.note ? `: ${r.note}` : ''}`])];
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((cells) => (cells[i] ?? '').length)));
  return table.map((cells) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c)).join('  ').trimEnd());
}

function renderPhases(phases: WorkflowState['phases']): string[] {
  if (phases.length === 0) return [];
  // TOON's table form: one header, one compact row per phase
  const withReasons = phases.some((p) => p.skip_reason);
  const rows = phases.map((p) => ({
    num: p.num,
    name: p.name,
    status: p.status,
    deliverables: p.deliverables.length,
    ...(withReasons ? { skip_reason: p.skip_reason ?? '' } : {}),
  }));
  return encode({ phases: rows }).split('\n');
}

export function renderResumeSummary(view: ResumeView, now: Date): string {
  const { handedOff: state, changes, warnings, lastHandoff, compatibility = [], staleness, alsoAutomatic = null, foreign = false } = view;
  const from = lastHandoff ? ` on ${lastHandoff.device}` : ` on ${state.device.hostname}`;
  const completedPhases = state.phases.filter((p) => ['completed', 'approved', 'skipped'].includes(p.status)).length;
  const gate = state.status === 'waiting_approval' ? state.phases.find((p) => p.status === 'completed') ?? null : null;
  const lines = [
    `# Resuming workflow ${state.id}`,
    `Task: ${state.task.description}${state.task.ticket_id ? ` [${state.task.ticket_id}]` : ''}`,
    `Status: ${state.status} · last saved ${formatAge(state.updated_at, now)}${from}`,
    ...(staleness?.stale ? [`STALE: ${staleness.reasons.join('; ')}. Check the changes below before trusting the next steps.`] : []),
    ...(alsoAutomatic ? [alsoAutomaticLine(alsoAutomatic, now)] : []),
    ...(foreign ? [foreignLine(state, now)] : []),
    ...(state.status === 'waiting_approval'
      ? [`Approval gate: ${gate ? `phase ${gate.num} (${gate.name}) is done and ` : ''}the work waits for the user's approval before it goes on.`]
      : []),
    `Phase: ${formatPhase(state.phase)}${state.phases.length > 0 ? ` (${completedPhases}/${state.phases.length} phases done)` : ''}`,
    `Git at handoff: ${formatGit(state.git)}`,
    ...section('Summary', state.summary ? [state.summary] : []),
    ...section("Claude Code's summary at the last compaction (newer than the handoff)", newerCompactSummary(state, lastHandoff?.at ?? null)),
    ...section('Phases', renderPhases(state.phases)),
    ...section('Accomplishments', bullets(state.accomplishments)),
    ...section('Next steps', numbered(state.next_steps)),
    ...section('Decisions', bullets(state.decisions)),
    ...section('Blockers', bullets(state.blockers)),
    ...section('Todos', renderTodos(state.todos)),
    ...section('Notes', bullets(state.notes)),
    ...section('From the session', renderSessionFacts(state)),
    ...section('Changes since the handoff', renderChanges(changes, state.git?.branch ?? null)),
    ...section('Compatibility', compatibility.length > 0 ? renderCompatibility(compatibility) : []),
    ...section('Warnings', bullets(warnings)),
  ];
  return lines.join('\n');
}

function newerCompactSummary(state: WorkflowState, lastHandoffAt: string | null): string[] {
  const kept = state.compact_summary;
  if (!kept || (lastHandoffAt !== null && Date.parse(kept.at) <= Date.parse(lastHandoffAt))) return [];
  return [kept.text];
}
