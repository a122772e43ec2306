import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-76WEX5SJ.mjs";
import "./chunk-K7CX2GZ3.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-KB3MKNAD.mjs";
import "./chunk-NLAU26BY.mjs";
import "./chunk-I7CCJJMJ.mjs";
import "./chunk-PJIHLJ7B.mjs";
import "./chunk-4KC7SH53.mjs";
import "./chunk-R42XJJXL.mjs";
import {
  pruneSessionFiles
} from "./chunk-G2C3X7WS.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-Z2P3EN6L.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-M4F3HLUM.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-TZEUEV2V.mjs";
import "./chunk-SWQQR4HO.mjs";
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
