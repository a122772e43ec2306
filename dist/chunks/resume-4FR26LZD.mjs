import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  sessionFromEnvironment
} from "./chunk-GOQHQ74D.mjs";
import {
  resumeWorkflow
} from "./chunk-RONXJKMG.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-6FRIOGSB.mjs";
import "./chunk-BDAMXSI2.mjs";
import {
  loadConfig
} from "./chunk-XHEFZBCJ.mjs";
import "./chunk-Z5UX4IGQ.mjs";
import {
  renderResumeSummary
} from "./chunk-FNFNQTQI.mjs";
import "./chunk-IISWP7LZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-SVKF2QRK.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/resume.ts
var command = {
  usage: "resume [id] [--take-over]",
  options: { "take-over": { type: "boolean" } },
  async run(ctx) {
    const place = ctx.place();
    const { config, problems } = loadConfig(place.projectDir, ctx.env);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const r = await resumeWorkflow(place, ctx.positionals[0], sessionFromEnvironment(place.projectDir, ctx.env), ctx.now, {
      staleAfterDays: config.stale_after_days,
      takeOver: ctx.values["take-over"] === true
    });
    return {
      text: renderResumeSummary(r, ctx.now),
      json: { id: r.id, state: r.state, changes: r.changes, compatibility: r.compatibility, staleness: r.staleness, warnings: r.warnings }
    };
  }
};
export {
  command
};
