import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-W6RNRM26.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-5Q4GWNLX.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-C6BQZ3WJ.mjs";
import "./chunk-C6CDR54Y.mjs";
import "./chunk-JKNC6KFZ.mjs";
import "./chunk-ASOXG2VR.mjs";
import "./chunk-ZVSK3QRH.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-ZZT6X7KV.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
