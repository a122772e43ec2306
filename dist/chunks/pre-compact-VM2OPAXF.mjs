import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  loadHookConfig,
  placeOf
} from "./chunk-3EGDBHYF.mjs";
import "./chunk-QDD3HBVO.mjs";
import {
  checkpointWorkflow
} from "./chunk-BAKMPFIG.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-H7GMNDAG.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-A5QOICFS.mjs";
import "./chunk-IH5GYUJQ.mjs";
import {
  renderCompactInstructions
} from "./chunk-FNFNQTQI.mjs";
import {
  loadWorkflow
} from "./chunk-NL4WUP72.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import {
  PreCompactInput
} from "./chunk-JGOVZUPF.mjs";
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
