import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
} from "./chunk-MUBUFQC4.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
};
