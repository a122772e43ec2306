import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderArchived
} from "./chunk-ORDB5QHN.mjs";
import {
  archiveWorkflow
} from "./chunk-RUAUXNRD.mjs";
import "./chunk-IET24EOA.mjs";
import "./chunk-VGNCOP4S.mjs";
import "./chunk-Z5UX4IGQ.mjs";
import "./chunk-FNFNQTQI.mjs";
import "./chunk-IISWP7LZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-SVKF2QRK.mjs";
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
