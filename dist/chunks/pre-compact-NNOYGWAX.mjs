import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-2MJFIVNS.mjs";
import "./chunk-CSLR66SE.mjs";
import {
  checkpointWorkflow
} from "./chunk-HOOBIGPN.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-6FRIOGSB.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-VNZRSCCW.mjs";
import "./chunk-VGNCOP4S.mjs";
import "./chunk-A6N4BX3N.mjs";
import {
  loadWorkflow
} from "./chunk-Z6A3BYTC.mjs";
import "./chunk-MUOGF5JG.mjs";
import {
  PreCompactInput
} from "./chunk-SVKF2QRK.mjs";
import {
  renderCompactInstructions
} from "./chunk-4O6UIUGZ.mjs";
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
