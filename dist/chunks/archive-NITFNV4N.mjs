import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderArchived
} from "./chunk-ORDB5QHN.mjs";
import {
  archiveWorkflow
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

// scripts/commands/archive.ts
var usage = "archive <id>   (packs the workflow into <store>/.archive/<id>.json.gz and removes its directory)";
var command = {
  usage,
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw new WorkflowError(`archive needs the workflow id
usage: claude-workflow ${usage}`, 2);
    const result = archiveWorkflow(ctx.place(), id, ctx.env, ctx.now);
    return { text: renderArchived(result), json: result };
  }
};
export {
  command
};
