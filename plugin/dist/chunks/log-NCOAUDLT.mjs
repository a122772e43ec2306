import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  workflowArg
} from "./chunk-KR6XN22S.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import {
  handlesOf
} from "./chunk-D5NVEAP4.mjs";
import {
  parseHistory,
  readHistory
} from "./chunk-7PRM62IK.mjs";
import {
  layoutColumns,
  wrapWords
} from "./chunk-VGXXC4YI.mjs";
import {
  assertWorkflowId,
  compareText,
  existingIds,
  loadWorkflow
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/worklog.ts
import fs from "node:fs";
import path from "node:path";
var WORK_LOG_EVENTS = ["handoff", "resume", "checkpoint", "pause", "complete", "cancel"];
var DEFAULT_LOG_LIMIT = 50;
function toWorkLogEntry(workflow, entry) {
  const { at, event, device, branch, commit, summary, session_id } = entry;
  return { at, event, workflow, device, branch, commit, summary, session_id };
}
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
function realDate(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
function badDate(option, text) {
  return new WorkflowError(
    `--${option} "${text}": expected a date as YYYY-MM-DD (a day in local time) or an ISO date-time such as 2026-10-21T10:30 or 2026-10-21T10:30:00Z`,
    2
  );
}
function parseDateBound(option, text) {
  const trimmed = text.trim();
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!realDate(y, m, d)) throw badDate(option, text);
    return new Date(y, m - 1, option === "since" ? d : d + 1).getTime();
  }
  const moment = DATE_TIME.exec(trimmed);
  if (!moment || !realDate(Number(moment[1]), Number(moment[2]), Number(moment[3])) || Number(moment[4]) > 23 || Number(moment[5]) > 59 || Number(moment[6] ?? 0) > 59) {
    throw badDate(option, text);
  }
  const ms = Date.parse(trimmed.replace(" ", "T"));
  if (Number.isNaN(ms)) throw badDate(option, text);
  return option === "since" ? ms : ms + 1;
}
function parseWorkLogOptions(values) {
  const events = [];
  for (const event of values.event ?? []) {
    const known = WORK_LOG_EVENTS.find((e) => e === event.trim().toLowerCase());
    if (!known) throw new WorkflowError(`--event "${event}": expected one of ${WORK_LOG_EVENTS.join(", ")}`, 2);
    events.push(known);
  }
  const devices = (values.device ?? []).map((d) => d.trim()).filter((d) => d !== "");
  const since = values.since === void 0 ? null : parseDateBound("since", values.since);
  const before = values.until === void 0 ? null : parseDateBound("until", values.until);
  if (since !== null && before !== null && since >= before) {
    throw new WorkflowError(`--since ${values.since} is after --until ${values.until}: nothing can match`, 2);
  }
  let limit = DEFAULT_LOG_LIMIT;
  if (values.limit !== void 0) {
    if (!/^\d+$/.test(values.limit.trim())) throw new WorkflowError(`--limit "${values.limit}": expected a whole number (0 for no limit)`, 2);
    const n = Number(values.limit.trim());
    limit = n === 0 ? null : n;
  }
  return { devices, events, since, before, limit };
}
function isRoutineCheckpoint(entry) {
  return entry.event === "checkpoint" && /^checkpoint \(interval/i.test(entry.summary);
}
function matchesFilter(entry, filter) {
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
function selectWorkLog(entries, filter) {
  const matching = entries.map((entry, index) => ({ entry, index, at: Date.parse(entry.at) })).filter(({ entry }) => matchesFilter(entry, filter)).sort((a, b) => b.at - a.at || compareText(a.entry.workflow, b.entry.workflow) || b.index - a.index).map(({ entry }) => entry);
  const kept = filter.limit === null ? matching : matching.slice(0, filter.limit);
  return { entries: kept, omitted: matching.length - kept.length };
}
var timeFormats = /* @__PURE__ */ new Map();
function timeFormat(timeZone) {
  const key = timeZone ?? "";
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23"
    });
    timeFormats.set(key, format);
  }
  return format;
}
function formatLogTime(iso, timeZone) {
  const parts = {};
  for (const part of timeFormat(timeZone).formatToParts(new Date(iso))) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
function timeZoneName(timeZone) {
  return timeFormat(timeZone).resolvedOptions().timeZone;
}
function clip(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}
function formatWhere(entry) {
  if (entry.branch) return `(branch: ${entry.branch})`;
  if (entry.commit) return `(detached at ${entry.commit.slice(0, 7)})`;
  return "";
}
var SUMMARY_MAX = 120;
function filterDescription(filter, timeZone) {
  const parts = [];
  if (filter.events.length > 0) parts.push(`event ${filter.events.join("|")}`);
  if (filter.devices.length > 0) parts.push(`device ~ ${filter.devices.join("|")}`);
  if (filter.since !== null) parts.push(`from ${formatLogTime(new Date(filter.since).toISOString(), timeZone)}`);
  if (filter.before !== null) parts.push(`before ${formatLogTime(new Date(filter.before).toISOString(), timeZone)}`);
  return parts.join(", ");
}
function countEntries(n, older = "") {
  return `${n} ${older}${n === 1 ? "entry" : "entries"}`;
}
function renderWorkLog(selection, view) {
  const filters = filterDescription(view.filter, view.timeZone);
  const scope = view.workflow ? `Work log of ${view.workflow}` : "Work log";
  if (selection.entries.length === 0) {
    if (filters) return `${scope}: no entries match (${filters}).`;
    return view.workflow ? `${scope}: no entries yet.` : "No work log yet: it starts with the first /workflow:handoff or `claude-workflow handoff` in this project.";
  }
  const rows = selection.entries.map((e) => {
    const cells = [formatLogTime(e.at, view.timeZone), e.event, `[${e.device}]`];
    if (!view.workflow) cells.push(view.handles?.get(e.workflow) ?? e.workflow);
    const where = formatWhere(e);
    cells.push(where ? `${clip(e.summary, SUMMARY_MAX)} ${where}` : clip(e.summary, SUMMARY_MAX));
    return cells;
  });
  const last = (rows[0]?.length ?? 1) - 1;
  const lines = layoutColumns(rows, { 2: 2, [last]: 4 }, view.width ?? 80);
  const shown = selection.omitted > 0 ? `the newest ${selection.entries.length} of ${selection.entries.length + selection.omitted} entries` : `${countEntries(selection.entries.length)}, newest first`;
  const heading = `${scope}: ${shown}${filters ? ` (${filters})` : ""}; times in ${timeZoneName(view.timeZone)}`;
  const footer = selection.omitted > 0 ? [`\u2026 ${countEntries(selection.omitted, "older ")} not shown; --limit 0 shows all`] : [];
  return [...wrapWords(heading, view.width ?? 80, "  "), ...lines, ...footer].join("\n");
}
function workLogJson(selection) {
  return { entries: selection.entries, omitted: selection.omitted };
}
function readWorkLog(storeDir, id, archives = []) {
  const entries = [];
  const add = (workflow, history) => {
    for (const entry of history) entries.push(toWorkLogEntry(workflow, entry));
  };
  const wanted = (workflow) => id === null || workflow === id;
  if (id !== null) {
    const live = fs.existsSync(path.join(storeDir, assertWorkflowId(id)));
    if (!live && !archives.some((a) => a.id === id)) loadWorkflow(storeDir, id);
  }
  for (const workflow of id === null ? existingIds(storeDir) : [id]) {
    if (fs.existsSync(path.join(storeDir, workflow))) add(workflow, readHistory(storeDir, workflow));
  }
  for (const archive of archives) if (wanted(archive.id)) add(archive.id, parseHistory(archive.history));
  return entries;
}

// scripts/commands/log.ts
function strings(values, key) {
  const value = values[key];
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function string(values, key) {
  const value = values[key];
  return typeof value === "string" ? value : void 0;
}
var command = {
  usage: "log [id] [--device NAME]\u2026 [--event E]\u2026 [--since DATE] [--until DATE] [--limit N] [--archived]   (newest first, 50 by default)",
  summary: "Shows who worked on which workflow, where and when.",
  help: [
    ["id", "one workflow (all of them without it)"],
    ["--device NAME", "entries from devices whose name contains NAME (repeatable)"],
    ["--event E", "handoff, resume, checkpoint, pause, complete or cancel (repeatable)"],
    ["--since DATE", "entries from DATE on (YYYY-MM-DD or an ISO date-time)"],
    ["--until DATE", "entries up to DATE"],
    ["--limit N", "at most N entries (default 50, 0 for all)"],
    ["--archived", "include archived workflows"]
  ],
  options: {
    device: { type: "string", multiple: true },
    event: { type: "string", multiple: true },
    since: { type: "string" },
    until: { type: "string" },
    limit: { type: "string" },
    archived: { type: "boolean" }
  },
  async run(ctx) {
    if (ctx.positionals.length > 1) throw usageError(command, "log takes at most one workflow id");
    const id = workflowArg(ctx, ctx.positionals[0]) ?? null;
    const filter = parseWorkLogOptions({
      device: strings(ctx.values, "device"),
      event: strings(ctx.values, "event"),
      since: string(ctx.values, "since"),
      until: string(ctx.values, "until"),
      limit: string(ctx.values, "limit")
    });
    const { storeDir } = ctx.place();
    let archives = [];
    if (ctx.values.archived === true) {
      const { readArchivedHistories } = await import("./archive-LLSUENZJ.mjs");
      const read = readArchivedHistories(storeDir, id);
      for (const problem of read.problems) process.stderr.write(`warning: ${problem}
`);
      archives = read.histories;
    }
    const selection = selectWorkLog(readWorkLog(storeDir, id, archives), filter);
    const handles = handlesOf([.../* @__PURE__ */ new Set([...existingIds(storeDir), ...selection.entries.map((e) => e.workflow)])]);
    return { text: renderWorkLog(selection, { workflow: id, filter, handles, width: ctx.width }), json: workLogJson(selection) };
  }
};
export {
  command
};
