// The work log: who worked on which workflow, on which machine, when. It is read from the
// workflows' history.jsonl files (which travel with the workflows), never from a separate index
// that could drift from them. Option parsing, filtering, ordering and rendering are pure: the time
// zone comes in as an argument (undefined: the process's own, which follows TZ). Only readWorkLog
// touches the disk.
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { assertWorkflowId } from './ids.ts';
import type { HistoryEntry } from '../schemas.ts';
import { parseHistory, readHistory } from './store-history.ts';
import { loadWorkflow } from './store.ts';
import { existingIds } from './store-ids.ts';
import { layoutColumns, wrapWords } from '../shared/columns.ts';
import { compareText } from '../shared/ordering.ts';
import { clip } from '../shared/text.ts';

export type WorkLogEvent = HistoryEntry['event'];
const WORK_LOG_EVENTS: readonly WorkLogEvent[] = ['handoff', 'resume', 'checkpoint', 'pause', 'complete', 'cancel'];
const DEFAULT_LOG_LIMIT = 50;

/** One history entry and the workflow it belongs to; keys in the order of the JSON output. */
export interface WorkLogEntry {
  at: string;
  event: WorkLogEvent;
  workflow: string;
  device: string;
  branch: string | null;
  commit: string | null;
  summary: string;
  session_id: string | null;
}

export function toWorkLogEntry(workflow: string, entry: HistoryEntry): WorkLogEntry {
  const { at, event, device, branch, commit, summary, session_id } = entry;
  return { at, event, workflow, device, branch, commit, summary, session_id };
}

export interface WorkLogFilter {
  /** case-insensitive substrings of the device name; an entry matches any of them (none: all) */
  devices: string[];
  /** none: all events */
  events: WorkLogEvent[];
  /** epoch ms, inclusive */
  since: number | null;
  /** epoch ms, exclusive (an inclusive `--until` is turned into the first instant after it) */
  before: number | null;
  /** null: no limit */
  limit: number | null;
}

export const NO_FILTER: WorkLogFilter = { devices: [], events: [], since: null, before: null, limit: null };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function badDate(option: string, text: string): WorkflowError {
  return new WorkflowError(
    `--${option} "${text}": expected a date as YYYY-MM-DD (a day in local time) or an ISO date-time such as 2026-10-21T10:30 or 2026-10-21T10:30:00Z`,
    2,
  );
}

/**
 * `--since`/`--until` as the bounds of a half-open range [since, before). A bare date is a whole
 * day in the local time zone (the one the log is printed in), so `--until 2026-10-21` keeps that
 * day's entries; a date-time without an offset is local time too, as `Date.parse` reads it.
 */
export function parseDateBound(option: 'since' | 'until', text: string): number {
  const trimmed = text.trim();
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!realDate(y, m, d)) throw badDate(option, text);
    return new Date(y, m - 1, option === 'since' ? d : d + 1).getTime();
  }
  const moment = DATE_TIME.exec(trimmed);
  // Date.parse alone would roll 2026-02-30 over into March: the parts are checked first
  if (!moment || !realDate(Number(moment[1]), Number(moment[2]), Number(moment[3])) || Number(moment[4]) > 23 || Number(moment[5]) > 59 || Number(moment[6] ?? 0) > 59) {
    throw badDate(option, text);
  }
  const ms = Date.parse(trimmed.replace(' ', 'T'));
  if (Number.isNaN(ms)) throw badDate(option, text);
  return option === 'since' ? ms : ms + 1;
}

