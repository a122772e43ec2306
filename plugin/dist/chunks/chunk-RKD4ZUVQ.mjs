import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  redactState,
  redactText
} from "./chunk-W7FPXRNX.mjs";
import {
  encode
} from "./chunk-WOLPJFFR.mjs";
import {
  SCHEMA_VERSION,
  WORKFLOW_ID_PATTERN,
  WorkflowState
} from "./chunk-65YYEQP7.mjs";
import {
  READ_CAPS,
  readRegularText
} from "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/atomic-write.ts
import fs from "node:fs";
import path from "node:path";

// scripts/core/lazy-crypto.ts
import { createRequire } from "node:module";
var loaded;
function nodeCrypto() {
  if (loaded) return loaded;
  const required = createRequire(import.meta.url)("node:crypto");
  loaded = required;
  return required;
}
function sha256Hex(data) {
  return nodeCrypto().createHash("sha256").update(data).digest("hex");
}
function randomHex(bytes) {
  return nodeCrypto().randomBytes(bytes).toString("hex");
}

// scripts/core/atomic-write.ts
var FILE_MODE = 384;
var NO_SPACE = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    offset += written;
  }
}
function prepare(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const tmp = `${file}.tmp-${process.pid}-${randomHex(4)}`;
  const fd = fs.openSync(tmp, "wx", FILE_MODE);
  let ready = false;
  try {
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
    if (fs.fstatSync(fd).size !== bytes.length) throw Object.assign(new Error("short file"), { code: "ENOSPC" });
    ready = true;
    return tmp;
  } finally {
    fs.closeSync(fd);
    if (!ready) fs.rmSync(tmp, { force: true });
  }
}
function syncDir(dir) {
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
function failure(error, files) {
  const code = error?.code;
  if (code && NO_SPACE.has(code)) {
    return new WorkflowError(`cannot save ${files.map((f) => path.basename(f)).join(", ")} in ${path.dirname(files[0] ?? ".")}: the disk is full; nothing was changed`);
  }
  return error;
}
function writeFilesAtomic(entries) {
  const ready = [];
  try {
    for (const [file, data] of entries) ready.push(prepare(file, data));
  } catch (error) {
    for (const tmp of ready) fs.rmSync(tmp, { force: true });
    throw failure(error, entries.map(([file]) => file));
  }
  entries.forEach(([file], i) => {
    try {
      fs.renameSync(ready[i] ?? "", file);
    } catch (error) {
      for (const tmp of ready.slice(i)) fs.rmSync(tmp, { force: true });
      throw failure(error, [file]);
    }
  });
  for (const dir of new Set(entries.map(([file]) => path.dirname(file)))) syncDir(dir);
}
function writeFileAtomic(file, data) {
  writeFilesAtomic([[file, data]]);
}

// scripts/core/ids.ts
var SLUG_MAX = 60;
function assertWorkflowId(id) {
  if (!WORKFLOW_ID_PATTERN.test(id)) {
    throw new WorkflowError(
      `invalid workflow id ${JSON.stringify(id)}: ids are lowercase letters, digits and dashes, starting with a letter or digit`
    );
  }
  return id;
}
function slugify(text) {
  const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, SLUG_MAX).replace(/^-+|-+$/g, "");
  return slug || "workflow";
}
var TOKEN_LIKE = /^(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])(?:[0-9a-f]{16,}|[A-Za-z0-9]{20,})$/i;
function dropTokens(text) {
  return text.split(/\s+/).filter((word) => !TOKEN_LIKE.test(word.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ""))).join(" ");
}
function stamp(date) {
  const iso = date.toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
}
function newWorkflowId(task, now) {
  return `${slugify(dropTokens(redactText(task).text))}-${stamp(now)}`;
}

