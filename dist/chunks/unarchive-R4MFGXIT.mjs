import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderUnarchived
} from "./chunk-ORDB5QHN.mjs";
import {
  unarchiveWorkflow
} from "./chunk-RUAUXNRD.mjs";
import "./chunk-IET24EOA.mjs";
import "./chunk-VGNCOP4S.mjs";
import "./chunk-Z5UX4IGQ.mjs";
import "./chunk-FNFNQTQI.mjs";
import "./chunk-IISWP7LZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-SVKF2QRK.mjs";
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
