import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  archiveWorkflow
} from "./chunk-UDFNVG5W.mjs";
import "./chunk-GX3FS3U5.mjs";
import {
  renderArchived
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
