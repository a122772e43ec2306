import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderUnarchived
} from "./chunk-ORDB5QHN.mjs";
import {
  unarchiveWorkflow
} from "./chunk-GCH3EMDN.mjs";
import "./chunk-K2UEN3KC.mjs";
import "./chunk-A5QOICFS.mjs";
import "./chunk-IH5GYUJQ.mjs";
import "./chunk-FNFNQTQI.mjs";
import "./chunk-NL4WUP72.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-JGOVZUPF.mjs";
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
