// What a store's state.json files showed when this user's hooks last read them: their quick look
// (store-choice.ts) and the checksum that held. A file is known again by its inode, size, mtime
// and ctime, which every write changes (the store writes a new file and renames it); any other
// file is read as if there were no memo. A session start in a store of 50 unchanged workflows then
// stats them instead of reading them, and verifies no checksum (node:crypto alone costs 7 ms). A
// version of a file that passed WorkflowState as it stands is not validated again either (building
// and running the schema is about 4 ms of a session start), under the same build only: another
// build may have other schemas.
//
// It is only a memo, kept per user beside the compiled code and only by the processes that turn
// it on (hooks and the CLI, not a library caller): the checksum guards against damage, not against
// a person, who can write a state.json can write its checksum too. Anything wrong with the memo
// (missing, torn, not this user's, another store's) means reading the files as usual.
import fs from 'node:fs';
import path from 'node:path';
import { runtimeDir } from '../runtime/runtime-dir.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { readOwnFile } from '../shared/safe-fs.ts';
import type { StateMemo, StatePeek } from '../schemas.ts';
import { STATE_MEMO_LINE, WORKFLOW_STATUSES } from '../shared/state-fields.ts';
import { isObject, isString } from '../shared/json-guards.ts';
import { fnv1a64Hex } from '../shared/short-hash.ts';

/** the sources' hash, written in by build.mjs; a run from the sources is the build "source" */
declare const WORKFLOW_BUILD_ID: string | undefined;
const BUILD = typeof WORKFLOW_BUILD_ID === 'string' ? WORKFLOW_BUILD_ID : 'source';

interface MemoEntry {
  signature: string;
  peek: StatePeek;
  /** the checksum this version of the file was verified against, when it was read in full */
  checksum: string | null;
  /** this version of the file passed WorkflowState, which gave it back unchanged (under BUILD) */
  held: boolean;
}
interface Memo {
  entries: Map<string, MemoEntry>;
  dirty: boolean;
}

/** a store of thousands of workflows stays far below this */
const MEMO_MAX_BYTES = 8 * 1024 * 1024;
const STATE_FILE = 'state.json';

// One memo per process, whichever copy of this module asks: a hook's bundle and the lazy part it
// loads for a save each carry one (see build.mjs), and both read and write the same store.
interface ProcessMemos {
  dir: string | null;
  memos: Map<string, Memo>;
  saveAtExit: boolean;
}
const PROCESS_MEMOS: unique symbol = Symbol.for('claude-workflow.state-memo');
const holder: typeof globalThis & { [PROCESS_MEMOS]?: ProcessMemos } = globalThis;
const processMemos = (holder[PROCESS_MEMOS] ??= { dir: null, memos: new Map(), saveAtExit: false });

/** Turns the memo on for this process, kept under the runtime folder `env` names. */
export function useStateMemo(env: NodeJS.ProcessEnv): void {
  processMemos.dir = path.join(runtimeDir(env), 'state-memo');
  // saved at exit before what the process asks for at exit later: a background checkpoint takes its
  // in-flight mark away then, and the hook that waited for it (PreCompact's quick path, which
  // reads the store from this memo alone) must find the state it saved in the memo
  if (!processMemos.saveAtExit) {
    processMemos.saveAtExit = true;
    process.once('exit', () => {
      if (processMemos.dir !== null) saveMemos(processMemos.dir);
    });
  }
}

function memoFile(dir: string, storeDir: string): string {
  // the memo names its store too, and is checked
  return path.join(dir, `${fnv1a64Hex(storeDir)}.json`);
}

/** A memo line; `thisBuild`: whether the memo was written by this build, whose "held" marks count. */
function fromLine(line: string, thisBuild: boolean): [string, MemoEntry] | null {
  const m = STATE_MEMO_LINE.exec(line);
  if (!m) return null;
  const [, id = '', signature = '', checksum = '', status, automatic, updated_at = '', hostname = '', session = '', held] = m;
  // the pattern checked every field; only the status's type is left to tell
  const known = WORKFLOW_STATUSES.find((s) => s === status);
  if (!known) return null;
  const peek: StatePeek = { status: known, automatic: automatic === '1', updated_at, device: { hostname }, session: { id: session ? session.slice(1) : null } };
  return [id, { signature, peek, checksum: checksum || null, held: held === '1' && checksum !== '' && thisBuild }];
}

function toLine(id: string, { signature, peek, checksum, held }: MemoEntry): string | null {
  const { status, automatic, updated_at, device, session } = peek;
  const line = [id, signature, checksum ?? '', status, automatic ? '1' : '0', updated_at, device.hostname, session.id === null ? '' : `=${session.id}`, held ? '1' : '0'].join('\t');
  // a field with a tab or a line break in it (a hostile state can hold one) is not memoized
  return STATE_MEMO_LINE.test(line) ? line : null;
}

