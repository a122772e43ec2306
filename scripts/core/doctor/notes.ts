// What a doctor check reports (ok, warn, error, fixed) and the small readings the checks share:
// a workflow's files, ages, modes, leftover temp files.
import fs from 'node:fs';
import path from 'node:path';
import { DIR_MODE, FILE_MODE } from '../store/store.ts';
import { type SealedRead } from '../store/sealed.ts';
import { formatAge } from '../shared/text.ts';

export type FindingLevel = 'ok' | 'warn' | 'error' | 'fixed';

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

export interface DoctorOptions {
  storeDir: string;
  /** `runtimeDir(env)`: per-session files live under its `sessions/` */
  runtimeDir: string;
  fix: boolean;
  now: Date;
}

/** Written by a lease holder (another module); only `expires_at` is relied on here. */
export const LEASE_FILE = 'lease.json';
/** A temp file younger than this may belong to a write in progress. */
export const TEMP_FILE_GRACE_MS = 60_000;

export interface Note {
  level: FindingLevel;
  message: string;
}

export interface WorkflowScope {
  id: string;
  dir: string;
  fix: boolean;
  now: Date;
}

export interface WorkflowCheck {
  name: string;
  run: (scope: WorkflowScope) => Note[];
}

export const ok = (message: string): Note => ({ level: 'ok', message });
export const warn = (message: string): Note => ({ level: 'warn', message });
export const error = (message: string): Note => ({ level: 'error', message });
export const fixed = (message: string): Note => ({ level: 'fixed', message });

export function file(scope: WorkflowScope, name: string): string {
  return path.join(scope.dir, name);
}

/** Messages name files relative to the workflow directory: the line already names the workflow. */
export function local(scope: WorkflowScope, message: string): string {
  return message.replaceAll(`${scope.dir}${path.sep}`, '');
}

export function problemOf(scope: WorkflowScope, read: SealedRead): string {
  return read.ok ? '' : local(scope, read.problem);
}

export function mtimeOf(target: string): number | null {
  try {
    return fs.statSync(target).mtimeMs;
  } catch {
    return null;
  }
}

export function ageOf(target: string, now: Date): string {
  const mtime = mtimeOf(target);
  return mtime === null ? 'at an unknown time' : formatAge(new Date(mtime).toISOString(), now);
}

export function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

export const them = (n: number) => (n === 1 ? 'it' : 'them');

export function octal(mode: number): string {
  return `0${(mode & 0o777).toString(8)}`;
}

export function tempFileNotes(dirs: readonly string[], base: string, fix: boolean, now: Date): Note[] {
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

export function wrongModes(targets: readonly { target: string; label: string; expected: number }[], fix: boolean): string[] {
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

export function permissionNote(wrong: readonly string[], fix: boolean): Note {
  const expected = `directories ${octal(DIR_MODE)}, files ${octal(FILE_MODE)}`;
  return fix
    ? fixed(`permissions were ${wrong.join(', ')}; set to ${expected}`)
    : warn(`permissions: ${wrong.join(', ')} (expected ${expected}); doctor --fix sets them`);
}
