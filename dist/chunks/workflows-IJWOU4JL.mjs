import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkpointWorkflow,
  keepCompactSummary,
  parsePhase,
  pauseSessionWorkflow,
  resumeWorkflow,
  saveHandoff
} from "./chunk-WGT5BGOH.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-KTNTHCIU.mjs";
import "./chunk-PFOWOONF.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-VIXHEGAF.mjs";
import "./chunk-7J2BBFPX.mjs";
import "./chunk-KT3UH4EQ.mjs";
import "./chunk-ASOXG2VR.mjs";
import "./chunk-FOFBUYSW.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-QFHYYRCR.mjs";
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