/**
 * The memo file as schemas.ts's StateMemo declares it, checked by hand: the hooks' quick paths read
 * it without zod (test/unit/turn-checks.test.ts holds the two to each other); null for anything else.
 */
export function stateMemoOf(json: unknown): StateMemo | null {
  if (!isObject(json) || !isString(json.store) || !(json.build === undefined || isString(json.build))) return null;
  const { store, build, lines } = json;
  if (!Array.isArray(lines) || !lines.every(isString)) return null;
  return { store, ...(build !== undefined ? { build } : {}), lines };
}

function memoOf(storeDir: string): Memo | null {
  const { dir: memoDir, memos } = processMemos;
  if (memoDir === null) return null;
  let memo = memos.get(storeDir);
  if (!memo) {
    memo = { entries: new Map(), dirty: false };
    try {
      const bytes = readOwnFile(memoFile(memoDir, storeDir), MEMO_MAX_BYTES);
      const parsed = bytes ? stateMemoOf(JSON.parse(bytes.toString('utf8'))) : null;
      if (parsed?.store === storeDir) {
        for (const line of parsed.lines) {
          const entry = fromLine(line, parsed.build === BUILD);
          if (entry) memo.entries.set(...entry);
        }
      }
    } catch {
      // torn or not JSON: as if there were none
    }
    memos.set(storeDir, memo);
  }
  return memo;
}

function entryFor(storeDir: string, id: string, signature: string): MemoEntry | undefined {
  const entry = memoOf(storeDir)?.entries.get(id);
  return entry?.signature === signature ? entry : undefined;
}

function remember(storeDir: string, id: string, entry: MemoEntry): void {
  const memo = memoOf(storeDir);
  if (!memo) return;
  memo.entries.set(id, entry);
  memo.dirty = true;
}

function saveMemos(dir: string): void {
  for (const [storeDir, memo] of processMemos.memos) {
    if (!memo.dirty) continue;
    memo.dirty = false;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const lines = [...memo.entries].map(([id, entry]) => toLine(id, entry)).filter((line) => line !== null);
      writeFileAtomic(memoFile(dir, storeDir), JSON.stringify({ store: storeDir, build: BUILD, lines } satisfies StateMemo));
    } catch {
      // a memo that cannot be written (read-only home, full disk) only costs the next run its reads
    }
  }
}

/** The quick look at `<storeDir>/<id>/state.json` the memo holds for this version of the file. */
export function memoizedPeek(storeDir: string, id: string, signature: string): StatePeek | undefined {
  return entryFor(storeDir, id, signature)?.peek;
}

export function rememberPeek(storeDir: string, id: string, signature: string, peek: StatePeek): void {
  if (entryFor(storeDir, id, signature)) return;
  remember(storeDir, id, { signature, peek, checksum: null, held: false });
}

/** Drops what the memo holds of workflows no longer in the store. */
export function forgetOthers(storeDir: string, ids: readonly string[]): void {
  const memo = memoOf(storeDir);
  if (!memo) return;
  const keep = new Set(ids);
  for (const id of memo.entries.keys()) {
    if (!keep.has(id)) {
      memo.entries.delete(id);
      memo.dirty = true;
    }
  }
}

/** A workflow's state.json (`.../<store>/<id>/state.json`) as the memo knows it, or null for any other file. */
function placeOf(file: string): { storeDir: string; id: string } | null {
  if (path.basename(file) !== STATE_FILE) return null;
  const dir = path.dirname(file);
  return { storeDir: path.dirname(dir), id: path.basename(dir) };
}

/** Whether this version of `file` was verified against `checksum` before. */
export function checksumHeld(file: string, signature: string, checksum: string): boolean {
  const place = placeOf(file);
  return place !== null && entryFor(place.storeDir, place.id, signature)?.checksum === checksum;
}

/** Whether this version of `file`, with `checksum`, passed WorkflowState as it stands before (under this build). */
export function schemaHeld(file: string, signature: string, checksum: string): boolean {
  const place = placeOf(file);
  const entry = place === null ? undefined : entryFor(place.storeDir, place.id, signature);
  return entry?.checksum === checksum && entry.held;
}

/**
 * This version of `file` passed its checksum, and its state reads as `state`; `held`: the whole
 * document passed WorkflowState, which gave it back unchanged.
 */
export function rememberVerified(file: string, signature: string, checksum: string, state: StatePeek, held: boolean): void {
  const place = placeOf(file);
  const known = place ? entryFor(place.storeDir, place.id, signature) : undefined;
  if (!place || (known?.checksum === checksum && known.held === held)) return;
  const { status, automatic, updated_at, device, session } = state;
  remember(place.storeDir, place.id, { signature, checksum, held, peek: { status, automatic, updated_at, device: { hostname: device.hostname }, session: { id: session.id } } });
}
