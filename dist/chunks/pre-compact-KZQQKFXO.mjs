import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-JK54NDIK.mjs";
import "./chunk-CSLR66SE.mjs";
import {
  checkpointWorkflow
} from "./chunk-RONXJKMG.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-6FRIOGSB.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-XHEFZBCJ.mjs";
import "./chunk-VGNCOP4S.mjs";
import "./chunk-Z5UX4IGQ.mjs";
import {
  renderCompactInstructions
} from "./chunk-FNFNQTQI.mjs";
import {
  loadWorkflow
} from "./chunk-IISWP7LZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import {
  PreCompactInput
} from "./chunk-SVKF2QRK.mjs";
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