// scripts/core/store-lock.ts
import fs2 from "node:fs";
import os from "node:os";
import path2 from "node:path";
var LOCK_FILE = ".lock";
var LOCK_STALE_MS = 3e4;
var LOCK_WAIT_MS = 1e4;
var BREAK_STALE_MS = 5e3;
var LIVE_HOLDER_MAX_MS = 5 * 6e4;
var FILE_MODE2 = 384;
var sleeper = new Int32Array(new SharedArrayBuffer(4));
var pause = (ms) => Atomics.wait(sleeper, 0, 0, ms);
function holderText() {
  return `${process.pid} ${os.hostname()} ${(/* @__PURE__ */ new Date()).toISOString()}
`;
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function isStale(text, mtimeMs) {
  const [pid, host] = text.trim().split(" ");
  const holder = Number(pid);
  const age = Date.now() - mtimeMs;
  if (host === os.hostname() && Number.isInteger(holder) && holder > 0) return !isRunning(holder) || age > LIVE_HOLDER_MAX_MS;
  return age > LOCK_STALE_MS;
}
function readLock(lock) {
  try {
    const stat = fs2.lstatSync(lock);
    if (!stat.isFile() || stat.size > 256) return { text: "", mtimeMs: stat.mtimeMs };
    return { text: fs2.readFileSync(lock, "utf8"), mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}
function breakStaleLock(lock, seen) {
  const breaker = `${lock}.break`;
  try {
    fs2.writeFileSync(breaker, holderText(), { flag: "wx", mode: FILE_MODE2 });
  } catch {
    const left = readLock(breaker);
    if (left && Date.now() - left.mtimeMs > BREAK_STALE_MS) fs2.rmSync(breaker, { force: true });
    return false;
  }
  try {
    const now = readLock(lock);
    if (now && now.text === seen) fs2.rmSync(lock, { force: true });
    return true;
  } finally {
    fs2.rmSync(breaker, { force: true });
  }
}
function withLock(dir, fn) {
  const lock = path2.join(dir, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      fs2.writeFileSync(lock, holderText(), { flag: "wx", mode: FILE_MODE2 });
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const held = readLock(lock);
      if (held && isStale(held.text, held.mtimeMs)) {
        if (!breakStaleLock(lock, held.text)) pause(5);
        continue;
      }
      if (Date.now() > deadline) {
        throw new WorkflowError(`${lock} is held by another process (${held?.text.trim() || "unknown"}); try again once it is done`);
      }
      pause(10 + Math.floor(Math.random() * 20));
    }
  }
  try {
    return fn();
  } finally {
    fs2.rmSync(lock, { force: true });
  }
}

// scripts/core/ordering.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function newestFirst(a, b) {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return (Number.isNaN(tb) ? -Infinity : tb) - (Number.isNaN(ta) ? -Infinity : ta) || compareText(b, a);
}

// scripts/core/store.ts
import fs3 from "node:fs";
import path3 from "node:path";

// scripts/core/migrations.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function v1ToV2(document) {
  const { phase, phases } = document;
  return {
    ...document,
    schema_version: 2,
    phase: isObject(phase) ? { ...phase, sub: phase.sub ?? null } : phase,
    phases: Array.isArray(phases) ? phases.map(
      (entry) => isObject(entry) && Array.isArray(entry.deliverables) ? {
        ...entry,
        deliverables: entry.deliverables.map((d) => typeof d === "string" ? { path: d, sha256: null } : d)
      } : entry
    ) : phases
  };
}
var MIGRATIONS = [
  { from: 1, change: "phase.sub added; deliverables stored as {path, sha256}", up: v1ToV2 }
];
var OLDEST_SCHEMA_VERSION = 1;
function migrate(document) {
  const from = document.schema_version;
  if (typeof from !== "number" || !Number.isInteger(from) || from < OLDEST_SCHEMA_VERSION || from >= SCHEMA_VERSION) return null;
  let current = document;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version - OLDEST_SCHEMA_VERSION];
    if (step?.from !== version) throw new Error(`no migration from schema v${version} to v${version + 1}`);
    current = step.up(current);
  }
  return { document: current, from, to: SCHEMA_VERSION };
}

