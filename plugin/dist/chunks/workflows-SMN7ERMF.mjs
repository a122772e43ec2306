import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  keepCompactSummary,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-HWY5MN7I.mjs";
import "./chunk-NLAU26BY.mjs";
import "./chunk-3U3I4IGE.mjs";
import "./chunk-BLALW7PD.mjs";
import "./chunk-BT2O5TKI.mjs";
import "./chunk-JEALTL3H.mjs";
import "./chunk-JVGXF4XJ.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-7X5S5IIE.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-U3MT5OVJ.mjs";
import "./chunk-EDD5KKUI.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-3FTJMPYF.mjs";
import "./chunk-SWQQR4HO.mjs";
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
