import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  PLUGIN_VERSION,
  describeDevice
} from "./chunk-ELYLUY4E.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  PLUGIN_VERSION,
  describeDevice
};
