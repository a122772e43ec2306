import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-APFTIAFH.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-BSJFDIOH.mjs";
import "./chunk-ZZRT2HZE.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-OZGX4ELH.mjs";
import "./chunk-IRKENWY2.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-L7YODDGR.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
