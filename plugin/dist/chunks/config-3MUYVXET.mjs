import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
} from "./chunk-7X5S5IIE.mjs";
import "./chunk-3FTJMPYF.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
};
