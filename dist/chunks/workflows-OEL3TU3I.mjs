import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-BXRD67F6.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-6FRIOGSB.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-XHEFZBCJ.mjs";
import "./chunk-O4AV66AY.mjs";
import "./chunk-4O6UIUGZ.mjs";
import "./chunk-IISWP7LZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-SVKF2QRK.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
