import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-OXV7D6KC.mjs";
import "./chunk-HG3TC7YQ.mjs";
import "./chunk-IQC2LHT7.mjs";
import {
  readSessionRuntime
} from "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  renderCompactInstructions
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-MUBUFQC4.mjs";
import {
  loadWorkflowsIfPresent
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PreCompactInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/pre-compact.ts
var hook = {
  input: PreCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    const { checkpointWorkflow } = await import("./workflows-SHEBARIS.mjs");
    const saved = await checkpointWorkflow(place, {
      session: { id: input.session_id, transcript_path: input.transcript_path ?? null },
      reason: "precompact",
      create: false,
      tokens: null,
      env,
      now
    });
    const shown = readSessionRuntime(env, input.session_id).shown_workflow;
    const states = loadWorkflowsIfPresent(place.storeDir, [saved?.id ?? null, shown]);
    if (states.length === 0) return null;
    return states.map((state) => renderCompactInstructions(state)).join("\n\n");
  }
};
export {
  hook
};
