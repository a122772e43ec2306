import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-X42JUKJV.mjs";
import "./chunk-SLLUOW34.mjs";
import {
  checkpointWorkflow
} from "./chunk-EKSUPRN4.mjs";
import "./chunk-F5U3VYWS.mjs";
import "./chunk-5VAB5KCE.mjs";
import "./chunk-B37Q7RYI.mjs";
import "./chunk-VRSAXTYQ.mjs";
import "./chunk-KON7PBTR.mjs";
import "./chunk-RH26DROW.mjs";
import {
  readSessionRuntime
} from "./chunk-EKXW2COL.mjs";
import {
  renderCompactInstructions
} from "./chunk-YFAZA6PM.mjs";
import "./chunk-YET4IWNJ.mjs";
import {
  loadWorkflowsIfPresent
} from "./chunk-XWC27XTV.mjs";
import "./chunk-DVBBILYX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PreCompactInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-3X5EU7U4.mjs";
import "./chunk-CP5ICYCT.mjs";
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
