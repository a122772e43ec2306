import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  renderStatus,
  toWorkflowRow
} from "./chunk-FNFNQTQI.mjs";
import {
  currentWorkflow
} from "./chunk-NL4WUP72.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-JGOVZUPF.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/status.ts
var command = {
  usage: "status",
  options: {},
  async run(ctx) {
    const { current, all, problems } = currentWorkflow(ctx.place());
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const state = current?.state ?? null;
    return {
      text: renderStatus(state, all.length - (state ? 1 : 0), ctx.now),
      json: { current: state ? { ...toWorkflowRow(state), state } : null, workflows: all.length, warnings: current?.warnings ?? [] }
    };
  }
};
export {
  command
};
