// `doctor`: checks the store, every workflow in it and the per-session runtime files, and with
// `fix` repairs what it safely can. Each check is a small function in a table; a check reports
// what it found (ok, warn, error) or what it repaired (fixed). Repairs that rewrite a workflow's
// files take the workflow's lock, like a save, and check again under it: a save that ran in
// between may already have repaired the file.
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { SESSION_FILE_MAX_AGE_DAYS } from '../runtime/session-runtime.ts';

import { HistoryEntry, SCHEMA_VERSION, WORKFLOW_ID_PATTERN } from '../schemas.ts';
import { DIR_MODE, FILE_MODE, LOCK_STALE_MS, STORE_FILES, readSealed, toonText, withLock, writeFileAtomic, type SealedRead } from '../store/store.ts';
import { formatAge } from '../shared/text.ts';

type FindingLevel = 'ok' | 'warn' | 'error' | 'fixed';

export interface Finding {
  /** the workflow id; null for the store itself and for the runtime files */
  workflow: string | null;
  check: string;
  level: FindingLevel;
  message: string;
  fixed: boolean;
}

export interface DoctorReport {
  findings: Finding[];
  /** false when an error is left after the fixes */
  ok: boolean;
}

interface DoctorOptions {
  storeDir: string;
  /** `runtimeDir(env)`: per-session files live under its `sessions/` */
  runtimeDir: string;
  fix: boolean;
  now: Date;
}

/** Written by a lease holder (another module); only `expires_at` is relied on here. */
export const LEASE_FILE = 'lease.json';
/** A temp file younger than this may belong to a write in progress. */
const TEMP_FILE_GRACE_MS = 60_000;

interface Note {
  level: FindingLevel;
  message: string;
}

interface WorkflowScope {
  id: string;
  dir: string;
  fix: boolean;
  now: Date;
}

interface WorkflowCheck {
  name: string;
  run: (scope: WorkflowScope) => Note[];
}

const ok = (message: string): Note => ({ level: 'ok', message });
const warn = (message: string): Note => ({ level: 'warn', message });
const error = (message: string): Note => ({ level: 'error', message });
const fixed = (message: string): Note => ({ level: 'fixed', message });

function file(scope: WorkflowScope, name: string): string {
  return path.join(scope.dir, name);
}

/** Messages name files relative to the workflow directory: the line already names the workflow. */
function local(scope: WorkflowScope, message: string): string {
  return message.replaceAll(`${scope.dir}${path.sep}`, '');
}

function problemOf(scope: WorkflowScope, read: SealedRead): string {
  return read.ok ? '' : local(scope, read.problem);
}

function mtimeOf(target: string): number | null {
  try {
    return fs.statSync(target).mtimeMs;
  } catch {
    return null;
  }
}

