import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  cleanupPolicy,
  cleanupWorkflows,
  parseDays,
  parseStatuses
} from "./chunk-GX3FS3U5.mjs";
import {
  renderCleanup
} from "./chunk-FPZE4D4C.mjs";
import "./chunk-IHXNDO6A.mjs";
import "./chunk-7PRM62IK.mjs";
import "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import {
  loadConfig
} from "./chunk-MUBUFQC4.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/cleanup.ts
var command = {
  usage: 'cleanup [--dry-run] [--older-than DAYS] [--pattern "GLOB"] [--status S]\u2026   (default: completed after 30 days, cancelled after 7)',
  summary: "Deletes finished workflows past their retention.",
  help: [
    ["--dry-run", "say what would be deleted, delete nothing"],
    ["--older-than DAYS", "only workflows last saved at least DAYS days ago"],
    ['--pattern "GLOB"', "only ids matching the glob (* and ?)"],
    ["--status S", "only workflows with this status (repeatable)"]
  ],
  options: {
    "dry-run": { type: "boolean" },
    "older-than": { type: "string" },
    pattern: { type: "string" },
    status: { type: "string", multiple: true }
  },
  async run(ctx) {
    const place = ctx.place();
    const { config, problems } = loadConfig(place.projectDir, ctx.env);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const olderThan = ctx.values["older-than"];
    const statuses = ctx.values.status;
    const policy = cleanupPolicy(config.retention, {
      statuses: parseStatuses(Array.isArray(statuses) ? statuses.filter((s) => typeof s === "string") : []),
      olderThanDays: typeof olderThan === "string" ? parseDays("--older-than", olderThan) : null,
      pattern: typeof ctx.values.pattern === "string" ? ctx.values.pattern : null
    });
    const report = cleanupWorkflows(place, policy, ctx.values["dry-run"] === true, ctx.env, ctx.now);
    return {
      text: renderCleanup(report),
      json: {
        deleted: report.deleted.map(({ id, status, age_days, reason }) => ({ id, status, age_days, reason })),
        kept: report.kept,
        dry_run: report.dry_run
      }
    };
  }
};
export {
  command
};
