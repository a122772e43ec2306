import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-LREEFWNR.mjs";
import "./chunk-LWN3JBI2.mjs";
import {
  checkpointWorkflow
} from "./chunk-WGT5BGOH.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-KTNTHCIU.mjs";
import "./chunk-PFOWOONF.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-VIXHEGAF.mjs";
import {
  readSessionRuntime
} from "./chunk-7J2BBFPX.mjs";
import {
  renderCompactInstructions
} from "./chunk-KT3UH4EQ.mjs";
import "./chunk-ASOXG2VR.mjs";
import {
  loadWorkflowsIfPresent
} from "./chunk-FOFBUYSW.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PreCompactInput
} from "./chunk-QFHYYRCR.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/pre-compact.ts
var hook = {
  input: PreCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    const config = loadHookConfig(place, env);
    const saved = await checkpointWorkflow(place, {
      session: { id: input.session_id, transcript_path: input.transcript_path ?? null },
      reason: "precompact",
      create: config.auto_create,
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
