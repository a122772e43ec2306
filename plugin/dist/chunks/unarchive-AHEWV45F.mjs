import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  unarchiveWorkflow
} from "./chunk-4ZXGKRY4.mjs";
import "./chunk-H6MKD5NI.mjs";
import {
  renderUnarchived
} from "./chunk-FTQTIYSO.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
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
