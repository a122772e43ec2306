import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  handlesOf
} from "./chunk-D5NVEAP4.mjs";
import {
  renderWorkflowTable,
  toWorkflowRow
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import {
  listWorkflows
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
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
      const { listArchives } = await import("./archive-LLSUENZJ.mjs");
      const { renderArchiveTable } = await import("./lifecycle-render-YNFRNNUY.mjs");
      const { archives, problems: problems2 } = listArchives(ctx.place().storeDir);
      for (const problem of problems2) process.stderr.write(`warning: ${problem}
`);
      return { text: renderArchiveTable(archives, ctx.now), json: { archived: archives } };
    }
    const { workflows, problems } = listWorkflows(ctx.place().storeDir);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const handles = handlesOf(workflows.map(({ state }) => state.id));
    const rows = workflows.map((loaded) => toWorkflowRow(loaded, handles.get(loaded.state.id) ?? loaded.state.id));
    return { text: renderWorkflowTable(rows, ctx.now, ctx.width), json: { workflows: rows } };
  }
};
export {
  command
};
