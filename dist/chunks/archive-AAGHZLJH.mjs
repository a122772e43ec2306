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
} from "./chunk-RD6DUXBE.mjs";
import "./chunk-VU2DT2TD.mjs";
import "./chunk-ES4DXSZB.mjs";
import "./chunk-7J2BBFPX.mjs";
import "./chunk-KT3UH4EQ.mjs";
import "./chunk-ASOXG2VR.mjs";
import "./chunk-42QGN4SJ.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-QFHYYRCR.mjs";
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
