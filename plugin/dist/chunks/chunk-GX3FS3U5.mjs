import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  isLeaseLive,
  readLease
} from "./chunk-IHXNDO6A.mjs";
import {
  appendHistory
} from "./chunk-7PRM62IK.mjs";
import {
  sessionFile
} from "./chunk-NHQYGJ6M.mjs";
import {
  describeDevice
} from "./chunk-ELYLUY4E.mjs";
import {
  assertWorkflowId,
  listWorkflows,
  loadWorkflow,
  updateWorkflow
} from "./chunk-RKD4ZUVQ.mjs";
import {
  WORKFLOW_ID_PATTERN,
  WorkflowStatus
} from "./chunk-65YYEQP7.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/liveness.ts
import fs from "node:fs";
import path from "node:path";
var LIVE_WINDOW_MS = 30 * 6e4;
var RUNTIME_SUFFIXES = [".json", ".statusline.json"];
function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}
function isFresh(mtimeMs, now) {
  return now.getTime() - mtimeMs < LIVE_WINDOW_MS;
}
function liveHolder(place, state, env, now) {
  const lease = readLease(place.storeDir, state.id);
  if (isLeaseLive(lease, now)) {
    return { session_id: lease.session_id, evidence: path.join(place.storeDir, state.id, "lease.json"), seen_at: lease.renewed_at };
  }
  const sessionId = state.session.id;
  if (!sessionId) return null;
  for (const suffix of RUNTIME_SUFFIXES) {
    const file = sessionFile(env, sessionId, suffix);
    const mtime = mtimeOf(file);
    if (mtime !== null && isFresh(mtime, now)) return { session_id: sessionId, evidence: file, seen_at: new Date(mtime).toISOString() };
  }
  return null;
}
function describeLiveHolder(holder, now) {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(holder.seen_at)) / 6e4));
  const when = minutes < 1 ? "just now" : `${minutes} min ago`;
  return `${holder.session_id ? `session ${holder.session_id}` : "a session"} (active ${when}; ${holder.evidence})`;
}

