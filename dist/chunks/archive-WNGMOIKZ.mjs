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
} from "./chunk-EC6CYJCA.mjs";
import "./chunk-SPRBIFY4.mjs";
import "./chunk-VGNCOP4S.mjs";
import "./chunk-O4AV66AY.mjs";
import "./chunk-4O6UIUGZ.mjs";
import "./chunk-IISWP7LZ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-SVKF2QRK.mjs";
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
