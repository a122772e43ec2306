import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-3SMXD4SH.mjs";
import "./chunk-V7CLC6UL.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-CLWHOZV2.mjs";
import "./chunk-RY7YTPSJ.mjs";
import "./chunk-SELMEZQO.mjs";
import "./chunk-B37Q7RYI.mjs";
import "./chunk-C46MQKCT.mjs";
import "./chunk-M3YMPO6P.mjs";
import "./chunk-UGFCMBSM.mjs";
import {
  pruneSessionFiles
} from "./chunk-EKXW2COL.mjs";
import "./chunk-YFAZA6PM.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-AZDL7KYG.mjs";
import "./chunk-DVBBILYX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-H5HRYGL6.mjs";
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
