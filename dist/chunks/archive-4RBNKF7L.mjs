import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  archiveWorkflow
} from "./chunk-IJOPTKTA.mjs";
import "./chunk-X35IX53C.mjs";
import "./chunk-CLO37ZNN.mjs";
import "./chunk-OZGX4ELH.mjs";
import {
  renderArchived
} from "./chunk-NRNJY5DY.mjs";
import "./chunk-IRKENWY2.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-L7YODDGR.mjs";
import "./chunk-WOLPJFFR.mjs";
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
