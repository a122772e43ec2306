import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
} from "./chunk-Z2P3EN6L.mjs";
import "./chunk-TZEUEV2V.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
};
