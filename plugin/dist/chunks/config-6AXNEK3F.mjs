import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
} from "./chunk-BQGGJA5E.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
};
