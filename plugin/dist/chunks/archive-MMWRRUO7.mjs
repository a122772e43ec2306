import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  archiveWorkflow
} from "./chunk-5IH5CGDL.mjs";
import "./chunk-F73XJSVZ.mjs";
import {
  renderArchived
} from "./chunk-FTQTIYSO.mjs";
import {
  workflowArg
} from "./chunk-EADPTH6E.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import "./chunk-VR2JOMCP.mjs";
import "./chunk-XOZTMLYT.mjs";
import "./chunk-SWQFCRUF.mjs";
import "./chunk-EKXW2COL.mjs";
import "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-TMBSJ6AW.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-CP5ICYCT.mjs";
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
