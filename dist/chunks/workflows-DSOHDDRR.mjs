import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  keepCompactSummary,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-TJ7DK2S4.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-URZV6Q7M.mjs";
import "./chunk-ILTHPXIR.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-5TEIRU7H.mjs";
import "./chunk-5KQMPXI3.mjs";
import "./chunk-3JREEA6Q.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-RY6OI3I2.mjs";
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
