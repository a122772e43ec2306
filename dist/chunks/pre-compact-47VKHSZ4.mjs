import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-FZWVDOD3.mjs";
import "./chunk-CSLR66SE.mjs";
import {
  checkpointWorkflow
} from "./chunk-APFTIAFH.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-BSJFDIOH.mjs";
import "./chunk-ZZRT2HZE.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-CLO37ZNN.mjs";
import "./chunk-OZGX4ELH.mjs";
import {
  PreCompactInput,
  loadWorkflow
} from "./chunk-IRKENWY2.mjs";
import "./chunk-MUOGF5JG.mjs";
import {
  renderCompactInstructions
} from "./chunk-L7YODDGR.mjs";
import "./chunk-WOLPJFFR.mjs";
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
      contextWindow: config.context_window,
      now
    });
    if (!saved) return null;
    return renderCompactInstructions(loadWorkflow(place.storeDir, saved.id).state);
  }
};
export {
  hook
};
