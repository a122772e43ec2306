import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderUnarchived
} from "./chunk-ODYMRFW4.mjs";
import {
  unarchiveWorkflow
} from "./chunk-BWKA5Z4G.mjs";
import "./chunk-NEMPLU7N.mjs";
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

// scripts/commands/unarchive.ts
var usage = "unarchive <id>   (restores an archived workflow; refused when a workflow with that id exists)";
var command = {
  usage,
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw new WorkflowError(`unarchive needs the workflow id
usage: claude-workflow ${usage}`, 2);
    const result = unarchiveWorkflow(ctx.place(), id);
    return { text: renderUnarchived(result), json: result };
  }
};
export {
  command
};
