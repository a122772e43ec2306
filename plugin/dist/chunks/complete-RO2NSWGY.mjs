import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  finishWorkflow
} from "./chunk-GX3FS3U5.mjs";
import {
  renderFinished
} from "./chunk-FPZE4D4C.mjs";
import {
  workflowArg
} from "./chunk-KR6XN22S.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import "./chunk-D5NVEAP4.mjs";
import "./chunk-IHXNDO6A.mjs";
import "./chunk-7PRM62IK.mjs";
import "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
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
