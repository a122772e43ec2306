import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-FHJRPFPR.mjs";
import "./chunk-K7CX2GZ3.mjs";
import "./chunk-VM2MVT5P.mjs";
import {
  pruneSessionFiles
} from "./chunk-INURSZ43.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-7X5S5IIE.mjs";
import "./chunk-DICBHFZS.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-3FTJMPYF.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/session-end.ts
var hook = {
  input: SessionEndInput,
  async handle(input, { env, now }) {
    const { pauseSessionWorkflow } = await import("./workflows-AMOAHOIC.mjs");
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    pruneSessionFiles(env, now);
    return null;
  }
};
export {
  hook
};
