import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  formatAge
} from "./chunk-YJEZUTAS.mjs";

// scripts/core/lifecycle-render.ts
function clip(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((cells) => (cells[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}
function renderFinished(result, reason) {
  if (!result.changed) return `${result.id} is already ${result.status}; nothing changed`;
  const verb = result.status === "completed" ? "Completed" : "Cancelled";
  return `${verb} ${result.id} (was ${result.previous}): ${clip(result.task, 80)}${reason ? ` (reason: ${clip(reason, 120)})` : ""}`;
}
function renderCleanup(report) {
  const idWidth = Math.max(0, ...report.deleted.map((d) => d.id.length), ...report.kept.map((k) => k.id.length));
  const row = (id, why) => `  ${id.padEnd(idWidth)}  ${why}`;
  const lines = [];
  if (report.deleted.length === 0) lines.push(report.dry_run ? "Nothing would be deleted (dry run)." : "Nothing to delete.");
  else {
    lines.push(
      report.dry_run ? `Would delete ${plural(report.deleted.length, "workflow")} (dry run: nothing was deleted):` : `Deleted ${plural(report.deleted.length, "workflow")}:`
    );
    lines.push(...report.deleted.map((d) => row(d.id, d.reason)));
  }
  if (report.kept.length > 0) lines.push(`Kept ${plural(report.kept.length, "workflow")}:`, ...report.kept.map((k) => row(k.id, k.reason)));
  return lines.join("\n");
}
function savings(before, after, percent) {
  return `${formatBytes(before)} \u2192 ${formatBytes(after)} (${percent}% saved)`;
}
function renderArchived(result) {
  return [
    `Archived ${result.id} (${result.status}): ${clip(result.task, 80)}`,
    `  Archive: ${result.archive}`,
    `  Size:    ${savings(result.bytes_before, result.archive_bytes, result.saved_percent)}`,
    ...result.warnings.map((w) => `  Warning: ${w}`),
    `Restore it with: claude-workflow unarchive ${result.id}`
  ].join("\n");
}
function renderUnarchived(result) {
  return [
    `Restored ${result.id} (${result.status}): ${clip(result.task, 80)}`,
    `  State: ${result.path} (${plural(result.files, "file")})`,
    ...result.warnings.map((w) => `  Warning: ${w}`)
  ].join("\n");
}
function renderArchiveTable(archives, now) {
  if (archives.length === 0) return "No archived workflows in this project. Archive one with `claude-workflow archive <id>`.";
  const rows = archives.map((a) => [
    a.id,
    clip(a.task, 40),
    a.status,
    formatAge(a.archived_at, now),
    formatBytes(a.size),
    formatBytes(a.original_size),
    `${a.original_size === 0 ? 0 : Math.round((1 - a.size / a.original_size) * 100)}%`
  ]);
  return table(["ID", "TASK", "STATUS", "ARCHIVED", "SIZE", "ORIGINAL", "SAVED"], rows).join("\n");
}

export {
  formatBytes,
  renderFinished,
  renderCleanup,
  renderArchived,
  renderUnarchived,
  renderArchiveTable
};
