import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-32SBW24X.mjs";
import "./chunk-7CLNUMLD.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-DIWX4IMK.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-2HZ2N6K2.mjs";
import "./chunk-HDUI233C.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-BYIQZICT.mjs";
import "./chunk-C6CDR54Y.mjs";
import "./chunk-JKNC6KFZ.mjs";
import "./chunk-ASOXG2VR.mjs";
import "./chunk-RKILQPBO.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-A7AHMHWX.mjs";
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
