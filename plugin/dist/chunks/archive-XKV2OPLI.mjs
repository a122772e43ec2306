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
} from "./chunk-2KZPKYIS.mjs";
import "./chunk-4ACUUT7F.mjs";
import "./chunk-BT2O5TKI.mjs";
import "./chunk-JEALTL3H.mjs";
import "./chunk-JVGXF4XJ.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-U3MT5OVJ.mjs";
import "./chunk-EDD5KKUI.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-3FTJMPYF.mjs";
import "./chunk-SWQQR4HO.mjs";
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
