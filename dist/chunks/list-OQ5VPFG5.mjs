import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderWorkflowTable,
  toWorkflowRow
} from "./chunk-HPB6YUV3.mjs";
import {
  listWorkflows
} from "./chunk-QMS6ASXK.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/list.ts
var command = {
  usage: "list",
  options: {},
  async run(ctx) {
    const { workflows, problems } = listWorkflows(ctx.place().storeDir);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const rows = workflows.map(({ state }) => toWorkflowRow(state));
    return { text: renderWorkflowTable(rows, ctx.now), json: { workflows: rows } };
  }
};
export {
  command
};
