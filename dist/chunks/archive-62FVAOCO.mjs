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
} from "./chunk-BWKA5Z4G.mjs";
import "./chunk-NEMPLU7N.mjs";
import "./chunk-VIXHEGAF.mjs";
import "./chunk-7J2BBFPX.mjs";
import "./chunk-KT3UH4EQ.mjs";
import "./chunk-ASOXG2VR.mjs";
import "./chunk-FOFBUYSW.mjs";
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
