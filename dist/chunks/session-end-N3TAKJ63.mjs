import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-NSF6NKOX.mjs";
import "./chunk-35RNRW3W.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-YDVE77IJ.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-FFUEPUTE.mjs";
import "./chunk-ILTHPXIR.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-WSPP3OGR.mjs";
import "./chunk-J4TZ3A4H.mjs";
import "./chunk-3JREEA6Q.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-27ZVQAQS.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/session-end.ts
var hook = {
  input: SessionEndInput,
  async handle(input, { env, now }) {
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    return null;
  }
};
export {
  hook
};
