import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  archiveDir,
  archivePath,
  archiveWorkflow,
  listArchives,
  unarchiveWorkflow
} from "./chunk-IJOPTKTA.mjs";
import "./chunk-X35IX53C.mjs";
import "./chunk-CLO37ZNN.mjs";
import "./chunk-OZGX4ELH.mjs";
import "./chunk-IRKENWY2.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-L7YODDGR.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  archiveDir,
  archivePath,
  archiveWorkflow,
  listArchives,
  unarchiveWorkflow
};
