import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-3EGDBHYF.mjs";
import "./chunk-QDD3HBVO.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-BAKMPFIG.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-H7GMNDAG.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-A5QOICFS.mjs";
import "./chunk-IH5GYUJQ.mjs";
import "./chunk-FNFNQTQI.mjs";
import "./chunk-NL4WUP72.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import {
  SessionEndInput
} from "./chunk-JGOVZUPF.mjs";
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
