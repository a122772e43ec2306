import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  SESSION_FILE_MAX_AGE_DAYS
} from "./chunk-NHQYGJ6M.mjs";
import {
  runtimeDir
} from "./chunk-7P4JTMGD.mjs";
import {
  formatAge
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import {
  DIR_MODE,
  FILE_MODE,
  LOCK_STALE_MS,
  STORE_FILES,
  readSealed,
  toonText,
  withLock,
  writeFileAtomic
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  HistoryEntry,
  SCHEMA_VERSION,
  WORKFLOW_ID_PATTERN
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/doctor.ts
import fs from "node:fs";
import path from "node:path";
var LEASE_FILE = "lease.json";
var TEMP_FILE_GRACE_MS = 6e4;
var ok = (message) => ({ level: "ok", message });
var warn = (message) => ({ level: "warn", message });
var error = (message) => ({ level: "error", message });
var fixed = (message) => ({ level: "fixed", message });
function file(scope, name) {
  return path.join(scope.dir, name);
}
function local(scope, message) {
  return message.replaceAll(`${scope.dir}${path.sep}`, "");
}
function problemOf(scope, read) {
  return read.ok ? "" : local(scope, read.problem);
}
function mtimeOf(target) {
  try {
    return fs.statSync(target).mtimeMs;
  } catch {
    return null;
  }
}
function ageOf(target, now) {
  const mtime = mtimeOf(target);
  return mtime === null ? "at an unknown time" : formatAge(new Date(mtime).toISOString(), now);
}
function entries(dir) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
function count(n, word, plural = `${word}s`) {
  return `${n} ${n === 1 ? word : plural}`;
}
var them = (n) => n === 1 ? "it" : "them";
function octal(mode) {
  return `0${(mode & 511).toString(8)}`;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkLock(scope) {
  const lock = file(scope, STORE_FILES.lock);
  const mtime = mtimeOf(lock);
  if (mtime === null) return [];
  if (scope.now.getTime() - mtime <= LOCK_STALE_MS) return [ok(`${STORE_FILES.lock} held by a save in progress`)];
  let holder = "";
  try {
    holder = fs.readFileSync(lock, "utf8").trim().split(" ")[0] ?? "";
  } catch {
  }
  const what = `stale ${STORE_FILES.lock} (process ${holder || "unknown"}, ${ageOf(lock, scope.now)})`;
  if (!scope.fix) return [warn(`${what}; saves remove it after ${LOCK_STALE_MS / 1e3} s, doctor --fix removes it now`)];
  fs.rmSync(lock, { force: true });
  return [fixed(`removed ${what}`)];
}
function checkState(scope) {
  const stateFile = file(scope, STORE_FILES.state);
  const backupFile = file(scope, STORE_FILES.backup);
  const main = readSealed(stateFile);
  if (main.ok) {
    return [
      ok(
        main.migratedFrom === null ? `${STORE_FILES.state} valid (schema v${SCHEMA_VERSION}, checksum ok)` : `${STORE_FILES.state} valid (schema v${main.migratedFrom}: read as v${SCHEMA_VERSION}, written as v${SCHEMA_VERSION} at the next save)`
      )
    ];
  }
  if (main.fatal) return [error(`${problemOf(scope, main)}; left as it is`)];
  if (!fs.existsSync(stateFile) && !fs.existsSync(backupFile)) {
    if (entries(scope.dir).length > 0) return [error(`neither ${STORE_FILES.state} nor ${STORE_FILES.backup} exists: the workflow cannot be read`)];
    if (!scope.fix) return [warn("empty directory, left by a first save that failed; doctor --fix removes it")];
    fs.rmdirSync(scope.dir);
    return [fixed("removed the empty directory left by a first save that failed")];
  }
  const backup = readSealed(backupFile);
  if (!backup.ok) return [error(`${problemOf(scope, main)}, and ${problemOf(scope, backup)}; nothing was changed`)];
  const age = `written ${ageOf(backupFile, scope.now)}`;
  if (!scope.fix) {
    return [error(`${problemOf(scope, main)}; ${STORE_FILES.backup} (${age}) is good and is read instead: doctor --fix restores it`)];
  }
  const restored = withLock(scope.dir, () => {
    if (readSealed(stateFile).ok) return false;
    const again = readSealed(backupFile);
    if (!again.ok) throw new WorkflowError(problemOf(scope, again));
    writeFileAtomic(stateFile, again.text);
    return true;
  });
  return [restored ? fixed(`${problemOf(scope, main)}; restored from ${STORE_FILES.backup} (${age})`) : ok(`${STORE_FILES.state} was repaired by a save meanwhile`)];
}
function checkBackup(scope) {
  const stateFile = file(scope, STORE_FILES.state);
  const backupFile = file(scope, STORE_FILES.backup);
  const main = readSealed(stateFile);
  if (!main.ok) return [];
  if (!fs.existsSync(backupFile)) return [ok(`no ${STORE_FILES.backup} yet (kept from the second save on)`)];
  const backup = readSealed(backupFile);
  if (backup.ok) return [ok(`${STORE_FILES.backup} valid (schema v${backup.migratedFrom ?? SCHEMA_VERSION}, written ${ageOf(backupFile, scope.now)})`)];
  if (backup.fatal) return [warn(`${problemOf(scope, backup)}; left as it is`)];
  if (!scope.fix) return [warn(`${problemOf(scope, backup)}; doctor --fix replaces it with a copy of the good ${STORE_FILES.state}`)];
  withLock(scope.dir, () => {
    const again = readSealed(stateFile);
    if (again.ok && !readSealed(backupFile).ok) writeFileAtomic(backupFile, again.text);
  });
  return [fixed(`${problemOf(scope, backup)}; replaced by a copy of the good ${STORE_FILES.state}`)];
}
function checkToon(scope) {
  const stateFile = file(scope, STORE_FILES.state);
  const toonFile = file(scope, STORE_FILES.toon);
  const main = readSealed(stateFile);
  if (!main.ok) return [];
  let actual = null;
  try {
    actual = fs.readFileSync(toonFile, "utf8");
  } catch {
  }
  if (actual === toonText(main.document)) return [ok(`${STORE_FILES.toon} matches ${STORE_FILES.state}`)];
  const problem = actual === null ? `${STORE_FILES.toon} is missing` : `${STORE_FILES.toon} does not match ${STORE_FILES.state}`;
  if (!scope.fix) return [warn(`${problem}; doctor --fix writes it again from ${STORE_FILES.state}`)];
  withLock(scope.dir, () => {
    const again = readSealed(stateFile);
    if (again.ok) writeFileAtomic(toonFile, toonText(again.document));
  });
  return [fixed(`${problem}; written again from ${STORE_FILES.state}`)];
}
function classifyHistoryLine(line) {
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return "bad";
  }
  if (!isObject(value)) return "bad";
  if (typeof value.schema_version === "number" && value.schema_version > SCHEMA_VERSION) return "newer";
  return HistoryEntry.safeParse(value).success ? "good" : "bad";
}
function splitHistory(text) {
  const kept = [];
  const bad = [];
  let newer = 0;
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const kind = classifyHistoryLine(line);
    if (kind === "bad") bad.push(index + 1);
    else kept.push(line);
    if (kind === "newer") newer += 1;
  });
  return { kept, bad, newer };
}
function checkHistory(scope) {
  const historyFile = file(scope, STORE_FILES.history);
  let text;
  try {
    text = fs.readFileSync(historyFile, "utf8");
  } catch {
    return [];
  }
  const { kept, bad, newer } = splitHistory(text);
  const fromNewer = newer > 0 ? `, ${newer} from a newer plugin (kept)` : "";
  if (bad.length === 0) return [ok(`${STORE_FILES.history}: ${count(kept.length, "entry", "entries")}${fromNewer}`)];
  const lines = `${bad.length} of ${count(bad.length + kept.length, "line")} do not parse (line ${bad.slice(0, 5).join(", ")}${bad.length > 5 ? ", \u2026" : ""})`;
  if (!scope.fix) return [warn(`${STORE_FILES.history}: ${lines}; doctor --fix removes ${them(bad.length)} and keeps the original as ${STORE_FILES.history}.bak`)];
  const removed = withLock(scope.dir, () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = fs.readFileSync(historyFile, "utf8");
      const split = splitHistory(current);
      writeFileAtomic(`${historyFile}.bak`, current);
      if (fs.statSync(historyFile).size !== Buffer.byteLength(current)) continue;
      writeFileAtomic(historyFile, split.kept.map((line) => `${line}
`).join(""));
      return split.bad.length;
    }
    throw new WorkflowError(`${STORE_FILES.history} kept growing while it was being repaired; run doctor --fix again`);
  });
  return [fixed(`${STORE_FILES.history}: removed ${count(removed, "line")} that did not parse; the original is kept as ${STORE_FILES.history}.bak`)];
}
function checkLease(scope) {
  const leaseFile = file(scope, LEASE_FILE);
  let lease;
  try {
    lease = JSON.parse(fs.readFileSync(leaseFile, "utf8"));
  } catch (caught) {
    if (caught instanceof Error && "code" in caught && caught.code === "ENOENT") return [];
    return [warn(`${LEASE_FILE} is not valid JSON; left as it is`)];
  }
  const expiresAt = isObject(lease) && typeof lease.expires_at === "string" ? lease.expires_at : null;
  const expires = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
  if (expiresAt === null || Number.isNaN(expires)) return [warn(`${LEASE_FILE} has no valid "expires_at"; left as it is`)];
  if (expires > scope.now.getTime()) return [ok(`${LEASE_FILE} live until ${expiresAt}`)];
  const holder = isObject(lease) && typeof lease.session_id === "string" ? ` (session ${lease.session_id})` : "";
  const what = `${LEASE_FILE}${holder} expired ${formatAge(expiresAt, scope.now)}`;
  if (!scope.fix) return [warn(`${what}; doctor --fix removes it`)];
  fs.rmSync(leaseFile, { force: true });
  return [fixed(`removed ${what}`)];
}
function tempFileNotes(dirs, base, fix, now) {
  const temps = dirs.flatMap(
    (dir) => entries(dir).filter((entry) => entry.isFile() && entry.name.includes(".tmp-")).map((entry) => path.join(dir, entry.name))
  );
  const cutoff = now.getTime() - TEMP_FILE_GRACE_MS;
  const orphans = temps.filter((temp) => (mtimeOf(temp) ?? 0) < cutoff);
  const notes = [];
  if (orphans.length < temps.length) notes.push(ok(`${count(temps.length - orphans.length, "temp file")} of a write in progress`));
  if (orphans.length === 0) return notes;
  const what = `${count(orphans.length, "temp file")} left by an interrupted write (${orphans.map((temp) => path.relative(base, temp)).join(", ")})`;
  if (!fix) return [...notes, warn(`${what}; doctor --fix removes ${them(orphans.length)}`)];
  for (const temp of orphans) fs.rmSync(temp, { force: true });
  return [...notes, fixed(`removed ${what}`)];
}
function checkTempFiles(scope) {
  return tempFileNotes([scope.dir], scope.dir, scope.fix, scope.now);
}
function wrongModes(targets, fix) {
  const wrong = [];
  for (const { target, label, expected } of targets) {
    let stat;
    try {
      stat = fs.lstatSync(target);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) {
      wrong.push(`${label} is a symbolic link (left alone)`);
      continue;
    }
    const mode = stat.mode & 511;
    if (mode === expected) continue;
    wrong.push(`${label} ${octal(mode)}`);
    if (fix) fs.chmodSync(target, expected);
  }
  return wrong;
}
function permissionNote(wrong, fix) {
  const expected = `directories ${octal(DIR_MODE)}, files ${octal(FILE_MODE)}`;
  return fix ? fixed(`permissions were ${wrong.join(", ")}; set to ${expected}`) : warn(`permissions: ${wrong.join(", ")} (expected ${expected}); doctor --fix sets them`);
}
function checkPermissions(scope) {
  if (process.platform === "win32") return [];
  const files = entries(scope.dir).filter((entry) => entry.isFile()).map((entry) => ({ target: file(scope, entry.name), label: entry.name, expected: FILE_MODE }));
  const wrong = wrongModes([{ target: scope.dir, label: "the directory", expected: DIR_MODE }, ...files], scope.fix);
  if (wrong.length === 0) return [ok(`permissions: directory ${octal(DIR_MODE)}, ${count(files.length, "file")} ${octal(FILE_MODE)}`)];
  return [permissionNote(wrong, scope.fix)];
}
var WORKFLOW_CHECKS = [
  { name: "lock", run: checkLock },
  { name: "state", run: checkState },
  { name: "backup", run: checkBackup },
  { name: "toon", run: checkToon },
  { name: "history", run: checkHistory },
  { name: "lease", run: checkLease },
  { name: "temp-files", run: checkTempFiles },
  { name: "permissions", run: checkPermissions }
];
function checkStoreDir(options, ids) {
  const { storeDir, fix } = options;
  let stat;
  try {
    stat = fs.statSync(storeDir);
  } catch {
    return [ok(`no workflow store yet (${storeDir})`)];
  }
  if (!stat.isDirectory()) return [error(`${storeDir} is not a directory`)];
  const summary = `${count(ids.length, "workflow")} in ${storeDir}`;
  if (process.platform === "win32") return [ok(summary)];
  const wrong = wrongModes(
    [
      { target: storeDir, label: "the store directory", expected: DIR_MODE },
      { target: path.join(storeDir, ".gitignore"), label: ".gitignore", expected: FILE_MODE }
    ],
    fix
  );
  if (wrong.length === 0) return [ok(summary)];
  return [ok(summary), permissionNote(wrong, fix)];
}
function checkStoreTempFiles(options) {
  const dotDirs = entries(options.storeDir).filter((entry) => entry.isDirectory() && entry.name.startsWith(".")).map((entry) => path.join(options.storeDir, entry.name));
  return tempFileNotes([options.storeDir, ...dotDirs], options.storeDir, options.fix, options.now);
}
function checkSessionFiles(options) {
  const dir = path.join(options.runtimeDir, "sessions");
  const files = entries(dir).filter((entry) => entry.isFile());
  if (files.length === 0) return [];
  const cutoff = options.now.getTime() - SESSION_FILE_MAX_AGE_DAYS * 864e5;
  const old = files.filter((entry) => (mtimeOf(path.join(dir, entry.name)) ?? Infinity) < cutoff);
  if (old.length === 0) return [ok(`${count(files.length, "per-session file")} in ${dir}, none older than ${SESSION_FILE_MAX_AGE_DAYS} days`)];
  const what = `${old.length} of ${count(files.length, "per-session file")} in ${dir} older than ${SESSION_FILE_MAX_AGE_DAYS} days`;
  if (!options.fix) return [warn(`${what}; doctor --fix deletes ${them(old.length)}`)];
  for (const entry of old) fs.rmSync(path.join(dir, entry.name), { force: true });
  return [fixed(`deleted ${what}`)];
}
function runCheck(run) {
  try {
    return run();
  } catch (caught) {
    if (caught instanceof WorkflowError || caught instanceof Error && "code" in caught) {
      return [error(`could not check or repair: ${caught.message}`)];
    }
    throw caught;
  }
}
function workflowIds(storeDir) {
  return entries(storeDir).filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name)).map((entry) => entry.name).sort();
}
function runDoctor(options) {
  const findings = [];
  const add = (workflow, check, notes) => {
    for (const note of notes) findings.push({ workflow, check, level: note.level, message: note.message, fixed: note.level === "fixed" });
  };
  const ids = workflowIds(options.storeDir);
  add(null, "store", runCheck(() => checkStoreDir(options, ids)));
  add(null, "temp-files", runCheck(() => checkStoreTempFiles(options)));
  for (const id of ids) {
    const scope = { id, dir: path.join(options.storeDir, id), fix: options.fix, now: options.now };
    for (const check of WORKFLOW_CHECKS) {
      if (!fs.existsSync(scope.dir)) break;
      add(id, check.name, runCheck(() => check.run(scope)));
    }
  }
  add(null, "sessions", runCheck(() => checkSessionFiles(options)));
  return { findings, ok: findings.every((finding) => finding.level !== "error") };
}
function subjectOf(finding) {
  return finding.workflow ?? (finding.check === "sessions" ? "runtime" : "store");
}
function renderDoctorReport(report, fix) {
  const lines = report.findings.map((finding) => `[${finding.level}] ${subjectOf(finding)}: ${finding.message}`);
  const tally = (level) => report.findings.filter((finding) => finding.level === level).length;
  const workflows = new Set(report.findings.flatMap((finding) => finding.workflow ? [finding.workflow] : [])).size;
  const summary = [count(workflows, "workflow"), count(tally("error"), "error"), count(tally("warn"), "warning")];
  if (fix) summary.push(`${tally("fixed")} fixed`);
  lines.push("", `doctor: ${summary.join(", ")}`);
  if (!fix && tally("error") + tally("warn") > 0) lines.push("Run `claude-workflow doctor --fix` to repair what can be repaired.");
  return lines.join("\n");
}

// scripts/commands/doctor.ts
var command = {
  usage: "doctor [--fix]",
  summary: "Checks the store; --fix repairs what it safely can.",
  help: [
    ["--fix", "repair: restore from backups, rebuild state.toon, tighten permissions"]
  ],
  options: { fix: { type: "boolean" } },
  async run(ctx) {
    const fix = ctx.values.fix === true;
    const report = runDoctor({ storeDir: ctx.place().storeDir, runtimeDir: runtimeDir(ctx.env), fix, now: ctx.now });
    return { text: renderDoctorReport(report, fix), json: report, exitCode: report.ok ? 0 : 1 };
  }
};
export {
  command
};
