import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-4CQZX2BI.mjs";
import "./chunk-X22M2QH4.mjs";
import "./chunk-AI4SSJLX.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
