import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  addSessionNotice
} from "./chunk-NWL7Y6LB.mjs";
import {
  workflowArg
} from "./chunk-KR6XN22S.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import {
  sessionFromEnvironment
} from "./chunk-GOQHQ74D.mjs";
import {
  resumeWorkflow
} from "./chunk-AS3T4KXR.mjs";
import "./chunk-B2UCIYKQ.mjs";
import "./chunk-IQC2LHT7.mjs";
import {
  handlesOf
} from "./chunk-D5NVEAP4.mjs";
import {
  describeHolder,
  readLease
} from "./chunk-IHXNDO6A.mjs";
import "./chunk-7PRM62IK.mjs";
import "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  renderResumeSummary
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import {
  fit
} from "./chunk-VGXXC4YI.mjs";
import {
  loadConfig
} from "./chunk-MUBUFQC4.mjs";
import "./chunk-ELYLUY4E.mjs";
import {
  existingIds
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/notice-render.ts
function resumeNotice(r, handle) {
  const parts = [`workflow: resumed ${handle} "${fit(r.state.task.description, 50)}"`];
  if (r.staleness.stale) parts.push(`STALE: ${r.staleness.reasons.join("; ")}`);
  for (const row of r.compatibility.filter((c) => c.level === "warning")) parts.push(`WARNING: ${row.check} ${row.at_handoff} \u2192 ${row.now}${row.note ? ` (${row.note})` : ""}`);
  if (r.changes.conflicts.length > 0) parts.push(`possible conflicts: ${r.changes.conflicts.slice(0, 3).join(", ")}${r.changes.conflicts.length > 3 ? ", \u2026" : ""}`);
  return parts.join(" \xB7 ");
}
function takenOverNotice(id, by, now) {
  return `workflow: ${id} was taken over by ${describeHolder(by, now)}. This session's handoffs no longer update it: /workflow:handoff asks you whether to save into it anyway or to start a new workflow.`;
}

// scripts/commands/resume.ts
var command = {
  usage: "resume [id] [--take-over]",
  summary: "Resumes a workflow and says what changed since its handoff.",
  help: [
    ["id", "the workflow to resume; a bare resume takes the latest one you saved"],
    ["--take-over", "resume it even though another live session holds it"]
  ],
  options: { "take-over": { type: "boolean" } },
  async run(ctx) {
    if (ctx.positionals.length > 1) throw usageError(command, "resume takes at most one workflow id");
    const place = ctx.place();
    const { config, problems } = loadConfig(place.projectDir, ctx.env);
    for (const problem of problems) process.stderr.write(`warning: ${problem}
`);
    const r = await resumeWorkflow(place, workflowArg(ctx, ctx.positionals[0]), sessionFromEnvironment(place.projectDir, ctx.env), ctx.now, {
      staleAfterDays: config.stale_after_days,
      takeOver: ctx.values["take-over"] === true
    });
    const sessionId = ctx.env.CLAUDE_CODE_SESSION_ID;
    if (sessionId) {
      const handle = handlesOf(existingIds(place.storeDir)).get(r.id) ?? r.id;
      addSessionNotice(ctx.env, sessionId, resumeNotice(r, handle));
      const holder = r.tookOverFrom ? readLease(place.storeDir, r.id) : null;
      if (r.tookOverFrom && holder) addSessionNotice(ctx.env, r.tookOverFrom.session_id, takenOverNotice(r.id, holder, ctx.now));
    }
    return {
      text: renderResumeSummary(r, ctx.now),
      json: { id: r.id, state: r.state, changes: r.changes, compatibility: r.compatibility, staleness: r.staleness, warnings: r.warnings, also_automatic: r.alsoAutomatic?.id ?? null }
    };
  }
};
export {
  command
};
