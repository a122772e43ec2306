import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-FZWVDOD3.mjs";
import "./chunk-CSLR66SE.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-APFTIAFH.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-BSJFDIOH.mjs";
import "./chunk-ZZRT2HZE.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-CLO37ZNN.mjs";
import "./chunk-OZGX4ELH.mjs";
import {
  SessionEndInput
} from "./chunk-IRKENWY2.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-L7YODDGR.mjs";
import "./chunk-WOLPJFFR.mjs";
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
