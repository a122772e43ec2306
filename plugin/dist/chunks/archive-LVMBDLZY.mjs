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
} from "./chunk-JAGLWQZ7.mjs";
import "./chunk-35WBE7P4.mjs";
import "./chunk-XZHWOATZ.mjs";
import "./chunk-GJJTRENW.mjs";
import "./chunk-EKXW2COL.mjs";
import "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-YU6PJG2J.mjs";
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
