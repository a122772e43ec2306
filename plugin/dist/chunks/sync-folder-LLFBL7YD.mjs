import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  SYNC_STATE_LABELS,
  historyPath,
  mergeHistories,
  mergeStates,
  readStoreFiles,
  remoteCopyId,
  stateOf,
  storeIds,
  summarize
} from "./chunk-KMH2KURM.mjs";
import {
  DIR_MODE,
  STORE_FILES,
  assertWorkflowId,
  newestFirst,
  replaceWorkflowFiles,
  sealState,
  updateWorkflow,
  workflowPath,
  writeFileAtomic
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  WORKFLOW_ID_PATTERN,
  array,
  literal,
  nullable,
  object,
  string
} from "./chunk-65YYEQP7.mjs";
import {
  READ_CAPS,
  readRegularText
} from "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/sync-folder.ts
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var VERSION_FORMAT = "workflow-sync-version/1";
var HEAD_NAME = /^head\b.*\.json$/;
var VersionDoc = object({
  format: literal(VERSION_FORMAT),
  id: string(),
  parents: array(string()),
  device: string(),
  saved_at: string(),
  state: string(),
  history: nullable(string())
});
var LocalRecord = object({
  version: string(),
  /** sha256 of the files then, to tell whether they changed since */
  files: string()
});
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function filesHash(files) {
  return sha256(`${files.state}\0${files.history ?? "\0none"}`);
}
function projectKey(projectDir) {
  const result = spawnSync("git", ["rev-list", "--max-parents=0", "HEAD"], { cwd: projectDir, encoding: "utf8", timeout: 1e4 });
  const roots = result.status === 0 ? result.stdout.split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line)).sort() : [];
  if (roots[0]) return `git-${roots[0].slice(0, 16)}`;
  const name = path.basename(path.resolve(projectDir)).replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "");
  return `dir-${name || "project"}`;
}
function pendingError(folder, reason) {
  return new WorkflowError(`sync pending: ${reason}; the workflows are saved locally, run the command again once ${folder.label} is available`);
}
function openSyncFolder(place, dir) {
  const resolved = path.resolve(place.projectDir, dir);
  const folder = { place, dir: resolved, projectDir: path.join(resolved, projectKey(place.projectDir)), label: `folder ${resolved}`, cache: /* @__PURE__ */ new Map() };
  try {
    if (!fs.statSync(resolved).isDirectory()) throw pendingError(folder, `${resolved} is not a directory`);
    fs.accessSync(resolved, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    if (error instanceof WorkflowError) throw error;
    throw pendingError(folder, `the sync folder ${resolved} cannot be used (${error.code ?? "unreadable"})`);
  }
  return folder;
}
function workflowFolder(folder, id) {
  return path.join(folder.projectDir, assertWorkflowId(id));
}
function mkdirPrivate(dir) {
  if (fs.existsSync(dir)) return;
  fs.mkdirSync(dir, { mode: DIR_MODE });
  fs.chmodSync(dir, DIR_MODE);
}
async function guarded(folder, fn) {
  try {
    return fn();
  } catch (error) {
    const code = error.code;
    if (error instanceof WorkflowError || typeof code !== "string") throw error;
    throw pendingError(folder, `${folder.label} could not be used (${code}: ${error.message})`);
  }
}
function readDir(dir) {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
function readVersion(folder, id, version) {
  const cached = folder.cache.get(version);
  if (cached) return cached;
  let text;
  try {
    text = readRegularText(path.join(workflowFolder(folder, id), "versions", `${version}.json`), READ_CAPS.syncVersion);
  } catch {
    return null;
  }
  if (sha256(text) !== version) return null;
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = VersionDoc.safeParse(json);
  if (!parsed.success || parsed.data.id !== id) return null;
  folder.cache.set(version, parsed.data);
  return parsed.data;
}
function versionOf(folder, id, version) {
  const doc = readVersion(folder, id, version);
  if (!doc) throw pendingError(folder, `version ${version.slice(0, 12)} of workflow "${id}" has not arrived in ${folder.label} yet (or is damaged)`);
  return doc;
}
function writeVersion(folder, id, doc) {
  const text = `${JSON.stringify(doc, null, 2)}
`;
  const version = sha256(text);
  const dir = path.join(workflowFolder(folder, id), "versions");
  for (const each of [folder.projectDir, path.dirname(dir), dir]) mkdirPrivate(each);
  const file = path.join(dir, `${version}.json`);
  if (!fs.existsSync(file)) writeFileAtomic(file, text);
  folder.cache.set(version, doc);
  return version;
}
function newVersion(folder, id, files, parents) {
  const state = stateOf(files, id);
  return writeVersion(folder, id, {
    format: VERSION_FORMAT,
    id,
    parents,
    device: state.device.hostname,
    saved_at: (/* @__PURE__ */ new Date()).toISOString(),
    state: files.state,
    history: files.history
  });
}
function filesOf(doc) {
  return { state: doc.state, history: doc.history };
}
function isAncestor(folder, id, ancestor, descendant) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [descendant];
  while (queue.length > 0) {
    const next = queue.pop();
    if (next === void 0 || seen.has(next)) continue;
    if (next === ancestor) return true;
    seen.add(next);
    queue.push(...readVersion(folder, id, next)?.parents ?? []);
  }
  return false;
}
function remoteHeads(folder, id) {
  const dir = workflowFolder(folder, id);
  const versions = /* @__PURE__ */ new Set();
  for (const name of readDir(dir).filter((n) => HEAD_NAME.test(n)).sort()) {
    let version;
    try {
      version = JSON.parse(readRegularText(path.join(dir, name), READ_CAPS.small)).version;
    } catch {
      continue;
    }
    if (typeof version !== "string" || !/^[0-9a-f]{64}$/.test(version)) continue;
    versionOf(folder, id, version);
    versions.add(version);
  }
  const all = [...versions];
  return all.filter((v) => !all.some((other) => other !== v && isAncestor(folder, id, v, other)));
}
function writeHead(folder, id, version) {
  const dir = workflowFolder(folder, id);
  mkdirPrivate(dir);
  writeFileAtomic(path.join(dir, "head.json"), `${JSON.stringify({ version }, null, 2)}
`);
}
function folderIds(folder) {
  return readDir(folder.projectDir).filter((name) => WORKFLOW_ID_PATTERN.test(name)).filter((name) => readDir(path.join(folder.projectDir, name)).some((n) => HEAD_NAME.test(n))).sort();
}
function recordPath(storeDir, id) {
  return path.join(path.dirname(workflowPath(storeDir, id)), STORE_FILES.sync);
}
function readRecord(storeDir, id) {
  try {
    const record = LocalRecord.safeParse(JSON.parse(readRegularText(recordPath(storeDir, id), READ_CAPS.small)));
    if (record.success) return record.data;
  } catch {
  }
  return null;
}
function writeRecord(storeDir, id, version, files) {
  writeFileAtomic(recordPath(storeDir, id), `${JSON.stringify({ version, files: filesHash(files) }, null, 2)}
`);
}
function snapshot(folder, id) {
  const files = readStoreFiles(folder.place.storeDir, id);
  const written = readRecord(folder.place.storeDir, id);
  const record = written && readVersion(folder, id, written.version) ? written : null;
  if (!files) return record?.version ?? null;
  if (record && record.files === filesHash(files)) return record.version;
  const version = newVersion(folder, id, files, record ? [record.version] : []);
  writeRecord(folder.place.storeDir, id, version, files);
  return version;
}
function classify(folder, id, local, heads) {
  if (heads.length === 0) return "local_only";
  if (!local) return "remote_only";
  if (heads.length > 1) {
    const others = heads.filter((h) => !isAncestor(folder, id, h, local));
    if (others.length === 0) return "ahead";
    if (others.length !== 1) return "diverged";
    heads = others;
  }
  const [remote] = heads;
  if (local === remote) return "in_sync";
  if (isAncestor(folder, id, local, remote)) return "behind";
  if (isAncestor(folder, id, remote, local)) return "ahead";
  return "diverged";
}
function takeVersion(folder, id, version) {
  const files = filesOf(versionOf(folder, id, version));
  replaceWorkflowFiles(folder.place.storeDir, id, files);
  writeRecord(folder.place.storeDir, id, version, files);
}
async function pushToFolder(folder, onlyId) {
  const ids = onlyId ? [assertWorkflowId(onlyId)] : storeIds(folder.place.storeDir);
  if (onlyId && !readStoreFiles(folder.place.storeDir, onlyId)) {
    throw new WorkflowError(`no readable workflow "${onlyId}" in ${folder.place.storeDir}`);
  }
  const workflows = await guarded(folder, () => {
    const out = [];
    for (const id of ids) {
      const local = snapshot(folder, id);
      if (!local) continue;
      const state = classify(folder, id, local, remoteHeads(folder, id));
      if (state === "in_sync") out.push({ id, commit: local, result: "unchanged" });
      else if (state === "local_only" || state === "ahead") {
        writeHead(folder, id, local);
        out.push({ id, commit: local, result: state === "local_only" ? "new" : "updated" });
      } else out.push({ id, commit: local, result: "rejected" });
    }
    return out;
  });
  const rejected = workflows.filter((w) => w.result === "rejected").map((w) => w.id);
  if (rejected.length > 0) {
    const pushed = workflows.length - rejected.length;
    throw new WorkflowError(
      `sync pending: ${folder.label} has newer saves of ${rejected.join(", ")}${pushed > 0 ? `; ${pushed} other workflow(s) pushed` : ""}; run \`claude-workflow sync pull\`, then \`claude-workflow sync resolve ${rejected.length === 1 ? rejected[0] : "<id>"}\`; local state is intact`
    );
  }
  return { remote: folder.label, workflows };
}
function folderStatus(folder) {
  return guarded(folder, () => statusRows(folder));
}
function statusRows(folder) {
  const ids = /* @__PURE__ */ new Set([...storeIds(folder.place.storeDir), ...folderIds(folder)]);
  const rows = [];
  for (const id of [...ids].sort()) {
    const files = readStoreFiles(folder.place.storeDir, id);
    const record = readRecord(folder.place.storeDir, id);
    const unsaved = files !== null && record?.files !== filesHash(files);
    let state = classify(folder, id, record?.version ?? null, remoteHeads(folder, id));
    if (unsaved && state === "in_sync") state = "ahead";
    if (unsaved && state === "behind") state = "diverged";
    if (state === "remote_only" && files) state = "diverged";
    rows.push({ id, state, unsaved_changes: unsaved });
  }
  return rows;
}
async function pullFromFolder(folder, onlyId) {
  if (onlyId) assertWorkflowId(onlyId);
  return { remote: folder.label, workflows: await guarded(folder, () => pullRows(folder, onlyId)) };
}
function pullRows(folder, onlyId) {
  const ids = onlyId ? [onlyId] : folderIds(folder);
  const workflows = [];
  for (const id of ids) {
    const heads = remoteHeads(folder, id);
    if (heads.length === 0) {
      if (onlyId) throw new WorkflowError(`${folder.label} has no workflow "${id}"`);
      continue;
    }
    const local = snapshot(folder, id);
    if (!local) {
      if (fs.existsSync(path.dirname(workflowPath(folder.place.storeDir, id)))) {
        workflows.push({ id, result: "diverged" });
        continue;
      }
      const newest = [...heads].sort((x, y) => newestFirst(versionOf(folder, id, y).saved_at, versionOf(folder, id, x).saved_at)).at(-1);
      takeVersion(folder, id, newest);
      workflows.push({ id, result: heads.length > 1 ? "diverged" : "imported" });
      continue;
    }
    const state = classify(folder, id, local, heads);
    if (state === "behind") {
      const remote = heads.find((h) => !isAncestor(folder, id, h, local)) ?? heads[0];
      takeVersion(folder, id, remote);
      workflows.push({ id, result: "fast-forwarded" });
    } else {
      workflows.push({ id, result: state === "in_sync" ? "up to date" : state === "ahead" ? "ahead" : "diverged" });
    }
  }
  return workflows;
}
function divergedPair(folder, id) {
  const local = snapshot(folder, id);
  const heads = remoteHeads(folder, id);
  if (!local) throw new WorkflowError(`workflow "${id}" is not in this store; \`claude-workflow sync pull\` imports it`);
  if (heads.length === 0) throw new WorkflowError(`${folder.label} has no workflow "${id}"; \`claude-workflow sync push\` publishes it`);
  const state = classify(folder, id, local, heads);
  if (state !== "diverged") throw new WorkflowError(`workflow "${id}" is ${SYNC_STATE_LABELS[state]}, not diverged: nothing to resolve`);
  const others = heads.filter((h) => !isAncestor(folder, id, h, local));
  const docs = others.map((h) => versionOf(folder, id, h));
  const [first, ...rest] = docs;
  if (!first) throw new Error(`resolve ${id}: diverged without a remote head`);
  let files = filesOf(first);
  let merged = stateOf(files, `${folder.label} ${id}`);
  for (const doc of rest) {
    merged = mergeStates(merged, stateOf(filesOf(doc), `${folder.label} ${id}`));
    files = { state: sealState(merged), history: mergeHistories(files.history, doc.history) };
  }
  return { local, remote: { heads: others, files, state: merged, label: others.map((h) => h.slice(0, 12)).join("+") } };
}
function describeFolderDivergence(folder, id) {
  return guarded(folder, () => {
    const { local, remote } = divergedPair(folder, id);
    return {
      id,
      local: summarize(stateOf(filesOf(versionOf(folder, id, local)), `local ${id}`), local),
      remote: summarize(remote.state, remote.label)
    };
  });
}
function resolveFolderDivergence(folder, id, use) {
  return guarded(folder, () => resolveNow(folder, id, use));
}
function resolveNow(folder, id, use) {
  const { local, remote } = divergedPair(folder, id);
  const localFiles = filesOf(versionOf(folder, id, local));
  const localState = stateOf(localFiles, `local ${id}`);
  const store = folder.place.storeDir;
  let importedAs = null;
  let files;
  if (use === "local") {
    files = localFiles;
  } else if (use === "remote") {
    replaceWorkflowFiles(store, id, remote.files);
    files = remote.files;
  } else if (use === "merge") {
    updateWorkflow(store, id, () => mergeStates(localState, remote.state));
    const history = mergeHistories(localFiles.history, remote.files.history);
    if (history !== null) writeFileAtomic(historyPath(store, id), history);
    const current = readStoreFiles(store, id);
    if (!current) throw new Error(`workflow ${id} cannot be read right after its merge was saved`);
    files = current;
  } else {
    importedAs = remoteCopyId(store, id, remote.state.device.hostname);
    const copyId = importedAs;
    updateWorkflow(store, copyId, () => ({ ...remote.state, id: copyId }));
    if (remote.files.history !== null) writeFileAtomic(historyPath(store, copyId), remote.files.history);
    files = localFiles;
  }
  const version = newVersion(folder, id, files, [local, ...remote.heads]);
  writeRecord(store, id, version, files);
  return { id, use, commit: version, imported_as: importedAs };
}
export {
  describeFolderDivergence,
  folderStatus,
  openSyncFolder,
  pullFromFolder,
  pushToFolder,
  resolveFolderDivergence
};
