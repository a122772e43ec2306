import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  formatBytes,
  renderArchiveTable,
  renderArchived,
  renderCleanup,
  renderFinished,
  renderUnarchived
} from "./chunk-ODYMRFW4.mjs";
import "./chunk-KT3UH4EQ.mjs";
import "./chunk-ASOXG2VR.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  formatBytes,
  renderArchiveTable,
  renderArchived,
  renderCleanup,
  renderFinished,
  renderUnarchived
};
