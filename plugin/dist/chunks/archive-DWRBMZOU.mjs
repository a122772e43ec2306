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
} from "./chunk-IXBZ24KQ.mjs";
import "./chunk-KUSQIJI6.mjs";
import "./chunk-DUM472J6.mjs";
import "./chunk-WRZSYSRF.mjs";
import "./chunk-EKXW2COL.mjs";
import "./chunk-Y5PSVCYW.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-2KXDKGWK.mjs";
import "./chunk-KGUBMKW4.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
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
