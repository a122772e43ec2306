import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
} from "./chunk-XHEFZBCJ.mjs";
import "./chunk-SVKF2QRK.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  DEFAULT_CONFIG,
  WorkflowConfig,
  loadConfig,
  userConfigPath
};
