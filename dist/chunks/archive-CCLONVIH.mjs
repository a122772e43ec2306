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
} from "./chunk-VPUIOP3F.mjs";
import "./chunk-F6BWUSNS.mjs";
import "./chunk-JHQUMPHH.mjs";
import "./chunk-5KQMPXI3.mjs";
import "./chunk-77TIDWA4.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-5WFCHMAJ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
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
