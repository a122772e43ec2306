import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-3LOSPHNY.mjs";
import "./chunk-7CLNUMLD.mjs";
import {
  checkpointWorkflow
} from "./chunk-W6RNRM26.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-5Q4GWNLX.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-C6BQZ3WJ.mjs";
import "./chunk-C6CDR54Y.mjs";
import {
  renderCompactInstructions
} from "./chunk-JKNC6KFZ.mjs";
import "./chunk-ASOXG2VR.mjs";
import {
  loadWorkflow
} from "./chunk-ZVSK3QRH.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import {
  PreCompactInput
} from "./chunk-ZZT6X7KV.mjs";
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
    if (!saved) return null;
    return renderCompactInstructions(loadWorkflow(place.storeDir, saved.id).state);
  }
};
export {
  hook
};
