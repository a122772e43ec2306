import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-BAKMPFIG.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-H7GMNDAG.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-IH5GYUJQ.mjs";
import "./chunk-FNFNQTQI.mjs";
import "./chunk-NL4WUP72.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-JGOVZUPF.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
