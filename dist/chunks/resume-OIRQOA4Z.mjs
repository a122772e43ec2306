import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  sessionFromEnvironment
} from "./chunk-GOQHQ74D.mjs";
import {
  resumeWorkflow
} from "./chunk-6PMIQPS7.mjs";
import "./chunk-QPLHROJK.mjs";
import "./chunk-BDAMXSI2.mjs";
import {
  renderResumeSummary
} from "./chunk-HPB6YUV3.mjs";
import "./chunk-QMS6ASXK.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/resume.ts
var command = {
  usage: "resume [id]",
  options: {},
  async run(ctx) {
    const place = ctx.place();
    const r = await resumeWorkflow(place, ctx.positionals[0], sessionFromEnvironment(place.projectDir, ctx.env), ctx.now);
    return {
      text: renderResumeSummary(r.handedOff, r.changes, r.warnings, r.lastHandoff, ctx.now),
      json: { id: r.id, state: r.state, changes: r.changes, warnings: r.warnings }
    };
  }
};
export {
  command
};
