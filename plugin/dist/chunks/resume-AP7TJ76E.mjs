import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  workflowArg
} from "./chunk-F22KAGC7.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import {
  sessionFromEnvironment
} from "./chunk-GOQHQ74D.mjs";
import {
  resumeWorkflow
} from "./chunk-W4H2IVYM.mjs";
import "./chunk-NLAU26BY.mjs";
import "./chunk-XBX43HH5.mjs";
import "./chunk-VR2JOMCP.mjs";
import "./chunk-XZHWOATZ.mjs";
import "./chunk-GJJTRENW.mjs";
import "./chunk-EKXW2COL.mjs";
import {
  renderResumeSummary
} from "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import {
  loadConfig
} from "./chunk-BQGGJA5E.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-YU6PJG2J.mjs";
import "./chunk-KGUBMKW4.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/resume.ts
var command = {
  usage: "resume [id] [--take-over]",
  summary: "Resumes a workflow and says what changed since its handoff.",
  help: [
    ["id", "the workflow to resume; a bare resume takes the latest one you saved"],
    ["--take-over", "resume it even though another live session holds it"]
  ],
  options: { "take-over": { type: "boolean" } },
  async run(ctx) {
    if (ctx.positionals.length > 1) throw usageError(command, "resume takes at most one workflow id");
    const place = ctx.place();
    const { config, problems } = loadConfig(place.projectDir, ctx.env);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const r = await resumeWorkflow(place, workflowArg(ctx, ctx.positionals[0]), sessionFromEnvironment(place.projectDir, ctx.env), ctx.now, {
      staleAfterDays: config.stale_after_days,
      takeOver: ctx.values["take-over"] === true
    });
    return {
      text: renderResumeSummary(r, ctx.now),
      json: { id: r.id, state: r.state, changes: r.changes, compatibility: r.compatibility, staleness: r.staleness, warnings: r.warnings, also_automatic: r.alsoAutomatic?.id ?? null }
    };
  }
};
export {
  command
};
