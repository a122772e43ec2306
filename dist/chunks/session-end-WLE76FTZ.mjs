import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  pauseSessionWorkflow
} from "./chunk-6PMIQPS7.mjs";
import {
  placeOf
} from "./chunk-RUQENXEI.mjs";
import "./chunk-CSLR66SE.mjs";
import "./chunk-QPLHROJK.mjs";
import "./chunk-BDAMXSI2.mjs";
import {
  SessionEndInput
} from "./chunk-QMS6ASXK.mjs";
import "./chunk-MUOGF5JG.mjs";
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
