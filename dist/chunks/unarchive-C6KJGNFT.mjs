import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  unarchiveWorkflow
} from "./chunk-IJOPTKTA.mjs";
import "./chunk-X35IX53C.mjs";
import "./chunk-CLO37ZNN.mjs";
import "./chunk-OZGX4ELH.mjs";
import {
  renderUnarchived
} from "./chunk-NRNJY5DY.mjs";
import "./chunk-IRKENWY2.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-L7YODDGR.mjs";
import "./chunk-WOLPJFFR.mjs";
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
