import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-X42JUKJV.mjs";
import "./chunk-SLLUOW34.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-EKSUPRN4.mjs";
import "./chunk-F5U3VYWS.mjs";
import "./chunk-5VAB5KCE.mjs";
import "./chunk-B37Q7RYI.mjs";
import "./chunk-VRSAXTYQ.mjs";
import "./chunk-KON7PBTR.mjs";
import "./chunk-RH26DROW.mjs";
import {
  pruneSessionFiles
} from "./chunk-EKXW2COL.mjs";
import "./chunk-YFAZA6PM.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-XWC27XTV.mjs";
import "./chunk-DVBBILYX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-3X5EU7U4.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/session-end.ts
var hook = {
  input: SessionEndInput,
  async handle(input, { env, now }) {
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    pruneSessionFiles(env, now);
    return null;
  }
};
export {
  hook
};
