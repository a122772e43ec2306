import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-32SBW24X.mjs";
import "./chunk-7CLNUMLD.mjs";
import {
  checkpointWorkflow
} from "./chunk-DIWX4IMK.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-2HZ2N6K2.mjs";
import "./chunk-HDUI233C.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-BYIQZICT.mjs";
import "./chunk-C6CDR54Y.mjs";
import {
  renderCompactInstructions
} from "./chunk-JKNC6KFZ.mjs";
import "./chunk-ASOXG2VR.mjs";
import {
  loadWorkflow
} from "./chunk-RKILQPBO.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PreCompactInput
} from "./chunk-A7AHMHWX.mjs";
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
