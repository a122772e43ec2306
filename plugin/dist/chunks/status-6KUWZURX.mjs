import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  sessionFromEnvironment
} from "./chunk-GOQHQ74D.mjs";
import {
  readSessionContextOf
} from "./chunk-XBX43HH5.mjs";
import "./chunk-EKXW2COL.mjs";
import {
  renderStatus,
  toWorkflowRow
} from "./chunk-Y5PSVCYW.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-BQGGJA5E.mjs";
import {
  currentWorkflow
} from "./chunk-2KXDKGWK.mjs";
import "./chunk-KGUBMKW4.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/status.ts
var command = {
  usage: "status",
  summary: "Shows the current workflow and the context reading.",
  help: [],
  options: {},
  async run(ctx) {
    const place = ctx.place();
    const { current, all, problems } = currentWorkflow(place);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const state = current?.state ?? null;
    const session = sessionFromEnvironment(place.projectDir, ctx.env);
    const { transcript_path: transcriptPath } = session;
    const live = transcriptPath ? readSessionContextOf(place.projectDir, { ...session, transcript_path: transcriptPath }, ctx.env, ctx.now) : null;
    return {
      text: renderStatus(state, all.length - (state ? 1 : 0), ctx.now, live),
      json: {
        current: state ? { ...toWorkflowRow(state), state } : null,
        workflows: all.length,
        warnings: current?.warnings ?? [],
        ...live ? { context: live } : {}
      }
    };
  }
};
export {
  command
};