interface WorkLogOptionValues {
  device?: string[] | undefined;
  event?: string[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
  limit?: string | undefined;
}

/** The command's options as a filter; a bad value is a usage error (exit 2) before anything is read. */
export function parseWorkLogOptions(values: WorkLogOptionValues): WorkLogFilter {
  const events: WorkLogEvent[] = [];
  for (const event of values.event ?? []) {
    const known = WORK_LOG_EVENTS.find((e) => e === event.trim().toLowerCase());
    if (!known) throw new WorkflowError(`--event "${event}": expected one of ${WORK_LOG_EVENTS.join(', ')}`, 2);
    events.push(known);
  }
  const devices = (values.device ?? []).map((d) => d.trim()).filter((d) => d !== '');
  const since = values.since === undefined ? null : parseDateBound('since', values.since);
  const before = values.until === undefined ? null : parseDateBound('until', values.until);
  if (since !== null && before !== null && since >= before) {
    throw new WorkflowError(`--since ${values.since} is after --until ${values.until}: nothing can match`, 2);
  }
  let limit: number | null = DEFAULT_LOG_LIMIT;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit.trim())) throw new WorkflowError(`--limit "${values.limit}": expected a whole number (0 for no limit)`, 2);
    const n = Number(values.limit.trim());
    limit = n === 0 ? null : n;
  }
  return { devices, events, since, before, limit };
}

/**
 * A checkpoint saved on the regular interval rather than at a milestone. The plugin does not write
 * them to the history today, but a history from an older version (or synced from one) may hold
 * them, and a log of "every 5 minutes" lines would bury the real work.
 */
export function isRoutineCheckpoint(entry: Pick<WorkLogEntry, 'event' | 'summary'>): boolean {
  return entry.event === 'checkpoint' && /^checkpoint \(interval/i.test(entry.summary);
}

function matchesFilter(entry: WorkLogEntry, filter: WorkLogFilter): boolean {
  if (isRoutineCheckpoint(entry)) return false;
  if (filter.events.length > 0 && !filter.events.includes(entry.event)) return false;
  if (filter.devices.length > 0) {
    const device = entry.device.toLowerCase();
    if (!filter.devices.some((d) => device.includes(d.toLowerCase()))) return false;
  }
  const at = Date.parse(entry.at);
  if (filter.since !== null && at < filter.since) return false;
  if (filter.before !== null && at >= filter.before) return false;
  return true;
}

interface WorkLogSelection {
  entries: WorkLogEntry[];
  /** entries that matched but were left out by the limit */
  omitted: number;
}

/**
 * Matching entries, newest first. Entries with the same time keep their reverse file order: within
 * one history.jsonl a later line was written later. Across workflows, ties go by workflow id so
 * the output does not depend on the order directories were read.
 */
export function selectWorkLog(entries: readonly WorkLogEntry[], filter: WorkLogFilter): WorkLogSelection {
  const matching = entries
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.at) }))
    .filter(({ entry }) => matchesFilter(entry, filter))
    .sort((a, b) => b.at - a.at || compareText(a.entry.workflow, b.entry.workflow) || b.index - a.index)
    .map(({ entry }) => entry);
  const kept = filter.limit === null ? matching : matching.slice(0, filter.limit);
  return { entries: kept, omitted: matching.length - kept.length };
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormats.set(key, format);
  }
  return format;
}

