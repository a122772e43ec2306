import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  unarchiveWorkflow
} from "./chunk-UDFNVG5W.mjs";
import "./chunk-GX3FS3U5.mjs";
import {
  renderUnarchived
} from "./chunk-FPZE4D4C.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
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

// scripts/commands/unarchive.ts
var usage = "unarchive <id>   (restores an archived workflow; refused when a workflow with that id exists)";
var command = {
  usage,
  summary: "Restores an archived workflow.",
  help: [
    ["id", "the archived workflow"]
  ],
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw usageError(command, "unarchive needs the workflow id");
    const result = unarchiveWorkflow(ctx.place(), id);
    return { text: renderUnarchived(result), json: result };
  }
};
export {
  command
};
