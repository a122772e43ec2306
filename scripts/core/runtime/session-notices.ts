// Lines for the user of one Claude Code session, shown by that session's next Stop hook as a
// systemMessage (the one channel the user sees on both supported versions). What a slash
// command prints reaches the model only, so `/workflow:resume` leaves its essentials here (a
// stale workflow, a compatibility warning); a session that takes a workflow over leaves a line
// for the session it took it from.
import fs from 'node:fs';
import path from 'node:path';
import { appendRegularFile, READ_CAPS, readRegularText } from '../shared/safe-fs.ts';
import { sessionFile } from './session-files.ts';

const SUFFIX = '.notices';
/** at most this many lines are kept for one session: the newest */
const KEEP = 5;
const LINE_MAX = 400;

/** Leaves `text` (one line) for the user of `sessionId`; never fails the caller. */
export function addSessionNotice(env: NodeJS.ProcessEnv, sessionId: string, text: string): void {
  const file = sessionFile(env, sessionId, SUFFIX);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    appendRegularFile(file, `${text.replace(/\s+/g, ' ').slice(0, LINE_MAX)}\n`);
  } catch {
    // a notice is a courtesy: the command's own output says the same to Claude
  }
}

/** Whether anything at all (a file or not) waits where `sessionId`'s notices are left. */
export function hasSessionNotices(env: NodeJS.ProcessEnv, sessionId: string): boolean {
  try {
    fs.lstatSync(sessionFile(env, sessionId, SUFFIX));
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** The lines left for `sessionId` (newest last), taken: the file is removed. No file: none. */
export function takeSessionNotices(env: NodeJS.ProcessEnv, sessionId: string): string[] {
  const file = sessionFile(env, sessionId, SUFFIX);
  let text: string;
  try {
    text = readRegularText(file, READ_CAPS.config);
  } catch (error) {
    // missing: nothing to say; anything else (too large, not a file) is dropped, never kept growing
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fs.rmSync(file, { force: true });
    return [];
  }
  fs.rmSync(file, { force: true });
  return text.split('\n').filter((line) => line.trim() !== '').slice(-KEEP);
}
