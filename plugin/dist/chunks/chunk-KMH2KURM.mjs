import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  STORE_FILES,
  assertWorkflowId,
  freeWorkflowId,
  listWorkflows,
  parseSealed,
  readSealed,
  replaceWorkflowFiles,
  updateWorkflow,
  workflowPath,
  writeFileAtomic
} from "./chunk-RKD4ZUVQ.mjs";
import {
  HistoryEntry,
  WORKFLOW_ID_PATTERN
} from "./chunk-65YYEQP7.mjs";
import {
  READ_CAPS,
  readRegularText
} from "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/sync.ts
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
var DEFAULT_REMOTE = "origin";
var LOCAL_PREFIX = "refs/workflows/";
var NETWORK_TIMEOUT_MS = 6e4;
var FALLBACK_IDENTITY = { name: "workflow", email: "workflow@localhost" };
var SYNC_STATE_LABELS = {
  in_sync: "in sync",
  ahead: "ahead",
  behind: "behind",
  diverged: "diverged",
  local_only: "local only",
  remote_only: "remote only"
};
function runGit(repo, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd: repo.place.projectDir,
      // no credential prompt on a terminal the user cannot see (hooks, tests): fail instead
      env: { ...repo.env, ...options.env, GIT_TERMINAL_PROMPT: "0" },
      timeout: options.timeoutMs,
      stdio: ["pipe", "pipe", "pipe"]
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
    child.on(
      "error",
      (error) => error.code === "ENOENT" ? reject(new WorkflowError("sync needs git, and no `git` program was found on PATH")) : reject(error)
    );
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? 1 }));
    child.on("exit", (_code, signal) => {
      if (signal === null) return;
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ stdout, stderr: `git ${args[0]} gave up after ${Math.round((options.timeoutMs ?? 0) / 1e3)} s (no answer from the remote)`, code: 1 });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input ?? "");
  });
}
async function gitOk(repo, args, options = {}) {
  const result = await runGit(repo, args, options);
  if (result.code !== 0) throw new Error(`git ${args.join(" ")} failed: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.trim();
}
function firstLine(text) {
  return text.split("\n").map((line) => line.replace(/^(fatal|error):\s*/, "").trim()).find((line) => line !== "") ?? "";
}
async function openSyncRepo(place, env, remote = DEFAULT_REMOTE) {
  const repo = { place, env, remote };
  const inside = await runGit(repo, ["rev-parse", "--is-inside-work-tree"]);
  if (inside.code !== 0 || inside.stdout.trim() !== "true") {
    throw new WorkflowError(`sync works through the project's git repository, and ${place.projectDir} is not in one`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote)) throw new WorkflowError(`invalid remote name ${JSON.stringify(remote)}`);
  await moveLegacyTrackingRefs(repo);
  return repo;
}
var localRef = (id) => `${LOCAL_PREFIX}${assertWorkflowId(id)}`;
var trackingPrefix = (repo) => `refs/workflow-remotes/${repo.remote}/`;
var trackingRef = (repo, id) => `${trackingPrefix(repo)}${assertWorkflowId(id)}`;
async function moveLegacyTrackingRefs(repo) {
  const legacy = `refs/remotes/${repo.remote}/workflows/`;
  const listed = await runGit(repo, ["for-each-ref", "--format=%(refname) %(objectname)", legacy]);
  const commands = [];
  for (const line of listed.code === 0 ? listed.stdout.split("\n") : []) {
    const [ref = "", sha = ""] = line.split(" ");
    const id = ref.slice(legacy.length);
    if (!ref.startsWith(legacy) || !WORKFLOW_ID_PATTERN.test(id) || !/^[0-9a-f]{40,64}$/.test(sha)) continue;
    commands.push(`update ${trackingPrefix(repo)}${id} ${sha}`, `delete ${ref} ${sha}`);
  }
  if (commands.length > 0) await gitOk(repo, ["update-ref", "--stdin"], { input: `${commands.join("\n")}
` });
}
async function resolveRef(repo, ref) {
  const result = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : null;
}
async function isAncestor(repo, ancestor, descendant) {
  const result = await runGit(repo, ["merge-base", "--is-ancestor", ancestor, descendant]);
  if (result.code > 1) throw new Error(`git merge-base failed: ${firstLine(result.stderr)}`);
  return result.code === 0;
}
async function moveRef(repo, ref, next, old, reason) {
  const result = await runGit(repo, ["update-ref", "-m", reason, ref, next, old ?? ""]);
  if (result.code !== 0) {
    throw new WorkflowError(`${ref} was changed by another process while syncing; nothing was lost, run the command again`);
  }
}
function historyPath(storeDir, id) {
  return path.join(path.dirname(workflowPath(storeDir, id)), STORE_FILES.history);
}
function readStoreFiles(storeDir, id) {
  const read = readSealed(workflowPath(storeDir, id));
  if (!read.ok) return null;
  let history = null;
  try {
    history = readRegularText(historyPath(storeDir, id), READ_CAPS.history);
  } catch {
  }
  return { state: read.text, history };
}
async function hashBlob(repo, content, write) {
  return gitOk(repo, ["hash-object", ...write ? ["-w"] : [], "--stdin"], { input: content });
}
async function treeOf(repo, files) {
  const entries = [`100644 blob ${await hashBlob(repo, files.state, true)}	${STORE_FILES.state}`];
  if (files.history !== null) entries.push(`100644 blob ${await hashBlob(repo, files.history, true)}	${STORE_FILES.history}`);
  return gitOk(repo, ["mktree"], { input: `${entries.join("\n")}
` });
}
async function commitTree(repo, tree, parents, message) {
  const env = {};
  const name = (await runGit(repo, ["config", "user.name"])).stdout.trim();
  const email = (await runGit(repo, ["config", "user.email"])).stdout.trim();
  if (!name) env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = FALLBACK_IDENTITY.name;
  if (!email) env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = FALLBACK_IDENTITY.email;
  return gitOk(repo, ["commit-tree", tree, ...parents.flatMap((p) => ["-p", p]), "-m", message], { env });
}
var MAX_BLOB_BYTES = { [STORE_FILES.state]: 8 * 1024 * 1024, [STORE_FILES.history]: 32 * 1024 * 1024 };
var MAX_PULLED_WORKFLOWS = 200;
async function readBlob(repo, commit, file) {
  const size = await runGit(repo, ["cat-file", "-s", `${commit}:${file}`]);
  if (size.code !== 0) return null;
  const limit = MAX_BLOB_BYTES[file] ?? 1024 * 1024;
  if (Number(size.stdout.trim()) > limit) throw new WorkflowError(`its ${file} is ${size.stdout.trim()} bytes, over the limit of ${limit}`);
  const result = await runGit(repo, ["cat-file", "blob", `${commit}:${file}`]);
  return result.code === 0 ? result.stdout : null;
}
async function filesAt(repo, commit) {
  const state = await readBlob(repo, commit, STORE_FILES.state);
  if (state === null) throw new WorkflowError(`commit ${commit.slice(0, 12)} holds no ${STORE_FILES.state}; it was not made by workflow sync`);
  return { state, history: await readBlob(repo, commit, STORE_FILES.history) };
}
function stateOf(files, label) {
  const read = parseSealed(files.state, label);
  if (!read.ok) throw new WorkflowError(read.problem);
  return read.state;
}
function describeSave(state) {
  const what = state.summary || state.task.description || state.id;
  return `workflow ${state.id}: ${what.split("\n")[0]?.slice(0, 72)} (${state.device.hostname})`;
}
async function snapshot(repo, id) {
  const files = readStoreFiles(repo.place.storeDir, id);
  if (!files) return null;
  const ref = localRef(id);
  const parent = await resolveRef(repo, ref);
  const tree = await treeOf(repo, files);
  if (parent && await gitOk(repo, ["rev-parse", `${parent}^{tree}`]) === tree) return { commit: parent, created: false };
  const commit = await commitTree(repo, tree, parent ? [parent] : [], describeSave(stateOf(files, id)));
  await moveRef(repo, ref, commit, parent, "workflow sync: save");
  return { commit, created: true };
}
function storeIds(storeDir) {
  return listWorkflows(storeDir).workflows.map(({ state }) => state.id);
}
async function refIds(repo, prefix) {
  const out = await gitOk(repo, ["for-each-ref", "--format=%(refname)", prefix]);
  return out.split("\n").filter((ref) => ref.startsWith(prefix)).map((ref) => ref.slice(prefix.length)).filter((id) => WORKFLOW_ID_PATTERN.test(id));
}
function pendingError(repo, reason) {
  return new WorkflowError(
    `sync pending: ${reason}; the workflows are saved locally (refs/workflows/*), run \`claude-workflow sync push\` again once "${repo.remote}" is reachable`
  );
}
async function remoteExists(repo) {
  return (await runGit(repo, ["remote", "get-url", repo.remote])).code === 0;
}
async function pushWorkflows(repo, onlyId, timeoutMs = NETWORK_TIMEOUT_MS) {
  const ids = onlyId ? [assertWorkflowId(onlyId)] : storeIds(repo.place.storeDir);
  if (onlyId && !readStoreFiles(repo.place.storeDir, onlyId)) {
    throw new WorkflowError(`no readable workflow "${onlyId}" in ${repo.place.storeDir}`);
  }
  const commits = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const saved = await snapshot(repo, id);
    if (saved) commits.set(id, saved.commit);
  }
  if (commits.size === 0) return { remote: repo.remote, workflows: [] };
  if (!await remoteExists(repo)) {
    throw pendingError(repo, `this repository has no remote "${repo.remote}" (add one with \`git remote add ${repo.remote} <url>\` or pass --remote)`);
  }
  const refspecs = [...commits.keys()].map((id) => `${localRef(id)}:${localRef(id)}`);
  const result = await runGit(repo, ["push", "--porcelain", repo.remote, ...refspecs], { timeoutMs });
  const flags = /* @__PURE__ */ new Map();
  for (const line of result.stdout.split("\n")) {
    const match = /^(.)\t([^:]+):(\S+)\t/.exec(line);
    if (match?.[1] && match[3]?.startsWith(LOCAL_PREFIX)) flags.set(match[3].slice(LOCAL_PREFIX.length), match[1]);
  }
  if (flags.size === 0) throw pendingError(repo, `git push to "${repo.remote}" failed (${firstLine(result.stderr) || `exit ${result.code}`})`);
  const workflows = [];
  for (const [id, commit] of commits) {
    const flag = flags.get(id);
    const outcome = flag === "*" ? "new" : flag === "=" ? "unchanged" : flag === " " || flag === "+" ? "updated" : "rejected";
    if (outcome !== "rejected") await gitOk(repo, ["update-ref", trackingRef(repo, id), commit]);
    workflows.push({ id, commit, result: outcome });
  }
  const rejected = workflows.filter((w) => w.result === "rejected").map((w) => w.id);
  if (rejected.length > 0) {
    const pushed = workflows.length - rejected.length;
    throw new WorkflowError(
      `sync pending: "${repo.remote}" rejected ${rejected.join(", ")} (both sides saved since the last sync)${pushed > 0 ? `; ${pushed} other workflow(s) pushed` : ""}; run \`claude-workflow sync pull\`, then \`claude-workflow sync resolve ${rejected.length === 1 ? rejected[0] : "<id>"}\`; local state is intact`
    );
  }
  return { remote: repo.remote, workflows };
}
async function classify(repo, local, remote) {
  if (!remote) return "local_only";
  if (!local) return "remote_only";
  if (local === remote) return "in_sync";
  if (await isAncestor(repo, local, remote)) return "behind";
  if (await isAncestor(repo, remote, local)) return "ahead";
  return "diverged";
}
async function hasUnsavedChanges(repo, id, local) {
  const files = readStoreFiles(repo.place.storeDir, id);
  if (!files) return false;
  if (!local) return true;
  const expected = [`${await hashBlob(repo, files.state, false)}	${STORE_FILES.state}`];
  if (files.history !== null) expected.push(`${await hashBlob(repo, files.history, false)}	${STORE_FILES.history}`);
  const listed = (await gitOk(repo, ["ls-tree", local])).split("\n").map((line) => line.replace(/^\S+ blob /, "")).filter((line) => line !== "");
  return [...expected].sort().join("\n") !== [...listed].sort().join("\n");
}
async function syncStatus(repo) {
  const ids = /* @__PURE__ */ new Set([...storeIds(repo.place.storeDir), ...await refIds(repo, LOCAL_PREFIX), ...await refIds(repo, trackingPrefix(repo))]);
  const rows = [];
  for (const id of [...ids].sort()) {
    const local = await resolveRef(repo, localRef(id));
    const remote = await resolveRef(repo, trackingRef(repo, id));
    const unsaved = await hasUnsavedChanges(repo, id, local);
    let state = await classify(repo, local, remote);
    if (unsaved && state === "in_sync") state = "ahead";
    if (unsaved && state === "behind") state = "diverged";
    if (state === "remote_only" && readStoreFiles(repo.place.storeDir, id)) state = "diverged";
    rows.push({ id, state, unsaved_changes: unsaved });
  }
  return rows;
}
async function fetchWorkflows(repo, timeoutMs) {
  if (!await remoteExists(repo)) {
    throw new WorkflowError(`sync pull: this repository has no remote "${repo.remote}" (add one with \`git remote add ${repo.remote} <url>\` or pass --remote)`);
  }
  const result = await runGit(repo, ["fetch", "--quiet", "--no-tags", repo.remote, `+${LOCAL_PREFIX}*:${trackingPrefix(repo)}*`], { timeoutMs });
  if (result.code !== 0) {
    throw new WorkflowError(`sync pull: git fetch from "${repo.remote}" failed (${firstLine(result.stderr) || `exit ${result.code}`}); nothing was changed`);
  }
}
async function takeCommit(repo, id, commit, old, reason) {
  const files = await filesAt(repo, commit);
  replaceWorkflowFiles(repo.place.storeDir, id, files);
  await moveRef(repo, localRef(id), commit, old, reason);
}
async function pullWorkflows(repo, onlyId, timeoutMs = NETWORK_TIMEOUT_MS) {
  if (onlyId) assertWorkflowId(onlyId);
  const deadline = Date.now() + timeoutMs;
  await fetchWorkflows(repo, timeoutMs);
  const ids = onlyId ? [onlyId] : await refIds(repo, trackingPrefix(repo));
  const workflows = [];
  for (const [index, id] of ids.entries()) {
    if (index >= MAX_PULLED_WORKFLOWS) {
      workflows.push({ id, result: "refused", reason: `more than ${MAX_PULLED_WORKFLOWS} workflows on the remote` });
      continue;
    }
    if (Date.now() > deadline) {
      workflows.push({ id, result: "refused", reason: "out of time; the next pull takes it" });
      continue;
    }
    try {
      workflows.push(await pullOne(repo, id, onlyId !== void 0));
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      if (onlyId) throw error;
      workflows.push({ id, result: "refused", reason: error.message });
    }
  }
  return { remote: repo.remote, workflows };
}
async function pullOne(repo, id, named) {
  const remote = await resolveRef(repo, trackingRef(repo, id));
  if (!remote) {
    if (named) throw new WorkflowError(`"${repo.remote}" has no workflow "${id}"`);
    throw new WorkflowError("its remote ref does not name a commit");
  }
  const saved = await snapshot(repo, id);
  const local = saved?.commit ?? await resolveRef(repo, localRef(id));
  const storeHasIt = fs.existsSync(path.dirname(workflowPath(repo.place.storeDir, id)));
  if (!local) {
    if (storeHasIt) return { id, result: "diverged" };
    await takeCommit(repo, id, remote, null, "workflow sync: import");
    return { id, result: "imported" };
  }
  const state = await classify(repo, local, remote);
  if (state === "behind") {
    await takeCommit(repo, id, remote, local, "workflow sync: fast-forward");
    return { id, result: "fast-forwarded" };
  }
  return { id, result: state === "in_sync" ? "up to date" : state === "ahead" ? "ahead" : "diverged" };
}
var RESOLUTIONS = ["local", "remote", "merge", "both"];
function isResolution(value) {
  return RESOLUTIONS.includes(value);
}
function summarize(state, commit) {
  const phase = state.phase.current !== null || state.phase.name ? [state.phase.current, state.phase.name].filter((p) => p !== null).join(": ") : null;
  return {
    commit,
    device: state.device.hostname,
    updated_at: state.updated_at,
    status: state.status,
    phase,
    progress: {
      accomplishments: state.accomplishments.length,
      next_steps: state.next_steps.length,
      decisions: state.decisions.length,
      blockers: state.blockers.length,
      todos_active: state.todos.active.length,
      todos_completed: state.todos.completed.length
    },
    next_steps: state.next_steps
  };
}
async function divergedPair(repo, id) {
  const saved = await snapshot(repo, id);
  const local = saved?.commit ?? await resolveRef(repo, localRef(id));
  const remote = await resolveRef(repo, trackingRef(repo, id));
  if (!local) throw new WorkflowError(`workflow "${id}" is not in this store; \`claude-workflow sync pull\` imports it`);
  if (!remote) throw new WorkflowError(`"${repo.remote}" has no workflow "${id}" (as of the last pull); \`claude-workflow sync push\` publishes it`);
  const state = await classify(repo, local, remote);
  if (state !== "diverged") {
    throw new WorkflowError(`workflow "${id}" is ${SYNC_STATE_LABELS[state]}, not diverged: nothing to resolve (run \`claude-workflow sync pull\` first to see the remote's latest)`);
  }
  return { local, remote };
}
async function describeDivergence(repo, id) {
  const { local, remote } = await divergedPair(repo, id);
  return {
    id,
    local: summarize(stateOf(await filesAt(repo, local), `local ${id}`), local),
    remote: summarize(stateOf(await filesAt(repo, remote), `${repo.remote} ${id}`), remote)
  };
}
function union(local, remote, key = (item) => JSON.stringify(item)) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const item of [...local, ...remote]) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
function mergeStates(local, remote) {
  const newer = remote.updated_at > local.updated_at ? remote : local;
  const completed = union(local.todos.completed, remote.todos.completed, (t) => t.content);
  const done = new Set(completed.map((t) => t.content));
  return {
    ...newer,
    id: local.id,
    created_at: local.created_at < remote.created_at ? local.created_at : remote.created_at,
    updated_at: newer.updated_at,
    accomplishments: union(local.accomplishments, remote.accomplishments),
    decisions: union(local.decisions, remote.decisions),
    blockers: union(local.blockers, remote.blockers),
    next_steps: union(local.next_steps, remote.next_steps),
    notes: union(local.notes, remote.notes),
    files_modified: union(local.files_modified, remote.files_modified),
    todos: {
      active: union(local.todos.active, remote.todos.active, (t) => t.content).filter((t) => !done.has(t.content)),
      completed
    }
  };
}
function mergeHistories(local, remote) {
  if (local === null && remote === null) return null;
  const lines = union(
    [...(local ?? "").split("\n"), ...(remote ?? "").split("\n")].filter((line) => line.trim() !== ""),
    [],
    (line) => line
  );
  const dated = [];
  for (const line of lines) {
    try {
      const parsed = HistoryEntry.safeParse(JSON.parse(line));
      if (parsed.success) dated.push({ at: parsed.data.at, line });
    } catch {
    }
  }
  dated.sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  return dated.map((d) => `${d.line}
`).join("");
}
function remoteCopyId(storeDir, id, device) {
  const suffix = device.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 30) || "remote";
  const base = `${id.slice(0, 81 - suffix.length - 4).replace(/-+$/, "")}-${suffix}`;
  return freeWorkflowId(storeDir, assertWorkflowId(base));
}
async function resolveDivergence(repo, id, use) {
  const { local, remote } = await divergedPair(repo, id);
  const ref = localRef(id);
  const localFiles = await filesAt(repo, local);
  const remoteFiles = await filesAt(repo, remote);
  const localState = stateOf(localFiles, `local ${id}`);
  const remoteState = stateOf(remoteFiles, `${repo.remote} ${id}`);
  let importedAs = null;
  let tree;
  let message;
  if (use === "local") {
    tree = await gitOk(repo, ["rev-parse", `${local}^{tree}`]);
    message = `workflow ${id}: keep ${localState.device.hostname}'s version over ${remoteState.device.hostname}'s`;
  } else if (use === "remote") {
    replaceWorkflowFiles(repo.place.storeDir, id, remoteFiles);
    tree = await gitOk(repo, ["rev-parse", `${remote}^{tree}`]);
    message = `workflow ${id}: take ${remoteState.device.hostname}'s version over ${localState.device.hostname}'s`;
  } else if (use === "merge") {
    const merged = mergeStates(localState, remoteState);
    updateWorkflow(repo.place.storeDir, id, () => merged);
    const history = mergeHistories(localFiles.history, remoteFiles.history);
    if (history !== null) writeFileAtomic(historyPath(repo.place.storeDir, id), history);
    const current = readStoreFiles(repo.place.storeDir, id);
    if (!current) throw new Error(`workflow ${id} cannot be read right after its merge was saved`);
    tree = await treeOf(repo, current);
    message = `workflow ${id}: merge ${localState.device.hostname} and ${remoteState.device.hostname}`;
  } else {
    importedAs = remoteCopyId(repo.place.storeDir, id, remoteState.device.hostname);
    const copyId = importedAs;
    updateWorkflow(repo.place.storeDir, copyId, () => ({ ...remoteState, id: copyId }));
    if (remoteFiles.history !== null) writeFileAtomic(historyPath(repo.place.storeDir, copyId), remoteFiles.history);
    tree = await gitOk(repo, ["rev-parse", `${local}^{tree}`]);
    message = `workflow ${id}: keep both; ${remoteState.device.hostname}'s version continues as ${copyId}`;
  }
  const commit = await commitTree(repo, tree, [local, remote], message);
  await moveRef(repo, ref, commit, local, `workflow sync: resolve (${use})`);
  if (importedAs) await snapshot(repo, importedAs);
  return { id, use, commit, imported_as: importedAs };
}
async function autoPull(place, env, remote, timeoutMs, dir = "") {
  if (dir) remote = `folder ${dir}`;
  try {
    let workflows;
    if (dir) {
      const folder = await import("./sync-folder-LLFBL7YD.mjs");
      ({ workflows } = await folder.pullFromFolder(folder.openSyncFolder(place, dir)));
    } else {
      const repo = await openSyncRepo(place, env, remote);
      if (!await remoteExists(repo)) return null;
      ({ workflows } = await pullWorkflows(repo, void 0, timeoutMs));
    }
    const done = workflows.filter((w) => w.result === "imported" || w.result === "fast-forwarded").length;
    const diverged = workflows.filter((w) => w.result === "diverged").map((w) => w.id);
    const refused = workflows.filter((w) => w.result === "refused");
    const parts = [];
    if (done > 0) parts.push(`${done} workflow(s) updated from ${remote}`);
    if (diverged.length > 0) parts.push(`diverged: ${diverged.join(", ")} (claude-workflow sync resolve <id>)`);
    if (refused.length > 0) parts.push(`refused: ${refused.slice(0, 3).map((w) => w.id).join(", ")}${refused.length > 3 ? ` and ${refused.length - 3} more` : ""} (claude-workflow sync pull says why)`);
    return parts.length > 0 ? `sync: ${parts.join("; ")}` : null;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return `sync pending: could not pull from ${remote} (${error.message.replace(/^sync pull: /, "")})`;
  }
}
async function autoPush(place, env, remote, id, dir = "") {
  if (dir) remote = `folder ${dir}`;
  try {
    if (dir) {
      const folder = await import("./sync-folder-LLFBL7YD.mjs");
      await folder.pushToFolder(folder.openSyncFolder(place, dir), id);
    } else await pushWorkflows(await openSyncRepo(place, env, remote), id);
    return `sync: pushed to ${remote}`;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return error.message.startsWith("sync pending") ? error.message : `sync pending: ${error.message}`;
  }
}

export {
  DEFAULT_REMOTE,
  SYNC_STATE_LABELS,
  openSyncRepo,
  historyPath,
  readStoreFiles,
  stateOf,
  snapshot,
  storeIds,
  pushWorkflows,
  syncStatus,
  pullWorkflows,
  RESOLUTIONS,
  isResolution,
  summarize,
  describeDivergence,
  mergeStates,
  mergeHistories,
  remoteCopyId,
  resolveDivergence,
  autoPull,
  autoPush
};
