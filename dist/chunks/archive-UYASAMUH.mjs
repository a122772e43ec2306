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
} from "./chunk-FK3SCJYR.mjs";
import "./chunk-H2FKMSXC.mjs";
import "./chunk-5TEIRU7H.mjs";
import "./chunk-5KQMPXI3.mjs";
import "./chunk-3JREEA6Q.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-RY6OI3I2.mjs";
import "./chunk-MUOGF5JG.mjs";
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
