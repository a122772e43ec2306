import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  formatBytes,
  renderArchiveTable,
  renderArchived,
  renderCleanup,
  renderFinished,
  renderUnarchived
} from "./chunk-NRNJY5DY.mjs";
import "./chunk-L7YODDGR.mjs";
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
