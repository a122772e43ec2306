import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  keepCompactSummary,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-EKSUPRN4.mjs";
import "./chunk-F5U3VYWS.mjs";
import "./chunk-5VAB5KCE.mjs";
import "./chunk-B37Q7RYI.mjs";
import "./chunk-VRSAXTYQ.mjs";
import "./chunk-KON7PBTR.mjs";
import "./chunk-RH26DROW.mjs";
import "./chunk-EKXW2COL.mjs";
import "./chunk-YFAZA6PM.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-XWC27XTV.mjs";
import "./chunk-DVBBILYX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-3X5EU7U4.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  checkpointWorkflow,
  keepCompactSummary,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
};
