import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-G6H3ZNSJ.mjs";
import "./chunk-NDVAHS23.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-7ISMEFQJ.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-URZV6Q7M.mjs";
import "./chunk-3MIUD7VL.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-6TMWHMS2.mjs";
import "./chunk-5KQMPXI3.mjs";
import "./chunk-3JREEA6Q.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-CCY6XDHM.mjs";
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
