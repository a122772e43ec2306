import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  finishWorkflow
} from "./chunk-H6MKD5NI.mjs";
import {
  renderFinished
} from "./chunk-FTQTIYSO.mjs";
import {
  workflowArg
} from "./chunk-OIMTVTM5.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import "./chunk-PJIHLJ7B.mjs";
import "./chunk-4KC7SH53.mjs";
import "./chunk-R42XJJXL.mjs";
import "./chunk-G2C3X7WS.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-M4F3HLUM.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-TZEUEV2V.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/complete.ts
var usage = "complete <id>";
var command = {
  usage,
  summary: "Marks a workflow completed.",
  help: [
    ["id", "the workflow"]
  ],
  options: {},
  async run(ctx) {
    const id = workflowArg(ctx, ctx.positionals[0]);
    if (!id) throw usageError(command, "complete needs the workflow id");
    const result = finishWorkflow(ctx.place(), id, "completed", null, ctx.env.CLAUDE_CODE_SESSION_ID || null, ctx.now);
    return { text: renderFinished(result, null), json: { id: result.id, status: result.status } };
  }
};
export {
  command
};
