import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-FHTLSCJ4.mjs";
import "./chunk-NDVAHS23.mjs";
import {
  checkpointWorkflow
} from "./chunk-TJ7DK2S4.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-URZV6Q7M.mjs";
import "./chunk-ILTHPXIR.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-5TEIRU7H.mjs";
import {
  readSessionRuntime
} from "./chunk-5KQMPXI3.mjs";
import {
  renderCompactInstructions
} from "./chunk-3JREEA6Q.mjs";
import "./chunk-YET4IWNJ.mjs";
import {
  loadWorkflowsIfPresent
} from "./chunk-RY6OI3I2.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PreCompactInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-CP5ICYCT.mjs";
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
