// `doctor`: checks the store, every workflow in it and the per-session runtime files, and with
// `fix` repairs what it safely can. Each check is a small function in a table; a check reports
// what it found (ok, warn, error) or what it repaired (fixed). Repairs that rewrite a workflow's
// files take the workflow's lock, like a save, and check again under it: a save that ran in
// between may already have repaired the file.
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { SESSION_FILE_MAX_AGE_DAYS } from '../runtime/session-runtime.ts';
import { WORKFLOW_ID_PATTERN } from '../shared/state-fields.ts';
import { DIR_MODE, FILE_MODE } from '../store/store.ts';
import {
  type DoctorOptions,
  type DoctorReport,
  type Finding,
  type FindingLevel,
  type Note,
  type WorkflowScope,
  count,
  entries,
  error,
  fixed,
  mtimeOf,
  ok,
  permissionNote,
  tempFileNotes,
  them,
  warn,
  wrongModes,
} from './notes.ts';
import { WORKFLOW_CHECKS } from './workflow-checks.ts';

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
