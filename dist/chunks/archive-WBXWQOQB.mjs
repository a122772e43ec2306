import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  ArchivedFile,
  archiveDir,
  archivePath,
  archiveWorkflow,
  describeIssue,
  listArchives,
  packFile,
  readArchivedHistories,
  sha256,
  unarchiveWorkflow,
  unpackFile
} from "./chunk-HHMD2ACR.mjs";
import "./chunk-RMS53FYZ.mjs";
import "./chunk-VGNCOP4S.mjs";
import "./chunk-A6N4BX3N.mjs";
import "./chunk-Z6A3BYTC.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-SVKF2QRK.mjs";
import "./chunk-4O6UIUGZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  ArchivedFile,
  archiveDir,
  archivePath,
  archiveWorkflow,
  describeIssue,
  listArchives,
  packFile,
  readArchivedHistories,
  sha256,
  unarchiveWorkflow,
  unpackFile
};
