// The checks of one workflow, in the order they run: a stale lock goes first so that the repairs
// after it can take the lock.
import fs from 'node:fs';
import { WorkflowError } from '../shared/errors.ts';
import { HistoryEntry } from '../schemas.ts';
import { SCHEMA_VERSION } from '../shared/state-fields.ts';
import { DIR_MODE, FILE_MODE, LOCK_STALE_MS, STORE_FILES, toonText, withLock, writeFileAtomic } from '../store/store.ts';
import { readSealed } from '../store/sealed.ts';
import { formatAge } from '../shared/text.ts';
import {
  LEASE_FILE,
  type Note,
  type WorkflowCheck,
  type WorkflowScope,
  ageOf,
  count,
  entries,
  error,
  file,
  fixed,
  mtimeOf,
  octal,
  ok,
  permissionNote,
  problemOf,
  tempFileNotes,
  them,
  warn,
  wrongModes,
} from './notes.ts';
import { isObject } from '../shared/json-guards.ts';

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

export function splitHistory(text: string): { kept: string[]; bad: number[]; newer: number } {
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
function checkTempFiles(scope: WorkflowScope): Note[] {
  return tempFileNotes([scope.dir], scope.dir, scope.fix, scope.now);
}

/** `label 0755` for each path whose mode is not `expected`; chmods them when `fix`. */
function checkPermissions(scope: WorkflowScope): Note[] {
  if (process.platform === 'win32') return []; // no POSIX modes to check
  const files = entries(scope.dir)
    .filter((entry) => entry.isFile())
    .map((entry) => ({ target: file(scope, entry.name), label: entry.name, expected: FILE_MODE }));
  const wrong = wrongModes([{ target: scope.dir, label: 'the directory', expected: DIR_MODE }, ...files], scope.fix);
  if (wrong.length === 0) return [ok(`permissions: directory ${octal(DIR_MODE)}, ${count(files.length, 'file')} ${octal(FILE_MODE)}`)];
  return [permissionNote(wrong, scope.fix)];
}

export const WORKFLOW_CHECKS: readonly WorkflowCheck[] = [
  { name: 'lock', run: checkLock },
  { name: 'state', run: checkState },
  { name: 'backup', run: checkBackup },
  { name: 'toon', run: checkToon },
  { name: 'history', run: checkHistory },
  { name: 'lease', run: checkLease },
  { name: 'temp-files', run: checkTempFiles },
  { name: 'permissions', run: checkPermissions },
];
