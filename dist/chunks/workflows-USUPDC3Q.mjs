import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  keepCompactSummary,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-YDVE77IJ.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-FFUEPUTE.mjs";
import "./chunk-ILTHPXIR.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-WSPP3OGR.mjs";
import "./chunk-J4TZ3A4H.mjs";
import "./chunk-3JREEA6Q.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-27ZVQAQS.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  keepCompactSummary,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
