import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  finishWorkflow
} from "./chunk-X35IX53C.mjs";
import "./chunk-CLO37ZNN.mjs";
import "./chunk-OZGX4ELH.mjs";
import {
  renderFinished
} from "./chunk-NRNJY5DY.mjs";
import "./chunk-IRKENWY2.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-L7YODDGR.mjs";
import "./chunk-WOLPJFFR.mjs";
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
