import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-32HIK4GS.mjs";
import "./chunk-PHGXQIGQ.mjs";
import {
  checkpointWorkflow
} from "./chunk-KEZ5LYD2.mjs";
import "./chunk-NLAU26BY.mjs";
import "./chunk-XBX43HH5.mjs";
import "./chunk-VR2JOMCP.mjs";
import "./chunk-XOZTMLYT.mjs";
import "./chunk-SWQFCRUF.mjs";
import {
  readSessionRuntime
} from "./chunk-EKXW2COL.mjs";
import {
  renderCompactInstructions
} from "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-BQGGJA5E.mjs";
import "./chunk-ELYLUY4E.mjs";
import {
  loadWorkflowsIfPresent
} from "./chunk-TMBSJ6AW.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PreCompactInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
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
