import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  formatBytes,
  renderArchiveTable,
  renderArchived,
  renderCleanup,
  renderFinished,
  renderUnarchived
} from "./chunk-ORDB5QHN.mjs";
import "./chunk-FNFNQTQI.mjs";
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