/** `YYYY-MM-DD HH:mm` in `timeZone` (undefined: the process's local zone, which follows TZ). */
export function formatLogTime(iso: string, timeZone?: string): string {
  const parts: Record<string, string> = {};
  for (const part of timeFormat(timeZone).formatToParts(new Date(iso))) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function timeZoneName(timeZone?: string): string {
  return timeFormat(timeZone).resolvedOptions().timeZone;
}

/** Where the work happened: `(branch: main)`, `(detached at 1a2b3c4)`, or nothing outside git. */
export function formatWhere(entry: Pick<WorkLogEntry, 'branch' | 'commit'>): string {
  if (entry.branch) return `(branch: ${entry.branch})`;
  if (entry.commit) return `(detached at ${entry.commit.slice(0, 7)})`;
  return '';
}

const SUMMARY_MAX = 120;

interface WorkLogView {
  /** the one workflow asked for: its id is then said once in the heading instead of on every line */
  workflow: string | null;
  filter: WorkLogFilter;
  timeZone?: string | undefined;
  /** each workflow's short handle, shown in its place (the full ids are in --format json) */
  handles?: ReadonlyMap<string, string>;
  width?: number;
}

function filterDescription(filter: WorkLogFilter, timeZone: string | undefined): string {
  const parts: string[] = [];
  if (filter.events.length > 0) parts.push(`event ${filter.events.join('|')}`);
  if (filter.devices.length > 0) parts.push(`device ~ ${filter.devices.join('|')}`);
  if (filter.since !== null) parts.push(`from ${formatLogTime(new Date(filter.since).toISOString(), timeZone)}`);
  if (filter.before !== null) parts.push(`before ${formatLogTime(new Date(filter.before).toISOString(), timeZone)}`);
  return parts.join(', ');
}

function countEntries(n: number, older = ''): string {
  return `${n} ${older}${n === 1 ? 'entry' : 'entries'}`;
}

/**
 * One aligned line per entry, newest first:
 * `2026-10-21 10:30  handoff     [macbook-main]  <workflow-id>  Fixed tag assignment (branch: main)`.
 * The event is a column of its own because summaries of resumes and pauses are mechanical and the
 * event is what the eye scans for.
 */
export function renderWorkLog(selection: WorkLogSelection, view: WorkLogView): string {
  const filters = filterDescription(view.filter, view.timeZone);
  const scope = view.workflow ? `Work log of ${view.workflow}` : 'Work log';
  if (selection.entries.length === 0) {
    if (filters) return `${scope}: no entries match (${filters}).`;
    return view.workflow
      ? `${scope}: no entries yet.`
      : 'No work log yet: it starts with the first /workflow:handoff or `claude-workflow handoff` in this project.';
  }
  const rows = selection.entries.map((e) => {
    const cells = [formatLogTime(e.at, view.timeZone), e.event, `[${e.device}]`];
    if (!view.workflow) cells.push(view.handles?.get(e.workflow) ?? e.workflow);
    const where = formatWhere(e);
    cells.push(where ? `${clip(e.summary, SUMMARY_MAX)} ${where}` : clip(e.summary, SUMMARY_MAX));
    return cells;
  });
  // 80 columns: the device and the summary give way, the time, event and handle never do
  const last = (rows[0]?.length ?? 1) - 1;
  const lines = layoutColumns(rows, { 2: 2, [last]: 4 }, view.width ?? 80);
  const shown = selection.omitted > 0 ? `the newest ${selection.entries.length} of ${selection.entries.length + selection.omitted} entries` : `${countEntries(selection.entries.length)}, newest first`;
  const heading = `${scope}: ${shown}${filters ? ` (${filters})` : ''}; times in ${timeZoneName(view.timeZone)}`;
  const footer = selection.omitted > 0 ? [`… ${countEntries(selection.omitted, 'older ')} not shown; --limit 0 shows all`] : [];
  return [...wrapWords(heading, view.width ?? 80, '  '), ...lines, ...footer].join('\n');
}

/** The JSON document of `log --format json`. */
export function workLogJson(selection: WorkLogSelection): { entries: WorkLogEntry[]; omitted: number } {
  return { entries: selection.entries, omitted: selection.omitted };
}

/** The history.jsonl text of an archived workflow, as the archive holds it. */
export interface ArchivedHistory {
  id: string;
  history: string;
}

/**
 * Every history entry of the store's workflows (or of `id`'s only), with `archives` added when
 * the caller read them. An `id` that is neither in the store nor among `archives` fails naming the
 * workflows that exist.
 */
export function readWorkLog(storeDir: string, id: string | null, archives: readonly ArchivedHistory[] = []): WorkLogEntry[] {
  const entries: WorkLogEntry[] = [];
  const add = (workflow: string, history: readonly HistoryEntry[]) => {
    for (const entry of history) entries.push(toWorkLogEntry(workflow, entry));
  };
  const wanted = (workflow: string) => id === null || workflow === id;
  if (id !== null) {
    const live = fs.existsSync(path.join(storeDir, assertWorkflowId(id)));
    // loadWorkflow is what fails with the list of existing ids
    if (!live && !archives.some((a) => a.id === id)) loadWorkflow(storeDir, id);
  }
  for (const workflow of id === null ? existingIds(storeDir) : [id]) {
    if (fs.existsSync(path.join(storeDir, workflow))) add(workflow, readHistory(storeDir, workflow));
  }
  for (const archive of archives) if (wanted(archive.id)) add(archive.id, parseHistory(archive.history));
  return entries;
}
