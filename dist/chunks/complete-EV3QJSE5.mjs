import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderFinished
} from "./chunk-ODYMRFW4.mjs";
import {
  finishWorkflow
} from "./chunk-NEMPLU7N.mjs";
import "./chunk-VIXHEGAF.mjs";
import "./chunk-7J2BBFPX.mjs";
import "./chunk-KT3UH4EQ.mjs";
import "./chunk-ASOXG2VR.mjs";
import {
  WorkflowError
} from "./chunk-FOFBUYSW.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-QFHYYRCR.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/complete.ts
var usage = "complete <id>";
var command = {
  usage,
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw new WorkflowError(`complete needs the workflow id
usage: claude-workflow ${usage}`, 2);
    const result = finishWorkflow(ctx.place(), id, "completed", null, ctx.env.CLAUDE_CODE_SESSION_ID || null, ctx.now);
    return { text: renderFinished(result, null), json: { id: result.id, status: result.status } };
  }
};
export {
  command
};