// scripts/core/lifecycle.ts
import { randomBytes } from "node:crypto";
import fs2 from "node:fs";
import path2 from "node:path";
var DAY_MS = 24 * 60 * 6e4;
var LOCK_FILE = ".lock";
var LOCK_FRESH_MS = 3e4;
function finishWorkflow(place, id, status, reason, sessionId, now) {
  const { state: before } = loadWorkflow(place.storeDir, assertWorkflowId(id));
  const base = { id, status, previous: before.status, task: before.task.description };
  if (before.status === status) return { ...base, changed: false };
  const at = now.toISOString();
  let previous = before.status;
  const saved = updateWorkflow(place.storeDir, id, (current) => {
    const state = current?.state ?? before;
    previous = state.status;
    return { ...state, status, updated_at: at };
  });
  const event = status === "completed" ? "complete" : "cancel";
  const summary = `${status}${reason ? `: ${reason}` : ""} (was ${previous})`;
  appendHistory(place.storeDir, id, lifecycleEntry(event, saved.state, at, summary, sessionId));
  return { ...base, previous, changed: true };
}
function lifecycleEntry(event, state, at, summary, sessionId) {
  return {
    at,
    event,
    // the machine and session that finished the work, not the ones that last saved it
    device: describeDevice().hostname,
    branch: state.git?.branch ?? null,
    commit: state.git?.commit ?? null,
    summary: summary.replace(/\s+/g, " ").trim().slice(0, 200),
    session_id: sessionId
  };
}
function globToRegExp(pattern) {
  let source = "";
  for (const char of pattern) {
    if (char === "*") source += ".*";
    else if (char === "?") source += ".";
    else source += char.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
var RETAINED_STATUSES = ["completed", "cancelled"];
function cleanupPolicy(retention, options) {
  const statuses = options.statuses.length > 0 ? [...new Set(options.statuses)] : RETAINED_STATUSES;
  const configured = { completed: retention.completed_days, cancelled: retention.cancelled_days };
  const maxAgeDays = {};
  for (const status of statuses) {
    const days2 = options.olderThanDays ?? configured[status];
    if (days2 === void 0) {
      throw new WorkflowError(`--status ${status}: ${status} workflows have no retention age and are always kept; add --older-than <days> to delete them`, 2);
    }
    maxAgeDays[status] = days2;
  }
  return { maxAgeDays, ageSource: options.olderThanDays === null ? "retention" : "older-than", statusesNamed: options.statuses.length > 0, pattern: options.pattern };
}
function ageInDays(iso, now) {
  return Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS * 10) / 10;
}
function days(n) {
  return `${n} day${n === 1 ? "" : "s"}`;
}
function selectForCleanup(states, policy, now) {
  const selection = { candidates: [], kept: [] };
  const matcher = policy.pattern === null ? null : globToRegExp(policy.pattern);
  for (const state of states) {
    const { id, status } = state;
    const keep = (reason) => selection.kept.push({ id, reason });
    if (matcher && !matcher.test(id)) {
      keep(`does not match --pattern "${policy.pattern}"`);
      continue;
    }
    const maxAge = policy.maxAgeDays[status];
    if (maxAge === void 0) {
      keep(policy.statusesNamed ? `${status}: not one of the --status given` : `${status}: kept whatever its age`);
      continue;
    }
    const ageMs = now.getTime() - Date.parse(state.updated_at);
    const age = ageInDays(state.updated_at, now);
    const limit = policy.ageSource === "older-than" ? `--older-than ${days(maxAge)}` : `the ${days(maxAge)} retention of ${status} workflows`;
    const ago = age < 1 ? "less than a day ago" : `${days(age)} ago`;
    if (ageMs > maxAge * DAY_MS) selection.candidates.push({ id, status, age_days: age, reason: `${status} ${ago}, past ${limit}` });
    else keep(`${status} ${ago}, within ${limit}`);
  }
  return selection;
}
function unreadableIds(storeDir, readable) {
  let entries;
  try {
    entries = fs2.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const ids = new Set(readable.map((s) => s.id));
  return entries.filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name) && !ids.has(entry.name)).map((entry) => entry.name).sort();
}
function lockIsFresh(storeDir, id, now) {
  try {
    return now.getTime() - fs2.statSync(path2.join(storeDir, id, LOCK_FILE)).mtimeMs < LOCK_FRESH_MS;
  } catch {
    return false;
  }
}
function cleanupWorkflows(place, policy, dryRun, env, now) {
  const { workflows, problems } = listWorkflows(place.storeDir);
  const states = workflows.map(({ state }) => state);
  const { candidates, kept } = selectForCleanup(states, policy, now);
  for (const id of unreadableIds(place.storeDir, states)) {
    const problem = problems.find((p) => p.includes(`${path2.sep}${id}${path2.sep}`));
    kept.push({ id, reason: `cannot be read: ${problem ?? "see the warnings"}` });
  }
  const report = { deleted: [], kept, dry_run: dryRun };
  for (const candidate of candidates) {
    const state = states.find((s) => s.id === candidate.id);
    const holder = state ? liveHolder(place, state, env, now) : null;
    if (holder) {
      kept.push({ id: candidate.id, reason: `held by a live ${describeLiveHolder(holder, now)}` });
      continue;
    }
    if (lockIsFresh(place.storeDir, candidate.id, now)) {
      kept.push({ id: candidate.id, reason: "being saved right now (its lock file is held)" });
      continue;
    }
    if (!dryRun) removeWorkflowDir(place.storeDir, candidate.id);
    report.deleted.push(candidate);
  }
  return report;
}
function removeWorkflowDir(storeDir, id) {
  const dir = path2.join(storeDir, assertWorkflowId(id));
  let stat;
  try {
    stat = fs2.lstatSync(dir);
  } catch {
    throw new WorkflowError(`${dir} does not exist: nothing to delete`);
  }
  if (!stat.isDirectory()) throw new WorkflowError(`${dir} is not a directory (a symbolic link?); not deleted`);
  const trash = path2.join(storeDir, `.deleting-${id}-${randomBytes(4).toString("hex")}`);
  fs2.renameSync(dir, trash);
  fs2.rmSync(trash, { recursive: true, force: true });
}
function parseStatuses(values) {
  return values.map((value) => {
    const parsed = WorkflowStatus.safeParse(value);
    if (!parsed.success) throw new WorkflowError(`--status ${value}: expected one of ${WorkflowStatus.options.join(", ")}`, 2);
    return parsed.data;
  });
}
function parseDays(option, raw) {
  const value = Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0) throw new WorkflowError(`${option} ${raw}: expected a number of days, 0 or more`, 2);
  return value;
}

export {
  liveHolder,
  describeLiveHolder,
  finishWorkflow,
  cleanupPolicy,
  cleanupWorkflows,
  removeWorkflowDir,
  parseStatuses,
  parseDays
};
