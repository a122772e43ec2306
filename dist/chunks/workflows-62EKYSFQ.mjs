import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-RONXJKMG.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-6FRIOGSB.mjs";
import "./chunk-BDAMXSI2.mjs";
import "./chunk-XHEFZBCJ.mjs";
import "./chunk-Z5UX4IGQ.mjs";
import "./chunk-FNFNQTQI.mjs";
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
