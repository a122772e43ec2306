import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_REMOTE,
  RESOLUTIONS,
  SYNC_STATE_LABELS,
  isResolution
} from "./chunk-KMH2KURM.mjs";
import {
  workflowArg
} from "./chunk-KR6XN22S.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import "./chunk-D5NVEAP4.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/sync-render.ts
function table(rows) {
  const width = Math.max(...rows.map(([id]) => id.length));
  return rows.map(([id, what]) => `  ${id.padEnd(width)}  ${what}`).join("\n");
}
function renderPush(result) {
  if (result.workflows.length === 0) return "no workflows to push";
  return `pushed to ${result.remote}:
${table(result.workflows.map((w) => [w.id, w.result === "unchanged" ? "already there" : w.result]))}`;
}
function renderPull(result, nothing) {
  const lines = result.workflows.length === 0 ? [nothing] : [
    `pulled from ${result.remote}:`,
    table(result.workflows.map((w) => [w.id, w.result === "ahead" ? "ahead (push to publish)" : w.result === "refused" ? `refused: ${w.reason ?? "unreadable"}` : w.result]))
  ];
  for (const w of result.workflows.filter((each) => each.result === "diverged")) {
    lines.push(`${w.id}: both sides saved since the last sync; nothing was overwritten. See \`claude-workflow sync resolve ${w.id}\``);
  }
  return lines.join("\n");
}
function renderSyncStatus(workflows, heading, nothing) {
  if (workflows.length === 0) return nothing;
  return `${heading}
${table(workflows.map((w) => [w.id, `${SYNC_STATE_LABELS[w.state]}${w.unsaved_changes ? " (unsaved changes)" : ""}`]))}`;
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
function renderDivergence(d, otherLabel) {
  const labels = ["device", "updated", "status", "phase", "progress", "", "next steps"];
  const local = sideLines(d.local);
  const other = sideLines(d.remote);
  const width = Math.max(28, ...local.map((l) => l.length));
  const rows = Math.max(local.length, other.length);
  const lines = [`workflow ${d.id} has diverged: both sides saved since the last sync`, "", `  ${"".padEnd(10)}  ${"local".padEnd(width)}  ${otherLabel}`];
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
function renderResolved(id, use, importedAs, where) {
  const what = {
    local: "kept the local version",
    remote: "took the remote version (the local one is state.backup.json)",
    merge: "merged both versions",
    both: `kept both: the remote version is now workflow ${importedAs ?? ""}`
  }[use];
  return `${id}: ${what}; \`claude-workflow sync push\` publishes the resolution${where}`;
}

// scripts/commands/sync.ts
var usage = "sync push [id] | pull [id] | status | resolve <id> [--use local|remote|merge|both]   [--remote <name>] (default origin; WORKFLOW_SYNC_DIR or sync.dir: a synced folder instead)";
async function gitTarget(place, env, remote) {
  const core = await import("./sync-HGZ3CPYZ.mjs");
  const open = () => core.openSyncRepo(place, env, remote);
  return {
    push: async (id) => core.pushWorkflows(await open(), id),
    pull: async (id) => core.pullWorkflows(await open(), id),
    status: async () => core.syncStatus(await open()),
    describe: async (id) => core.describeDivergence(await open(), id),
    resolve: async (id, use) => core.resolveDivergence(await open(), id, use),
    name: remote,
    label: remote,
    statusHeading: `against ${remote} as of the last pull or push:`,
    nothingPulled: `${remote} has no workflows`,
    nothingToShow: "no workflows here or on the remote (as of the last pull)",
    resolvedWhere: ""
  };
}
async function folderTarget(place, dir) {
  const core = await import("./sync-folder-LLFBL7YD.mjs");
  const open = () => core.openSyncFolder(place, dir);
  const label = open().label;
  return {
    push: (id) => core.pushToFolder(open(), id),
    pull: (id) => core.pullFromFolder(open(), id),
    status: () => core.folderStatus(open()),
    describe: (id) => core.describeFolderDivergence(open(), id),
    resolve: (id, use) => core.resolveFolderDivergence(open(), id, use),
    name: label,
    label: "folder",
    statusHeading: `against ${label}:`,
    nothingPulled: `${label} has no workflows of this project`,
    nothingToShow: `no workflows here or in ${label}`,
    resolvedWhere: ` to ${label}`
  };
}
function syncUsageError(message) {
  return usageError(command, message);
}
var command = {
  usage,
  summary: "Shares workflows through a git remote or a synced folder.",
  help: [
    ["push [id]", "send workflows (all, or one)"],
    ["pull [id]", "take workflows saved elsewhere"],
    ["status", "compare this store with the other side"],
    ["resolve <id>", "settle a workflow changed on both sides"],
    ["--use WHICH", "with resolve: local, remote, merge or both"],
    ["--remote NAME", "the git remote (default origin, or sync.remote)"]
  ],
  options: { remote: { type: "string" }, use: { type: "string" } },
  async run(ctx) {
    const [sub, ref, ...extra] = ctx.positionals;
    const id = sub === "pull" ? ref : workflowArg(ctx, ref);
    if (extra.length > 0) throw syncUsageError(`sync: unexpected argument "${extra[0]}"`);
    if (sub !== "push" && sub !== "pull" && sub !== "status" && sub !== "resolve") throw syncUsageError("sync needs push, pull, status or resolve");
    const place = ctx.place();
    const explicit = typeof ctx.values.remote === "string" ? ctx.values.remote : null;
    const settings = explicit === null ? (await import("./config-3JVIBTWX.mjs")).loadConfig(place.projectDir, ctx.env).config.sync : null;
    const target = settings?.dir ? await folderTarget(place, settings.dir) : await gitTarget(place, ctx.env, explicit ?? (settings?.remote || DEFAULT_REMOTE));
    switch (sub) {
      case "push": {
        const result = await target.push(id);
        return { text: renderPush(result), json: result };
      }
      case "pull": {
        const result = await target.pull(id);
        return { text: renderPull(result, target.nothingPulled), json: result };
      }
      case "status": {
        if (id) throw syncUsageError("sync status takes no id");
        const workflows = await target.status();
        return {
          text: renderSyncStatus(workflows, target.statusHeading, target.nothingToShow),
          json: { remote: target.name, workflows }
        };
      }
      case "resolve": {
        if (!id) throw syncUsageError("sync resolve needs the workflow id");
        const use = ctx.values.use;
        if (use === void 0) {
          const divergence = await target.describe(id);
          return { text: renderDivergence(divergence, target.label), json: divergence };
        }
        if (typeof use !== "string" || !isResolution(use)) throw syncUsageError(`--use ${String(use)}: expected one of ${RESOLUTIONS.join(", ")}`);
        const result = await target.resolve(id, use);
        return { text: renderResolved(id, result.use, result.imported_as, target.resolvedWhere), json: result };
      }
      default:
        return sub;
    }
  }
};
export {
  command
};
