import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow
} from "./chunk-6PMIQPS7.mjs";
import {
  loadHookConfig,
  placeOf
} from "./chunk-RUQENXEI.mjs";
import "./chunk-CSLR66SE.mjs";
import "./chunk-QPLHROJK.mjs";
import "./chunk-BDAMXSI2.mjs";
import {
  renderCompactInstructions
} from "./chunk-HPB6YUV3.mjs";
import {
  PreCompactInput,
  loadWorkflow
} from "./chunk-QMS6ASXK.mjs";
import "./chunk-MUOGF5JG.mjs";
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
