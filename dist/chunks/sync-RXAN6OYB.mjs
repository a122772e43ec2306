import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_REMOTE,
  RESOLUTIONS,
  SYNC_STATE_LABELS,
  describeDivergence,
  isResolution,
  openSyncRepo,
  pullWorkflows,
  pushWorkflows,
  resolveDivergence,
  syncStatus
} from "./chunk-LLEKPB2P.mjs";
import "./chunk-NL4WUP72.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-JGOVZUPF.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/sync.ts
var usage = "sync push [id] | pull [id] | status | resolve <id> [--use local|remote|merge|both]   [--remote <name>] (default origin; WORKFLOW_SYNC_DIR or sync.dir: a synced folder instead)";
function table(rows) {
  const width = Math.max(...rows.map(([id]) => id.length));
  return rows.map(([id, what]) => `  ${id.padEnd(width)}  ${what}`).join("\n");
}
function sideLines(side) {
  const p = side.progress;
  return [
    side.device,
    side.updated_at,
    side.status,
    side.phase ?? "-",
    `${p.accomplishments} done \xB7 ${p.next_steps} next \xB7 ${p.decisions} decided \xB7 ${p.blockers} blocked`,
    `todos ${p.todos_active} open / ${p.todos_completed} done`,
    ...side.next_steps.map((step) => `- ${step}`)
  ];
}
function renderDivergence(d, remote) {
  const labels = ["device", "updated", "status", "phase", "progress", "", "next steps"];
  const local = sideLines(d.local);
  const other = sideLines(d.remote);
  const width = Math.max(28, ...local.map((l) => l.length));
  const rows = Math.max(local.length, other.length);
  const lines = [`workflow ${d.id} has diverged: both sides saved since the last sync`, "", `  ${"".padEnd(10)}  ${"local".padEnd(width)}  ${remote}`];
  for (let i = 0; i < rows; i++) lines.push(`  ${(labels[i] ?? "").padEnd(10)}  ${(local[i] ?? "").padEnd(width)}  ${other[i] ?? ""}`.trimEnd());
  lines.push(
    "",
    `resolve with: claude-workflow sync resolve ${d.id} --use local|remote|merge|both`,
    "  local   keep this machine's version (the remote one stays in the ref's history)",
    "  remote  take the remote version (this one is kept as state.backup.json)",
    "  merge   both sides' lists without duplicates, the other fields from the newer save",
    "  both    keep both: the remote version continues under a new id"
  );
  return lines.join("\n");
}
function resolvedText(id, use, importedAs, where) {
  const what = {
    local: "kept the local version",
    remote: "took the remote version (the local one is state.backup.json)",
    merge: "merged both versions",
    both: `kept both: the remote version is now workflow ${importedAs ?? ""}`
  }[use];
  return `${id}: ${what}; \`claude-workflow sync push\` publishes the resolution${where}`;
}
async function runFolderSync(ctx, dir, sub, id) {
  const core = await import("./sync-folder-F47BBFFS.mjs");
  const open = () => core.openSyncFolder(ctx.place(), dir);
  switch (sub) {
    case "push": {
      const result = await core.pushToFolder(open(), id);
      const text = result.workflows.length === 0 ? "no workflows to push" : `pushed to ${result.remote}:
${table(result.workflows.map((w) => [w.id, w.result === "unchanged" ? "already there" : w.result]))}`;
      return { text, json: result };
    }
    case "pull": {
      const result = await core.pullFromFolder(open(), id);
      const diverged = result.workflows.filter((w) => w.result === "diverged").map((w) => w.id);
      const lines = result.workflows.length === 0 ? [`${result.remote} has no workflows of this project`] : [`pulled from ${result.remote}:`, table(result.workflows.map((w) => [w.id, w.result === "ahead" ? "ahead (push to publish)" : w.result]))];
      for (const d of diverged) lines.push(`${d}: both sides saved since the last sync; nothing was overwritten. See \`claude-workflow sync resolve ${d}\``);
      return { text: lines.join("\n"), json: result };
    }
    case "status": {
      if (id) throw new WorkflowError(`sync status takes no id
usage: claude-workflow ${usage}`, 2);
      const folder = open();
      const workflows = await core.folderStatus(folder);
      const text = workflows.length === 0 ? `no workflows here or in ${folder.label}` : `against ${folder.label}:
${table(workflows.map((w) => [w.id, `${SYNC_STATE_LABELS[w.state]}${w.unsaved_changes ? " (unsaved changes)" : ""}`]))}`;
      return { text, json: { remote: folder.label, workflows } };
    }
    case "resolve": {
      if (!id) throw new WorkflowError(`sync resolve needs the workflow id
usage: claude-workflow ${usage}`, 2);
      const use = ctx.values.use;
      const folder = open();
      if (use === void 0) {
        const divergence = await core.describeFolderDivergence(folder, id);
        return { text: renderDivergence(divergence, "folder"), json: divergence };
      }
      if (typeof use !== "string" || !isResolution(use)) throw new WorkflowError(`--use ${String(use)}: expected one of ${RESOLUTIONS.join(", ")}`, 2);
      const result = await core.resolveFolderDivergence(folder, id, use);
      return { text: resolvedText(id, result.use, result.imported_as, ` to ${folder.label}`), json: result };
    }
    default:
      throw new WorkflowError(`sync needs push, pull, status or resolve
usage: claude-workflow ${usage}`, 2);
  }
}
var command = {
  usage,
  options: { remote: { type: "string" }, use: { type: "string" } },
  async run(ctx) {
    const [sub, id, ...extra] = ctx.positionals;
    if (extra.length > 0) throw new WorkflowError(`sync: unexpected argument "${extra[0]}"
usage: claude-workflow ${usage}`, 2);
    const settings = typeof ctx.values.remote === "string" ? null : (await import("./config-FVYS5RBF.mjs")).loadConfig(ctx.place().projectDir, ctx.env).config.sync;
    if (settings?.dir) return runFolderSync(ctx, settings.dir, sub, id);
    const remote = typeof ctx.values.remote === "string" ? ctx.values.remote : settings?.remote || DEFAULT_REMOTE;
    const open = () => openSyncRepo(ctx.place(), ctx.env, remote);
    switch (sub) {
      case "push": {
        const result = await pushWorkflows(await open(), id);
        const text = result.workflows.length === 0 ? "no workflows to push" : `pushed to ${result.remote}:
${table(result.workflows.map((w) => [w.id, w.result === "unchanged" ? "already there" : w.result]))}`;
        return { text, json: result };
      }
      case "pull": {
        const result = await pullWorkflows(await open(), id);
        const diverged = result.workflows.filter((w) => w.result === "diverged").map((w) => w.id);
        const lines = result.workflows.length === 0 ? [`${result.remote} has no workflows`] : [`pulled from ${result.remote}:`, table(result.workflows.map((w) => [w.id, w.result === "ahead" ? "ahead (push to publish)" : w.result]))];
        for (const d of diverged) lines.push(`${d}: both sides saved since the last sync; nothing was overwritten. See \`claude-workflow sync resolve ${d}\``);
        return { text: lines.join("\n"), json: result };
      }
      case "status": {
        if (id) throw new WorkflowError(`sync status takes no id
usage: claude-workflow ${usage}`, 2);
        const workflows = await syncStatus(await open());
        const text = workflows.length === 0 ? "no workflows here or on the remote (as of the last pull)" : `against ${remote} as of the last pull or push:
${table(
          workflows.map((w) => [w.id, `${SYNC_STATE_LABELS[w.state]}${w.unsaved_changes ? " (unsaved changes)" : ""}`])
        )}`;
        return { text, json: { remote, workflows } };
      }
      case "resolve": {
        if (!id) throw new WorkflowError(`sync resolve needs the workflow id
usage: claude-workflow ${usage}`, 2);
        const use = ctx.values.use;
        const repo = await open();
        if (use === void 0) {
          const divergence = await describeDivergence(repo, id);
          return { text: renderDivergence(divergence, remote), json: divergence };
        }
        if (typeof use !== "string" || !isResolution(use)) {
          throw new WorkflowError(`--use ${String(use)}: expected one of ${RESOLUTIONS.join(", ")}`, 2);
        }
        const result = await resolveDivergence(repo, id, use);
        return { text: resolvedText(id, result.use, result.imported_as, ""), json: result };
      }
      default:
        throw new WorkflowError(`sync needs push, pull, status or resolve
usage: claude-workflow ${usage}`, 2);
    }
  }
};
export {
  command
};
