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
} from "./chunk-NJDM5DMC.mjs";
import "./chunk-3OX6ZD5N.mjs";
import "./chunk-M3YMPO6P.mjs";
import "./chunk-UGFCMBSM.mjs";
import "./chunk-EKXW2COL.mjs";
import "./chunk-YFAZA6PM.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-AZDL7KYG.mjs";
import "./chunk-DVBBILYX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-H5HRYGL6.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
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
