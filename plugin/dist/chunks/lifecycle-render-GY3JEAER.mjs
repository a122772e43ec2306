import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  formatBytes,
  renderArchiveTable,
  renderArchived,
  renderCleanup,
  renderFinished,
  renderUnarchived
} from "./chunk-6XTFXVIN.mjs";
import "./chunk-Y5PSVCYW.mjs";
import "./chunk-YET4IWNJ.mjs";
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
