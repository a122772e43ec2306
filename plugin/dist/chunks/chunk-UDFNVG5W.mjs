import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  describeLiveHolder,
  liveHolder,
  removeWorkflowDir
} from "./chunk-GX3FS3U5.mjs";
import {
  assertWorkflowId,
  compareText,
  loadWorkflow,
  newestFirst,
  workflowPath,
  writeFileAtomic
} from "./chunk-RKD4ZUVQ.mjs";
import {
  WORKFLOW_ID_PATTERN,
  WorkflowId,
  WorkflowStatus,
  _nonnegative,
  _regex,
  int,
  iso_exports,
  literal,
  object,
  record,
  refine,
  strictObject,
  string,
  union
} from "./chunk-65YYEQP7.mjs";
import {
  readRegularFile
} from "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/archive.ts
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
var ARCHIVE_DIR = ".archive";
var ARCHIVE_SUFFIX = ".json.gz";
var DIR_MODE = 448;
var FILE_MODE = 384;
var SKIPPED = (name) => name === ".lock" || name === "lease.json" || name.includes(".tmp-");
var SEGMENT = /^[A-Za-z0-9._-]+$/;
var FileName = string().check(
  refine(
    (name) => name.split("/").every((segment) => SEGMENT.test(segment) && segment !== "." && segment !== ".."),
    "must be a relative path inside the workflow directory"
  )
);
var FileIntegrity = {
  size: int().check(_nonnegative()),
  sha256: string().check(_regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex"))
};
var ArchivedFile = union([
  strictObject({ ...FileIntegrity, text: string() }),
  strictObject({ ...FileIntegrity, base64: string().check(_regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64")) })
]);
var ArchiveDocument = strictObject({
  format: literal("workflow-archive"),
  version: literal(1),
  id: WorkflowId,
  archived_at: iso_exports.datetime({ offset: true }),
  files: record(FileName, ArchivedFile)
});
function archiveDir(storeDir) {
  return path.join(storeDir, ARCHIVE_DIR);
}
function archivePath(storeDir, id) {
  return path.join(archiveDir(storeDir), `${assertWorkflowId(id)}${ARCHIVE_SUFFIX}`);
}
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
function collectFiles(dir, prefix = "") {
  const files = /* @__PURE__ */ new Map();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (SKIPPED(entry.name)) continue;
    if (entry.isDirectory()) {
      for (const [sub, data] of collectFiles(full, name)) files.set(sub, data);
    } else if (entry.isFile()) {
      if (!SEGMENT.test(entry.name)) throw new WorkflowError(`${full}: archives take file names of letters, digits, ".", "_" and "-" only; rename or move it, then archive again`);
      files.set(name, fs.readFileSync(full));
    } else {
      throw new WorkflowError(`${full} is not a regular file (a symbolic link?); move it out of the workflow directory, then archive again`);
    }
  }
  return files;
}
function packFile(data) {
  const text = data.toString("utf8");
  const integrity = { size: data.length, sha256: sha256(data) };
  return Buffer.from(text, "utf8").equals(data) ? { ...integrity, text } : { ...integrity, base64: data.toString("base64") };
}
function unpackFile(entry) {
  return "text" in entry ? Buffer.from(entry.text, "utf8") : Buffer.from(entry.base64, "base64");
}
function savedPercent(before, after) {
  return before === 0 ? 0 : Math.round((1 - after / before) * 1e3) / 10;
}
function archiveWorkflow(place, id, env, now) {
  const { state, warnings } = loadWorkflow(place.storeDir, assertWorkflowId(id));
  const holder = liveHolder(place, state, env, now);
  if (holder) {
    throw new WorkflowError(`workflow ${id} is held by a live ${describeLiveHolder(holder, now)}; archive it once that session has ended`);
  }
  const target = archivePath(place.storeDir, id);
  if (fs.existsSync(target)) throw new WorkflowError(`${target} already exists: unarchive it or move it away before archiving ${id} again`);
  const dir = path.join(place.storeDir, id);
  if (fs.lstatSync(dir).isSymbolicLink()) throw new WorkflowError(`${dir} is a symbolic link; not archived`);
  const files = collectFiles(dir);
  const document = {
    format: "workflow-archive",
    version: 1,
    id,
    archived_at: now.toISOString(),
    files: Object.fromEntries([...files].map(([name, data]) => [name, packFile(data)]))
  };
  const packed = zlib.gzipSync(JSON.stringify(document), { level: zlib.constants.Z_BEST_COMPRESSION });
  fs.mkdirSync(archiveDir(place.storeDir), { recursive: true, mode: DIR_MODE });
  writeFileAtomic(target, packed);
  const after = collectFiles(dir);
  const unchanged = after.size === files.size && [...files].every(([name, data]) => after.get(name)?.equals(data) === true);
  if (!unchanged) {
    fs.rmSync(target, { force: true });
    throw new WorkflowError(`workflow ${id} changed while it was being archived; nothing was removed, try again`);
  }
  removeWorkflowDir(place.storeDir, id);
  const bytesBefore = [...files.values()].reduce((sum, data) => sum + data.length, 0);
  return {
    id,
    status: state.status,
    task: state.task.description,
    archive: target,
    bytes_before: bytesBefore,
    archive_bytes: packed.length,
    saved_percent: savedPercent(bytesBefore, packed.length),
    warnings
  };
}
function describeIssue(issue) {
  if (!issue) return "the document is invalid";
  const field = issue.path.map((key, i) => typeof key === "string" && /^[a-z_]+$/.test(key) ? `${i > 0 ? "." : ""}${key}` : `[${JSON.stringify(String(key))}]`).join("") || "(root)";
  const message = issue.code === "invalid_key" ? "is not a relative path inside the workflow directory" : issue.message;
  return `field ${field} ${message}`;
}
var ARCHIVE_MAX_BYTES = 64 * 1024 * 1024;
function readArchive(file, id) {
  let packed;
  try {
    packed = readRegularFile(file, ARCHIVE_MAX_BYTES);
  } catch (error) {
    if (error instanceof WorkflowError) throw error;
    throw new WorkflowError(`${file} cannot be read (${error.code ?? "error"})`);
  }
  let json;
  try {
    json = JSON.parse(zlib.gunzipSync(packed, { maxOutputLength: ARCHIVE_MAX_BYTES }).toString("utf8"));
  } catch (error) {
    throw new WorkflowError(`${file} is damaged: not a readable gzip-compressed JSON document (${error.message})`);
  }
  const parsed = ArchiveDocument.safeParse(json);
  if (!parsed.success) throw new WorkflowError(`${file} is damaged: ${describeIssue(parsed.error.issues[0])}`);
  const document = parsed.data;
  if (document.id !== id) throw new WorkflowError(`${file} holds workflow "${document.id}", not "${id}"`);
  const files = /* @__PURE__ */ new Map();
  for (const [name, entry] of Object.entries(document.files)) {
    const data = unpackFile(entry);
    if (data.length !== entry.size || sha256(data) !== entry.sha256) {
      throw new WorkflowError(`${file} is damaged: ${name} does not match its recorded SHA-256`);
    }
    files.set(name, data);
  }
  if (!files.has("state.json") && !files.has("state.backup.json")) throw new WorkflowError(`${file} holds no state.json`);
  return { document, files, size: packed.length };
}
function archivedIds(storeDir) {
  let names;
  try {
    names = fs.readdirSync(archiveDir(storeDir));
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith(ARCHIVE_SUFFIX)).map((name) => name.slice(0, -ARCHIVE_SUFFIX.length)).filter((id) => WORKFLOW_ID_PATTERN.test(id)).sort();
}
function unarchiveWorkflow(place, id) {
  const file = archivePath(place.storeDir, id);
  if (!fs.existsSync(file)) {
    const ids = archivedIds(place.storeDir);
    throw new WorkflowError(ids.length === 0 ? `no archived workflow "${id}": this project has no archives (${archiveDir(place.storeDir)})` : `no archived workflow "${id}"; archived workflows: ${ids.join(", ")}`);
  }
  const dir = path.join(place.storeDir, id);
  if (fs.existsSync(dir)) throw new WorkflowError(`a workflow ${id} already exists (${dir}); archive or delete it before restoring the archived one`);
  let files;
  try {
    files = readArchive(file, id).files;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    throw new WorkflowError(`${error.message}; nothing was changed`);
  }
  const staging = path.join(archiveDir(place.storeDir), `.restore-${id}-${randomBytes(4).toString("hex")}`);
  try {
    for (const [name, data] of files) {
      const target = path.join(staging, id, ...name.split("/"));
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: DIR_MODE });
      fs.writeFileSync(target, data, { mode: FILE_MODE, flag: "wx" });
    }
    let loaded;
    try {
      loaded = loadWorkflow(staging, id);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      throw new WorkflowError(`${file} holds a workflow that does not load: ${error.message.replaceAll(staging, "<archive>")}`);
    }
    if (loaded.state.id !== id) throw new WorkflowError(`${file} holds a state.json for "${loaded.state.id}", not "${id}"; nothing was changed`);
    if (fs.existsSync(dir)) throw new WorkflowError(`a workflow ${id} appeared while restoring (${dir}); nothing was changed`);
    fs.renameSync(path.join(staging, id), dir);
    fs.rmSync(file, { force: true });
    return {
      id,
      path: workflowPath(place.storeDir, id),
      status: loaded.state.status,
      task: loaded.state.task.description,
      files: files.size,
      warnings: loaded.warnings.map((w) => w.replaceAll(staging, place.storeDir))
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
var ArchivedSummary = object({ status: WorkflowStatus, task: object({ description: string() }) });
function archivedSummary(files) {
  for (const name of ["state.json", "state.backup.json"]) {
    const data = files.get(name);
    if (!data) continue;
    try {
      const parsed = ArchivedSummary.safeParse(JSON.parse(data.toString("utf8")));
      if (parsed.success) return parsed.data;
    } catch {
    }
  }
  return null;
}
function listArchives(storeDir) {
  const archives = [];
  const problems = [];
  for (const id of archivedIds(storeDir)) {
    const file = archivePath(storeDir, id);
    try {
      const { document, files, size } = readArchive(file, id);
      const state = archivedSummary(files);
      if (!state) throw new WorkflowError(`${file} holds no readable state.json`);
      archives.push({
        id,
        task: state.task.description,
        status: state.status,
        archived_at: document.archived_at,
        size,
        original_size: [...files.values()].reduce((sum, data) => sum + data.length, 0)
      });
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      problems.push(error.message);
    }
  }
  archives.sort((a, b) => newestFirst(a.archived_at, b.archived_at));
  return { archives, problems };
}
function readArchivedHistories(storeDir, id = null) {
  const histories = [];
  const problems = [];
  for (const archived of archivedIds(storeDir)) {
    if (id !== null && archived !== id) continue;
    try {
      const history = readArchive(archivePath(storeDir, archived), archived).files.get("history.jsonl");
      if (history) histories.push({ id: archived, history: history.toString("utf8") });
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      problems.push(error.message);
    }
  }
  return { histories, problems };
}

export {
  ArchivedFile,
  sha256,
  packFile,
  unpackFile,
  archiveWorkflow,
  describeIssue,
  unarchiveWorkflow,
  listArchives,
  readArchivedHistories
};
