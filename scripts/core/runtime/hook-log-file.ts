// The hook log's file: where it is, how it rotates, how an entry is written. Kept apart from the
// redaction (hook-log.ts) so a quick path that only ever logs the plugin's own words (a background
// checkpoint that ran late) does not load the secret patterns.
import fs from 'node:fs';
import path from 'node:path';
import { appendRegularFile } from '../shared/safe-fs.ts';
import { runtimeDir } from './runtime-dir.ts';

/** One entry at most this long: a 10 MB hook input must not make a 10 MB log line. */
const ENTRY_MAX_CHARS = 4_000;
/** Past this size the log becomes hooks.log.1 (the one before is dropped): two files at most. */
const LOG_MAX_BYTES = 1024 * 1024;

/**
 * Where hook problems are written: a hook must not print them where Claude Code would read them.
 * Beside the per-session files, not in CLAUDE_PLUGIN_DATA: the status line and the terminal CLI
 * do not get that variable, and one log is easier to find than two.
 */
export function hookLogPath(env: NodeJS.ProcessEnv): string {
  return path.join(env.WORKFLOW_LOG_DIR || runtimeDir(env), 'hooks.log');
}

function rotateIfFull(file: string): void {
  let size = 0;
  try {
    size = fs.lstatSync(file).size;
  } catch {
    return;
  }
  if (size >= LOG_MAX_BYTES) fs.renameSync(file, `${file}.1`);
}

/** Appends an entry, clipped, then passed through `scrub`; never throws. */
export function writeHookLogEntry(env: NodeJS.ProcessEnv, event: string, detail: string, scrub: (text: string) => string): void {
  try {
    const file = hookLogPath(env);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    rotateIfFull(file);
    const clipped = detail.length > ENTRY_MAX_CHARS ? `${detail.slice(0, ENTRY_MAX_CHARS)}… (${detail.length - ENTRY_MAX_CHARS} more characters)` : detail;
    appendRegularFile(file, `${new Date().toISOString()} ${event}: ${scrub(clipped).replace(/\n/g, '\n    ')}\n`);
  } catch {
    // logging must never be the reason a hook fails
  }
}

/** Logs a problem worded by the plugin alone (no input, file content or error text of another's in it): not redacted. */
export function logOwnNotice(env: NodeJS.ProcessEnv, event: string, notice: string): void {
  writeHookLogEntry(env, event, notice, (text) => text);
}
