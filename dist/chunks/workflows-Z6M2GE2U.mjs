import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
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
import "./chunk-A7AHMHWX.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
