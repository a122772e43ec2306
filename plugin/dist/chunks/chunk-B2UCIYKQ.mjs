import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  gitTopLevel
} from "./chunk-357HXOSG.mjs";
import {
  READ_CAPS,
  readRegularFile
} from "./chunk-SWQQR4HO.mjs";

// scripts/core/compatibility.ts
import { createHash } from "node:crypto";
import path from "node:path";
var LOCKFILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "Cargo.lock",
  "go.sum",
  "poetry.lock",
  "uv.lock",
  "Pipfile.lock",
  "Gemfile.lock",
  "composer.lock",
  "mix.lock",
  "pubspec.lock",
  "Package.resolved"
];
function hashLockfiles(projectDir) {
  const hashes = {};
  for (const name of LOCKFILES) {
    try {
      hashes[name] = createHash("sha256").update(readRegularFile(path.join(projectDir, name), READ_CAPS.lockfile)).digest("hex");
    } catch {
    }
  }
  return hashes;
}
function major(version) {
  return /^v?(\d+)/.exec(version)?.[1] ?? version;
}
function checkCompatibility(state, world) {
  const rows = [];
  const row = (check, then, now, level, note = "") => rows.push({ check, at_handoff: then, now, level, note });
  row(
    "project path",
    state.project.path,
    world.projectDir,
    state.project.path === world.projectDir ? "ok" : "changed",
    state.project.path === world.projectDir ? "" : "another clone or machine: paths are shown relative to the project"
  );
  const thenBranch = state.git?.branch ?? "\u2014";
  const nowBranch = world.branch ?? "\u2014";
  row("branch", thenBranch, nowBranch, thenBranch === nowBranch ? "ok" : "warning", thenBranch === nowBranch ? "" : `switch back with: git switch ${thenBranch}`);
  const plugin = state.device.plugin_version;
  row("plugin version", plugin, world.pluginVersion, plugin === world.pluginVersion ? "ok" : "changed");
  const node = state.device.node_version;
  row(
    "Node version",
    node,
    world.nodeVersion,
    node === world.nodeVersion ? "ok" : major(node) === major(world.nodeVersion) ? "changed" : "warning",
    major(node) === major(world.nodeVersion) ? "" : "another major version: native modules may need a rebuild"
  );
  const names = [.../* @__PURE__ */ new Set([...Object.keys(state.lockfiles), ...Object.keys(world.lockfiles)])].sort();
  for (const name of names) {
    const then = state.lockfiles[name];
    const now = world.lockfiles[name];
    const short = (hash) => hash ? hash.slice(0, 12) : "absent";
    if (then === now) row(name, short(then), short(now), "ok");
    else if (then && !now) row(name, short(then), "absent", "warning", "removed since the handoff");
    else row(name, short(then), short(now), "warning", "dependencies changed: reinstall before running anything");
  }
  return rows;
}
function assessStaleness(handedOffAt, newCommits, staleAfterDays, now) {
  const reasons = [];
  const days = (now.getTime() - Date.parse(handedOffAt)) / 864e5;
  if (days >= staleAfterDays) reasons.push(`handed off ${Math.floor(days)} days ago (stale after ${staleAfterDays})`);
  if (newCommits > 0) reasons.push(`${newCommits} commit${newCommits === 1 ? "" : "s"} landed since the handoff`);
  return { stale: reasons.length > 0, reasons };
}

// scripts/core/git-head.ts
import fs from "node:fs";
import path2 from "node:path";
function gitDir(top) {
  const dotGit = path2.join(top, ".git");
  try {
    if (fs.statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, "utf8"))?.[1]?.trim();
    return pointer ? path2.resolve(top, pointer) : null;
  } catch {
    return null;
  }
}
function read(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
function readHeadCommit(dir) {
  const top = gitTopLevel(dir);
  const git = top ? gitDir(top) : null;
  if (!git) return null;
  const head = read(path2.join(git, "HEAD"))?.trim();
  if (!head) return null;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return /^[0-9a-f]{40,64}$/.test(head) ? head : null;
  const common = read(path2.join(git, "commondir"))?.trim();
  const dirs = common ? [git, path2.resolve(git, common)] : [git];
  for (const base of dirs) {
    const loose = read(path2.join(base, ref))?.trim();
    if (loose) return loose;
    const packed = read(path2.join(base, "packed-refs"));
    const line = packed?.split("\n").find((l) => l.endsWith(` ${ref}`));
    if (line) return line.split(" ")[0] ?? null;
  }
  return null;
}

export {
  hashLockfiles,
  checkCompatibility,
  assessStaleness,
  readHeadCommit
};
