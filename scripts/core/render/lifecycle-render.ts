// Text for the life-cycle commands (complete, cancel, cleanup, archive, unarchive, list --archived).
// Pure, like the rest of render/: everything, including "now", comes in as arguments.
import type { ArchiveResult, ArchivedWorkflow, UnarchiveResult } from '../store/archive.ts';
import type { CleanupReport, FinishResult } from '../store/lifecycle.ts';
import { clip, formatAge, formatBytes } from '../shared/text.ts';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export function renderFinished(result: FinishResult, reason: string | null): string {
  if (!result.changed) return `${result.id} is already ${result.status}; nothing changed`;
  const verb = result.status === 'completed' ? 'Completed' : 'Cancelled';
  return `${verb} ${result.id} (was ${result.previous}): ${clip(result.task, 80)}${reason ? ` (reason: ${clip(reason, 120)})` : ''}`;
}

export function renderCleanup(report: CleanupReport): string {
  const idWidth = Math.max(0, ...report.deleted.map((d) => d.id.length), ...report.kept.map((k) => k.id.length));
  const row = (id: string, why: string) => `  ${id.padEnd(idWidth)}  ${why}`;
  const lines: string[] = [];
  if (report.deleted.length === 0) lines.push(report.dry_run ? 'Nothing would be deleted (dry run).' : 'Nothing to delete.');
  else {
    lines.push(
      report.dry_run
        ? `Would delete ${plural(report.deleted.length, 'workflow')} (dry run: nothing was deleted):`
        : `Deleted ${plural(report.deleted.length, 'workflow')}:`,
    );
    lines.push(...report.deleted.map((d) => row(d.id, d.reason)));
  }
  if (report.kept.length > 0) lines.push(`Kept ${plural(report.kept.length, 'workflow')}:`, ...report.kept.map((k) => row(k.id, k.reason)));
  return lines.join('\n');
}

function savings(before: number, after: number, percent: number): string {
  return `${formatBytes(before)} → ${formatBytes(after)} (${percent}% saved)`;
}

export function renderArchived(result: ArchiveResult): string {
  return [
    `Archived ${result.id} (${result.status}): ${clip(result.task, 80)}`,
    `  Archive: ${result.archive}`,
    `  Size:    ${savings(result.bytes_before, result.archive_bytes, result.saved_percent)}`,
    ...result.warnings.map((w) => `  Warning: ${w}`),
    `Restore it with: claude-workflow unarchive ${result.id}`,
  ].join('\n');
}

export function renderUnarchived(result: UnarchiveResult): string {
  return [
    `Restored ${result.id} (${result.status}): ${clip(result.task, 80)}`,
    `  State: ${result.path} (${plural(result.files, 'file')})`,
    ...result.warnings.map((w) => `  Warning: ${w}`),
  ].join('\n');
}

export function renderArchiveTable(archives: readonly ArchivedWorkflow[], now: Date): string {
  if (archives.length === 0) return 'No archived workflows in this project. Archive one with `claude-workflow archive <id>`.';
  const rows = archives.map((a) => [
    a.id,
    clip(a.task, 40),
    a.status,
    formatAge(a.archived_at, now),
    formatBytes(a.size),
    formatBytes(a.original_size),
    `${a.original_size === 0 ? 0 : Math.round((1 - a.size / a.original_size) * 100)}%`,
  ]);
  return table(['ID', 'TASK', 'STATUS', 'ARCHIVED', 'SIZE', 'ORIGINAL', 'SAVED'], rows).join('\n');
}
