import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-UFIKVMBM.mjs";
import "./chunk-D5RCUYXP.mjs";
import "./chunk-3U3I4IGE.mjs";
import {
  pruneSessionFiles
} from "./chunk-JVGXF4XJ.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-7X5S5IIE.mjs";
import "./chunk-U3MT5OVJ.mjs";
import "./chunk-EDD5KKUI.mjs";
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
    const { pauseSessionWorkflow } = await import("./workflows-SMN7ERMF.mjs");
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    pruneSessionFiles(env, now);
    return null;
  }
};
export {
  hook
};
