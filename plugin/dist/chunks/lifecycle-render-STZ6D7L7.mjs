import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  formatBytes,
  renderArchiveTable,
  renderArchived,
  renderCleanup,
  renderFinished,
  renderUnarchived
} from "./chunk-FTQTIYSO.mjs";
import "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
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
