import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  sessionFromEnvironment
} from "./chunk-GOQHQ74D.mjs";
import {
  chooseAmongAll,
  readSessionContextOf
} from "./chunk-IQC2LHT7.mjs";
import {
  handlesOf
} from "./chunk-D5NVEAP4.mjs";
import "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  readNote,
  renderStatus,
  toWorkflowRow
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-MUBUFQC4.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
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
    const { current, all, problems } = chooseAmongAll(place);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const state = current?.state ?? null;
    const handles = handlesOf(all.map(({ state: each }) => each.id));
    const handle = (id) => handles.get(id) ?? id;
    const session = sessionFromEnvironment(place.projectDir, ctx.env);
    const { transcript_path: transcriptPath } = session;
    const live = transcriptPath ? readSessionContextOf(place.projectDir, { ...session, transcript_path: transcriptPath }, ctx.env, ctx.now) : null;
    return {
      text: renderStatus(state, all.length - (state ? 1 : 0), ctx.now, live, current ? { handle: handle(current.state.id), note: readNote(current.read) } : null),
      json: {
        current: current && state ? { ...toWorkflowRow(current, handle(state.id)), state } : null,
        // the same rows as `list`, newest first
        workflows: all.map((each) => toWorkflowRow(each, handle(each.state.id))),
        warnings: current?.warnings ?? [],
        ...live ? { context: live } : {}
      }
    };
  }
};
export {
  command
};