// scripts/core/store.ts
var DIR_MODE = 448;
var FILE_MODE3 = 384;
var STATE_FILE = "state.json";
var TOON_FILE = "state.toon";
var BACKUP_FILE = "state.backup.json";
var HISTORY_FILE = "history.jsonl";
var SYNC_RECORD_FILE = "sync.json";
var STORE_FILES = { state: STATE_FILE, toon: TOON_FILE, backup: BACKUP_FILE, history: HISTORY_FILE, lock: LOCK_FILE, sync: SYNC_RECORD_FILE };
var STORE_GITIGNORE = `# Workflow state is personal (paths, hostnames, session ids) and stays out of commits.
# Delete this file to commit the workflows with the project.
*
`;
function workflowDir(storeDir, id) {
  const dir = path3.join(storeDir, assertWorkflowId(id));
  let link = false;
  try {
    link = fs3.lstatSync(dir).isSymbolicLink();
  } catch {
  }
  if (link) throw new WorkflowError(`${dir} is a symbolic link, not a workflow folder; remove it or move the workflow back into the store`);
  return dir;
}
function workflowPath(storeDir, id) {
  return path3.join(workflowDir(storeDir, id), STATE_FILE);
}
function checksumOf(body) {
  return `sha256:${sha256Hex(body)}`;
}
function sealState(state) {
  const body = JSON.stringify(state, null, 2);
  return `${JSON.stringify({ ...state, checksum: checksumOf(body) }, null, 2)}
`;
}
function readSealed(file) {
  let text;
  try {
    text = readRegularText(file, READ_CAPS.state);
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, fatal: false, problem: error.message };
    const code = error.code;
    return { ok: false, fatal: false, problem: code === "ENOENT" ? `${file} is missing` : `${file} cannot be read (${code})` };
  }
  return parseSealed(text, file);
}
function parseSealed(text, file) {
  const name = path3.basename(file);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, fatal: false, problem: `${file} is not valid JSON (${error.message})` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, fatal: false, problem: `${file} does not hold a JSON object` };
  }
  const { checksum, ...rest } = parsed;
  if (typeof checksum !== "string") return { ok: false, fatal: false, problem: `${file} has no "checksum" field` };
  if (checksum !== checksumOf(JSON.stringify(rest, null, 2))) {
    return { ok: false, fatal: false, problem: `${file} fails its checksum (changed or damaged outside the plugin)` };
  }
  const version = rest.schema_version;
  if (typeof version === "number" && version > SCHEMA_VERSION) {
    return {
      ok: false,
      fatal: true,
      problem: `${file} has schema_version ${version}, newer than this plugin understands (${SCHEMA_VERSION}); update the workflow plugin`
    };
  }
  const migrated = migrate(rest);
  const result = WorkflowState.safeParse(migrated?.document ?? rest);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") || "(root)";
    const upgraded = migrated ? ` after migration from schema v${migrated.from}` : "";
    return { ok: false, fatal: false, problem: `${name}: field "${field}" ${issue?.message ?? "is invalid"}${upgraded} (${file})` };
  }
  return { ok: true, state: result.data, text, document: rest, migratedFrom: migrated?.from ?? null };
}
function migrationWarning(file, read) {
  return read.ok && read.migratedFrom !== null ? [`${file} migrated from schema v${read.migratedFrom} to v${SCHEMA_VERSION}; it is written as v${SCHEMA_VERSION} at the next save`] : [];
}
function toonText(state) {
  return `${encode(state)}
`;
}
function ensureStoreDir(storeDir) {
  if (!fs3.existsSync(storeDir)) {
    fs3.mkdirSync(storeDir, { recursive: true, mode: DIR_MODE });
    fs3.chmodSync(storeDir, DIR_MODE);
    fs3.writeFileSync(path3.join(storeDir, ".gitignore"), STORE_GITIGNORE, { mode: FILE_MODE3 });
  }
}
function ensureWorkflowDir(storeDir, id) {
  const dir = workflowDir(storeDir, id);
  ensureStoreDir(storeDir);
  fs3.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  return dir;
}
function existingIds(storeDir) {
  let entries;
  try {
    entries = fs3.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name)).map((entry) => entry.name).sort();
}
function unknownId(storeDir, id) {
  const ids = existingIds(storeDir);
  return new WorkflowError(
    ids.length === 0 ? `no workflow "${id}": this project has no workflows yet (${storeDir})` : `no workflow "${id}"; existing workflows: ${ids.join(", ")}`
  );
}
function ageOf(file) {
  try {
    const minutes = Math.round((Date.now() - fs3.statSync(file).mtimeMs) / 6e4);
    return minutes < 60 ? `${minutes} min` : minutes < 2880 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} days`;
  } catch {
    return "unknown time";
  }
}
function readWorkflow(dir) {
  const stateFile = path3.join(dir, STATE_FILE);
  const main = readSealed(stateFile);
  if (main.ok) return { state: main.state, warnings: migrationWarning(stateFile, main), read: { from_backup: false, migrated_from: main.migratedFrom } };
  if (main.fatal) throw new WorkflowError(main.problem);
  const backupFile = path3.join(dir, BACKUP_FILE);
  const backup = readSealed(backupFile);
  if (backup.ok) {
    return {
      state: backup.state,
      warnings: [`${main.problem}; using ${BACKUP_FILE}, written ${ageOf(backupFile)} ago`, ...migrationWarning(backupFile, backup)],
      read: { from_backup: true, migrated_from: backup.migratedFrom }
    };
  }
  throw new WorkflowError(`${main.problem}, and ${backup.problem}; nothing was changed`);
}
function loadWorkflow(storeDir, id) {
  const dir = workflowDir(storeDir, id);
  if (!fs3.existsSync(dir)) throw unknownId(storeDir, id);
  return readWorkflow(dir);
}
function loadWorkflowsIfPresent(storeDir, ids) {
  const unique = [...new Set(ids.filter((id) => id !== null))];
  return unique.flatMap((id) => {
    try {
      return [loadWorkflow(storeDir, id).state];
    } catch {
      return [];
    }
  });
}
function listWorkflows(storeDir) {
  const workflows = [];
  const problems = [];
  for (const id of existingIds(storeDir)) {
    try {
      workflows.push(readWorkflow(path3.join(storeDir, id)));
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      problems.push(error.message);
    }
  }
  workflows.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
  return { workflows, problems };
}
function updateWorkflow(storeDir, id, change) {
  const dir = ensureWorkflowDir(storeDir, id);
  return withLock(dir, () => {
    const stateFile = path3.join(dir, STATE_FILE);
    const current = fs3.existsSync(stateFile) || fs3.existsSync(path3.join(dir, BACKUP_FILE)) ? readWorkflow(dir) : null;
    const next = redactState(WorkflowState.parse(change(current))).state;
    if (next.id !== id) throw new Error(`updateWorkflow(${id}) produced a state with id ${next.id}`);
    const previous = readSealed(stateFile);
    writeFilesAtomic([
      ...previous.ok ? [[path3.join(dir, BACKUP_FILE), previous.text]] : [],
      [stateFile, sealState(next)],
      [path3.join(dir, TOON_FILE), toonText(next)]
    ]);
    const warnings = (current?.warnings ?? []).map((w) => w.replace(/; it is written as (v\d+) at the next save$/, "; saved as $1"));
    return { state: next, warnings };
  });
}
function freeWorkflowId(storeDir, id) {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (!fs3.existsSync(workflowDir(storeDir, candidate))) return candidate;
  }
}
function storeExists(storeDir) {
  return fs3.existsSync(storeDir);
}
function replaceWorkflowFiles(storeDir, id, files) {
  const checked = parseSealed(files.state, `${id}/${STATE_FILE}`);
  if (!checked.ok) throw new WorkflowError(checked.problem);
  if (checked.state.id !== id) throw new WorkflowError(`${id}/${STATE_FILE} holds workflow "${checked.state.id}"; nothing was changed`);
  const dir = ensureWorkflowDir(storeDir, id);
  return withLock(dir, () => {
    const stateFile = path3.join(dir, STATE_FILE);
    const previous = readSealed(stateFile);
    writeFilesAtomic([
      ...previous.ok ? [[path3.join(dir, BACKUP_FILE), previous.text]] : [],
      [stateFile, files.state],
      [path3.join(dir, TOON_FILE), toonText(checked.document)],
      ...files.history !== null ? [[path3.join(dir, HISTORY_FILE), files.history]] : []
    ]);
    return checked.state;
  });
}

export {
  sha256Hex,
  randomHex,
  writeFileAtomic,
  assertWorkflowId,
  newWorkflowId,
  LOCK_STALE_MS,
  withLock,
  compareText,
  newestFirst,
  DIR_MODE,
  FILE_MODE3 as FILE_MODE,
  STORE_FILES,
  workflowDir,
  workflowPath,
  sealState,
  readSealed,
  parseSealed,
  toonText,
  ensureStoreDir,
  existingIds,
  readWorkflow,
  loadWorkflow,
  loadWorkflowsIfPresent,
  listWorkflows,
  updateWorkflow,
  freeWorkflowId,
  storeExists,
  replaceWorkflowFiles
};
