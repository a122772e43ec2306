import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-32HIK4GS.mjs";
import "./chunk-PHGXQIGQ.mjs";
import {
  pauseSessionWorkflow
} from "./chunk-KEZ5LYD2.mjs";
import "./chunk-NLAU26BY.mjs";
import "./chunk-XBX43HH5.mjs";
import "./chunk-VR2JOMCP.mjs";
import "./chunk-XOZTMLYT.mjs";
import "./chunk-SWQFCRUF.mjs";
import {
  pruneSessionFiles
} from "./chunk-EKXW2COL.mjs";
import "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-BQGGJA5E.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-TMBSJ6AW.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
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
