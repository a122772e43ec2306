// The per-session files under <runtime>/sessions/: where each lives, and reading and writing one
// whole (JSON, written to a temporary name and renamed, so a reader never sees half of it).
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../shared/lazy-crypto.ts';
import { runtimeDir } from './runtime-dir.ts';

/** The session's bookkeeping (session-runtime.ts) and the status line's record of it. */
export const RUNTIME_SUFFIX = '.json';
export const STATUSLINE_SUFFIX = '.statusline.json';

const SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** `<runtime>/sessions/<session><suffix>`; also how liveness.ts tells a live session by its files. */
export function sessionFile(env: NodeJS.ProcessEnv, sessionId: string, suffix: string): string {
  // the id comes from outside: one that could name a path elsewhere is replaced by its hash
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return path.join(runtimeDir(env), 'sessions', `${name}${suffix}`);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Temp files this process wrote: with the pid, a name no other live process uses (no random bytes, so no node:crypto for a status line refresh). */
let tempFiles = 0;

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp-${process.pid}-${++tempFiles}`;
  try {
    // writeFileSync writes to the last byte or throws (a full disk): never renamed half-written
    fs.writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/** A per-session JSON file by suffix (`.capture.json`…); undefined when missing or unreadable. */
export function readSessionFile(env: NodeJS.ProcessEnv, sessionId: string, suffix: string): unknown {
  return readJson(sessionFile(env, sessionId, suffix));
}

export function writeSessionFile(env: NodeJS.ProcessEnv, sessionId: string, suffix: string, value: unknown): void {
  writeJson(sessionFile(env, sessionId, suffix), value);
}
