// Text for the sync command, the same for both backends (git remote, synced folder).
import type { Divergence, Resolution, SideSummary, WorkflowSyncStatus } from './model.ts';
import { SYNC_STATE_LABELS } from './model.ts';

function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([id]) => id.length));
  return rows.map(([id, what]) => `  ${id.padEnd(width)}  ${what}`).join('\n');
}

export function renderPush(result: { remote: string; workflows: { id: string; result: string }[] }): string {
  if (result.workflows.length === 0) return 'no workflows to push';
  return `pushed to ${result.remote}:\n${table(result.workflows.map((w) => [w.id, w.result === 'unchanged' ? 'already there' : w.result]))}`;
}

export function renderPull(result: { remote: string; workflows: { id: string; result: string; reason?: string }[] }, nothing: string): string {
  const lines =
    result.workflows.length === 0
      ? [nothing]
      : [
          `pulled from ${result.remote}:`,
          table(result.workflows.map((w) => [w.id, w.result === 'ahead' ? 'ahead (push to publish)' : w.result === 'refused' ? `refused: ${w.reason ?? 'unreadable'}` : w.result])),
        ];
  for (const w of result.workflows.filter((each) => each.result === 'diverged')) {
    lines.push(`${w.id}: both sides saved since the last sync; nothing was overwritten. See \`claude-workflow sync resolve ${w.id}\``);
  }
  return lines.join('\n');
}

export function renderSyncStatus(workflows: readonly WorkflowSyncStatus[], heading: string, nothing: string): string {
  if (workflows.length === 0) return nothing;
  return `${heading}\n${table(workflows.map((w) => [w.id, `${SYNC_STATE_LABELS[w.state]}${w.unsaved_changes ? ' (unsaved changes)' : ''}`]))}`;
}

function sideLines(side: SideSummary): string[] {
  const p = side.progress;
  return [
    side.device,
    side.updated_at,
    side.status,
    side.phase ?? '-',
    `${p.accomplishments} done · ${p.next_steps} next · ${p.decisions} decided · ${p.blockers} blocked`,
    `todos ${p.todos_active} open / ${p.todos_completed} done`,
    ...side.next_steps.map((step) => `- ${step}`),
  ];
}

/** Both sides of a diverged workflow next to each other, and the four ways out. */
export function renderDivergence(d: Divergence, otherLabel: string): string {
  const labels = ['device', 'updated', 'status', 'phase', 'progress', '', 'next steps'];
  const local = sideLines(d.local);
  const other = sideLines(d.remote);
  const width = Math.max(28, ...local.map((l) => l.length));
  const rows = Math.max(local.length, other.length);
  const lines = [`workflow ${d.id} has diverged: both sides saved since the last sync`, '', `  ${''.padEnd(10)}  ${'local'.padEnd(width)}  ${otherLabel}`];
  for (let i = 0; i < rows; i++) lines.push(`  ${(labels[i] ?? '').padEnd(10)}  ${(local[i] ?? '').padEnd(width)}  ${other[i] ?? ''}`.trimEnd());
  lines.push(
    '',
    `resolve with: claude-workflow sync resolve ${d.id} --use local|remote|merge|both`,
    "  local   keep this machine's version (the remote one stays in the ref's history)",
    '  remote  take the remote version (this one is kept as state.backup.json)',
    '  merge   both sides\' lists without duplicates, the other fields from the newer save',
    '  both    keep both: the remote version continues under a new id',
  );
  return lines.join('\n');
}

export function renderResolved(id: string, use: Resolution, importedAs: string | null, where: string): string {
  const what = {
    local: 'kept the local version',
    remote: 'took the remote version (the local one is state.backup.json)',
    merge: 'merged both versions',
    both: `kept both: the remote version is now workflow ${importedAs ?? ''}`,
  }[use];
  return `${id}: ${what}; \`claude-workflow sync push\` publishes the resolution${where}`;
}
