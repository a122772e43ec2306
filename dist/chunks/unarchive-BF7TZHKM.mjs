import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderUnarchived
} from "./chunk-Z6LCRWEI.mjs";
import {
  unarchiveWorkflow
} from "./chunk-Y23IUVLQ.mjs";
import "./chunk-DKSVJYD2.mjs";
import "./chunk-BYIQZICT.mjs";
import "./chunk-C6CDR54Y.mjs";
import "./chunk-JKNC6KFZ.mjs";
import "./chunk-ASOXG2VR.mjs";
import {
  WorkflowError
} from "./chunk-RKILQPBO.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-A7AHMHWX.mjs";
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