function ageOf(target: string, now: Date): string {
  const mtime = mtimeOf(target);
  return mtime === null ? 'at an unknown time' : formatAge(new Date(mtime).toISOString(), now);
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

const them = (n: number) => (n === 1 ? 'it' : 'them');

function octal(mode: number): string {
  return `0${(mode & 0o777).toString(8)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- workflow checks, in the order they run: a stale lock goes first so that the repairs after
// it can take the lock; permissions go last so that they cover files the repairs wrote.

function checkLock(scope: WorkflowScope): Note[] {
  const lock = file(scope, STORE_FILES.lock);
  const mtime = mtimeOf(lock);
  if (mtime === null) return [];
  if (scope.now.getTime() - mtime <= LOCK_STALE_MS) return [ok(`${STORE_FILES.lock} held by a save in progress`)];
  let holder = '';
  try {
    holder = fs.readFileSync(lock, 'utf8').trim().split(' ')[0] ?? '';
  } catch {
    // released between the stat and the read
  }
  const what = `stale ${STORE_FILES.lock} (process ${holder || 'unknown'}, ${ageOf(lock, scope.now)})`;
  if (!scope.fix) return [warn(`${what}; saves remove it after ${LOCK_STALE_MS / 1000} s, doctor --fix removes it now`)];
  fs.rmSync(lock, { force: true });
  return [fixed(`removed ${what}`)];
}

function checkState(scope: WorkflowScope): Note[] {
  const stateFile = file(scope, STORE_FILES.state);
  const backupFile = file(scope, STORE_FILES.backup);
  const main = readSealed(stateFile);
  if (main.ok) {
    return [
      ok(
        main.migratedFrom === null
          ? `${STORE_FILES.state} valid (schema v${SCHEMA_VERSION}, checksum ok)`
          : `${STORE_FILES.state} valid (schema v${main.migratedFrom}: read as v${SCHEMA_VERSION}, written as v${SCHEMA_VERSION} at the next save)`,
      ),
    ];
  }
  // written by a newer plugin: only that plugin may touch it
  if (main.fatal) return [error(`${problemOf(scope, main)}; left as it is`)];
  if (!fs.existsSync(stateFile) && !fs.existsSync(backupFile)) {
    if (entries(scope.dir).length > 0) return [error(`neither ${STORE_FILES.state} nor ${STORE_FILES.backup} exists: the workflow cannot be read`)];
    if (!scope.fix) return [warn('empty directory, left by a first save that failed; doctor --fix removes it')];
    fs.rmdirSync(scope.dir); // fails, and is reported, if a save created a file since
    return [fixed('removed the empty directory left by a first save that failed')];
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

function checkBackup(scope: WorkflowScope): Note[] {
  const stateFile = file(scope, STORE_FILES.state);
  const backupFile = file(scope, STORE_FILES.backup);
  const main = readSealed(stateFile);
  // with state.json unreadable too, the state check has reported both files
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

function checkToon(scope: WorkflowScope): Note[] {
  const stateFile = file(scope, STORE_FILES.state);
  const toonFile = file(scope, STORE_FILES.toon);
  const main = readSealed(stateFile);
  if (!main.ok) return [];
  let actual: string | null = null;
  try {
    actual = fs.readFileSync(toonFile, 'utf8');
  } catch {
    // missing or unreadable: written again below
  }
  // made from the document as stored (before any migration), as the save that wrote both did
  if (actual === toonText(main.document)) return [ok(`${STORE_FILES.toon} matches ${STORE_FILES.state}`)];
  const problem = actual === null ? `${STORE_FILES.toon} is missing` : `${STORE_FILES.toon} does not match ${STORE_FILES.state}`;
  if (!scope.fix) return [warn(`${problem}; doctor --fix writes it again from ${STORE_FILES.state}`)];
  withLock(scope.dir, () => {
    const again = readSealed(stateFile);
    if (again.ok) writeFileAtomic(toonFile, toonText(again.document));
  });
  return [fixed(`${problem}; written again from ${STORE_FILES.state}`)];
}

type HistoryLine = 'good' | 'newer' | 'bad';

function classifyHistoryLine(line: string): HistoryLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'bad';
  }
  if (!isObject(value)) return 'bad';
  // a line from a newer plugin may hold events this one does not know: it is kept
  if (typeof value.schema_version === 'number' && value.schema_version > SCHEMA_VERSION) return 'newer';
  return HistoryEntry.safeParse(value).success ? 'good' : 'bad';
}

function splitHistory(text: string): { kept: string[]; bad: number[]; newer: number } {
  const kept: string[] = [];
  const bad: number[] = [];
  let newer = 0;
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const kind = classifyHistoryLine(line);
    if (kind === 'bad') bad.push(index + 1);
    else kept.push(line);
    if (kind === 'newer') newer += 1;
  });
  return { kept, bad, newer };
}

function checkHistory(scope: WorkflowScope): Note[] {
  const historyFile = file(scope, STORE_FILES.history);
  let text: string;
  try {
    text = fs.readFileSync(historyFile, 'utf8');
  } catch {
    return [];
  }
  const { kept, bad, newer } = splitHistory(text);
  const fromNewer = newer > 0 ? `, ${newer} from a newer plugin (kept)` : '';
  if (bad.length === 0) return [ok(`${STORE_FILES.history}: ${count(kept.length, 'entry', 'entries')}${fromNewer}`)];
  const lines = `${bad.length} of ${count(bad.length + kept.length, 'line')} do not parse (line ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''})`;
  if (!scope.fix) return [warn(`${STORE_FILES.history}: ${lines}; doctor --fix removes ${them(bad.length)} and keeps the original as ${STORE_FILES.history}.bak`)];
  const removed = withLock(scope.dir, () => {
    // appends do not take the lock (one O_APPEND write each): read again right before writing,
    // and start over if the file grew meanwhile, so that no new entry is dropped
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = fs.readFileSync(historyFile, 'utf8');
      const split = splitHistory(current);
      writeFileAtomic(`${historyFile}.bak`, current);
      if (fs.statSync(historyFile).size !== Buffer.byteLength(current)) continue;
      writeFileAtomic(historyFile, split.kept.map((line) => `${line}\n`).join(''));
      return split.bad.length;
    }
    throw new WorkflowError(`${STORE_FILES.history} kept growing while it was being repaired; run doctor --fix again`);
  });
  return [fixed(`${STORE_FILES.history}: removed ${count(removed, 'line')} that did not parse; the original is kept as ${STORE_FILES.history}.bak`)];
}

function checkLease(scope: WorkflowScope): Note[] {
  const leaseFile = file(scope, LEASE_FILE);
  let lease: unknown;
  try {
    lease = JSON.parse(fs.readFileSync(leaseFile, 'utf8'));
  } catch (caught) {
    if (caught instanceof Error && 'code' in caught && caught.code === 'ENOENT') return [];
    return [warn(`${LEASE_FILE} is not valid JSON; left as it is`)];
  }
  const expiresAt = isObject(lease) && typeof lease.expires_at === 'string' ? lease.expires_at : null;
  const expires = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
  if (expiresAt === null || Number.isNaN(expires)) return [warn(`${LEASE_FILE} has no valid "expires_at"; left as it is`)];
  if (expires > scope.now.getTime()) return [ok(`${LEASE_FILE} live until ${expiresAt}`)];
  const holder = isObject(lease) && typeof lease.session_id === 'string' ? ` (session ${lease.session_id})` : '';
  const what = `${LEASE_FILE}${holder} expired ${formatAge(expiresAt, scope.now)}`;
  if (!scope.fix) return [warn(`${what}; doctor --fix removes it`)];
  fs.rmSync(leaseFile, { force: true });
  return [fixed(`removed ${what}`)];
}

/**
 * Temp files (`<file>.tmp-<pid>-<random>`) in `dirs`: one older than a minute was left by a write
 * that crashed before its rename; a younger one may belong to a write in progress and is kept.
 */
function tempFileNotes(dirs: readonly string[], base: string, fix: boolean, now: Date): Note[] {
  const temps = dirs.flatMap((dir) =>
    entries(dir)
      .filter((entry) => entry.isFile() && entry.name.includes('.tmp-'))
      .map((entry) => path.join(dir, entry.name)),
  );
  const cutoff = now.getTime() - TEMP_FILE_GRACE_MS;
  const orphans = temps.filter((temp) => (mtimeOf(temp) ?? 0) < cutoff);
  const notes: Note[] = [];
  if (orphans.length < temps.length) notes.push(ok(`${count(temps.length - orphans.length, 'temp file')} of a write in progress`));
  if (orphans.length === 0) return notes;
  const what = `${count(orphans.length, 'temp file')} left by an interrupted write (${orphans.map((temp) => path.relative(base, temp)).join(', ')})`;
  if (!fix) return [...notes, warn(`${what}; doctor --fix removes ${them(orphans.length)}`)];
  for (const temp of orphans) fs.rmSync(temp, { force: true });
  return [...notes, fixed(`removed ${what}`)];
}

function checkTempFiles(scope: WorkflowScope): Note[] {
  return tempFileNotes([scope.dir], scope.dir, scope.fix, scope.now);
}

/** `label 0755` for each path whose mode is not `expected`; chmods them when `fix`. */
function wrongModes(targets: readonly { target: string; label: string; expected: number }[], fix: boolean): string[] {
  const wrong: string[] = [];
  for (const { target, label, expected } of targets) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(target);
    } catch {
      continue;
    }
    // a link in the store is not the store's to change: chmod would change what it points to
    if (stat.isSymbolicLink()) {
      wrong.push(`${label} is a symbolic link (left alone)`);
      continue;
    }
    const mode = stat.mode & 0o777;
    if (mode === expected) continue;
    wrong.push(`${label} ${octal(mode)}`);
    if (fix) fs.chmodSync(target, expected);
  }
  return wrong;
}

function permissionNote(wrong: readonly string[], fix: boolean): Note {
  const expected = `directories ${octal(DIR_MODE)}, files ${octal(FILE_MODE)}`;
  return fix
    ? fixed(`permissions were ${wrong.join(', ')}; set to ${expected}`)
    : warn(`permissions: ${wrong.join(', ')} (expected ${expected}); doctor --fix sets them`);
}

function checkPermissions(scope: WorkflowScope): Note[] {
  if (process.platform === 'win32') return []; // no POSIX modes to check
  const files = entries(scope.dir)
    .filter((entry) => entry.isFile())
    .map((entry) => ({ target: file(scope, entry.name), label: entry.name, expected: FILE_MODE }));
  const wrong = wrongModes([{ target: scope.dir, label: 'the directory', expected: DIR_MODE }, ...files], scope.fix);
  if (wrong.length === 0) return [ok(`permissions: directory ${octal(DIR_MODE)}, ${count(files.length, 'file')} ${octal(FILE_MODE)}`)];
  return [permissionNote(wrong, scope.fix)];
}

const WORKFLOW_CHECKS: readonly WorkflowCheck[] = [
  { name: 'lock', run: checkLock },
  { name: 'state', run: checkState },
  { name: 'backup', run: checkBackup },
  { name: 'toon', run: checkToon },
  { name: 'history', run: checkHistory },
  { name: 'lease', run: checkLease },
  { name: 'temp-files', run: checkTempFiles },
  { name: 'permissions', run: checkPermissions },
];

// ---- the store directory and the runtime files

function checkStoreDir(options: DoctorOptions, ids: readonly string[]): Note[] {
  const { storeDir, fix } = options;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(storeDir);
  } catch {
    return [ok(`no workflow store yet (${storeDir})`)];
  }
  if (!stat.isDirectory()) return [error(`${storeDir} is not a directory`)];
  const summary = `${count(ids.length, 'workflow')} in ${storeDir}`;
  if (process.platform === 'win32') return [ok(summary)];
  const wrong = wrongModes(
    [
      { target: storeDir, label: 'the store directory', expected: DIR_MODE },
      { target: path.join(storeDir, '.gitignore'), label: '.gitignore', expected: FILE_MODE },
    ],
    fix,
  );
  if (wrong.length === 0) return [ok(summary)];
  return [ok(summary), permissionNote(wrong, fix)];
}

/** The store's own temp files: in the store directory and its dot-directories (archives). */
function checkStoreTempFiles(options: DoctorOptions): Note[] {
  const dotDirs = entries(options.storeDir)
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('.'))
    .map((entry) => path.join(options.storeDir, entry.name));
  return tempFileNotes([options.storeDir, ...dotDirs], options.storeDir, options.fix, options.now);
}

function checkSessionFiles(options: DoctorOptions): Note[] {
  const dir = path.join(options.runtimeDir, 'sessions');
  const files = entries(dir).filter((entry) => entry.isFile());
  if (files.length === 0) return [];
  const cutoff = options.now.getTime() - SESSION_FILE_MAX_AGE_DAYS * 86_400_000;
  const old = files.filter((entry) => (mtimeOf(path.join(dir, entry.name)) ?? Infinity) < cutoff);
  if (old.length === 0) return [ok(`${count(files.length, 'per-session file')} in ${dir}, none older than ${SESSION_FILE_MAX_AGE_DAYS} days`)];
  const what = `${old.length} of ${count(files.length, 'per-session file')} in ${dir} older than ${SESSION_FILE_MAX_AGE_DAYS} days`;
  if (!options.fix) return [warn(`${what}; doctor --fix deletes ${them(old.length)}`)];
  for (const entry of old) fs.rmSync(path.join(dir, entry.name), { force: true });
  return [fixed(`deleted ${what}`)];
}

/** Runs one check; a file system failure becomes an error finding instead of ending the run. */
function runCheck(run: () => Note[]): Note[] {
  try {
    return run();
  } catch (caught) {
    if (caught instanceof WorkflowError || (caught instanceof Error && 'code' in caught)) {
      return [error(`could not check or repair: ${caught.message}`)];
    }
    throw caught;
  }
}

function workflowIds(storeDir: string): string[] {
  return entries(storeDir)
    .filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export function runDoctor(options: DoctorOptions): DoctorReport {
  const findings: Finding[] = [];
  const add = (workflow: string | null, check: string, notes: readonly Note[]) => {
    for (const note of notes) findings.push({ workflow, check, level: note.level, message: note.message, fixed: note.level === 'fixed' });
  };
  const ids = workflowIds(options.storeDir);
  add(null, 'store', runCheck(() => checkStoreDir(options, ids)));
  add(null, 'temp-files', runCheck(() => checkStoreTempFiles(options)));
  for (const id of ids) {
    const scope: WorkflowScope = { id, dir: path.join(options.storeDir, id), fix: options.fix, now: options.now };
    for (const check of WORKFLOW_CHECKS) {
      if (!fs.existsSync(scope.dir)) break; // removed as an empty directory
      add(id, check.name, runCheck(() => check.run(scope)));
    }
  }
  add(null, 'sessions', runCheck(() => checkSessionFiles(options)));
  return { findings, ok: findings.every((finding) => finding.level !== 'error') };
}

function subjectOf(finding: Finding): string {
  return finding.workflow ?? (finding.check === 'sessions' ? 'runtime' : 'store');
}

export function renderDoctorReport(report: DoctorReport, fix: boolean): string {
  const lines = report.findings.map((finding) => `[${finding.level}] ${subjectOf(finding)}: ${finding.message}`);
  const tally = (level: FindingLevel) => report.findings.filter((finding) => finding.level === level).length;
  const workflows = new Set(report.findings.flatMap((finding) => (finding.workflow ? [finding.workflow] : []))).size;
  const summary = [count(workflows, 'workflow'), count(tally('error'), 'error'), count(tally('warn'), 'warning')];
  if (fix) summary.push(`${tally('fixed')} fixed`);
  lines.push('', `doctor: ${summary.join(', ')}`);
  if (!fix && tally('error') + tally('warn') > 0) lines.push('Run `claude-workflow doctor --fix` to repair what can be repaired.');
  return lines.join('\n');
}
