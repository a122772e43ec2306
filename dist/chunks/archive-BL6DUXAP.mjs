import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  ArchivedFile,
  archiveWorkflow,
  describeIssue,
  listArchives,
  packFile,
  readArchivedHistories,
  sha256,
  unarchiveWorkflow,
  unpackFile
} from "./chunk-MVGRLU5Q.mjs";
import "./chunk-DZN2GKIX.mjs";
import "./chunk-C6BQZ3WJ.mjs";
import "./chunk-C6CDR54Y.mjs";
import "./chunk-JKNC6KFZ.mjs";
import "./chunk-ASOXG2VR.mjs";
import "./chunk-ZVSK3QRH.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-ZZT6X7KV.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  ArchivedFile,
  archiveWorkflow,
  describeIssue,
  listArchives,
  packFile,
  readArchivedHistories,
  sha256,
  unarchiveWorkflow,
  unpackFile
};
