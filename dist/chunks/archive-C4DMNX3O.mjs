import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderArchived
} from "./chunk-Z6LCRWEI.mjs";
import {
  archiveWorkflow
} from "./chunk-Y23IUVLQ.mjs";
import "./chunk-DKSVJYD2.mjs";
import "./chunk-BYIQZICT.mjs";
import "./chunk-C6CDR54Y.mjs";
import "./chunk-JKNC6KFZ.mjs";
import "./chunk-ASOXG2VR.mjs";
import {
  WorkflowError
} from "./chunk-RKILQPBO.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-A7AHMHWX.mjs";
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
