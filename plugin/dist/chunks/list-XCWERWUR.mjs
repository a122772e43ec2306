import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderWorkflowTable,
  toWorkflowRow
} from "./chunk-Y5PSVCYW.mjs";
import "./chunk-YET4IWNJ.mjs";
import {
  listWorkflows
} from "./chunk-2KXDKGWK.mjs";
import "./chunk-KGUBMKW4.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/list.ts
var command = {
  usage: "list [--archived]",
  summary: "Lists the project's workflows, newest first.",
  help: [
    ["--archived", "list the archived workflows instead"]
  ],
  options: { archived: { type: "boolean" } },
  async run(ctx) {
    if (ctx.values.archived === true) {
      const { listArchives } = await import("./archive-DWRBMZOU.mjs");
      const { renderArchiveTable } = await import("./lifecycle-render-GY3JEAER.mjs");
      const { archives, problems: problems2 } = listArchives(ctx.place().storeDir);
      for (const problem of problems2) process.stderr.write(`warning: ${problem}
`);
      return { text: renderArchiveTable(archives, ctx.now), json: { archived: archives } };
    }
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
