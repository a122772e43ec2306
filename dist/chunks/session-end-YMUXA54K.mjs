import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-JK54NDIK.mjs";
import "./chunk-CSLR66SE.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-RONXJKMG.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-6FRIOGSB.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-XHEFZBCJ.mjs";
import "./chunk-VGNCOP4S.mjs";
import "./chunk-Z5UX4IGQ.mjs";
import "./chunk-FNFNQTQI.mjs";
import "./chunk-IISWP7LZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import {
  SessionEndInput
} from "./chunk-SVKF2QRK.mjs";
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
