import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  archiveWorkflow
} from "./chunk-4ZXGKRY4.mjs";
import "./chunk-H6MKD5NI.mjs";
import {
  renderArchived
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

// scripts/commands/archive.ts
var usage = "archive <id>   (packs the workflow into <store>/.archive/<id>.json.gz and removes its directory)";
var command = {
  usage,
  summary: "Packs a workflow into the store's .archive folder.",
  help: [
    ["id", "the workflow"]
  ],
  options: {},
  async run(ctx) {
    const id = workflowArg(ctx, ctx.positionals[0]);
    if (!id) throw usageError(command, "archive needs the workflow id");
    const result = archiveWorkflow(ctx.place(), id, ctx.env, ctx.now);
    return { text: renderArchived(result), json: result };
  }
};
export {
  command
};
