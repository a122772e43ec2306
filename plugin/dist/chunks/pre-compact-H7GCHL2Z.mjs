import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-76WEX5SJ.mjs";
import "./chunk-K7CX2GZ3.mjs";
import {
  checkpointWorkflow
} from "./chunk-KB3MKNAD.mjs";
import "./chunk-NLAU26BY.mjs";
import "./chunk-I7CCJJMJ.mjs";
import "./chunk-PJIHLJ7B.mjs";
import "./chunk-4KC7SH53.mjs";
import "./chunk-R42XJJXL.mjs";
import {
  readSessionRuntime
} from "./chunk-G2C3X7WS.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  renderCompactInstructions
} from "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-Z2P3EN6L.mjs";
import "./chunk-ELYLUY4E.mjs";
import {
  loadWorkflowsIfPresent
} from "./chunk-M4F3HLUM.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PreCompactInput
} from "./chunk-TZEUEV2V.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/pre-compact.ts
var hook = {
  input: PreCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
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
