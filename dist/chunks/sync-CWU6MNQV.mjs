import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_REMOTE,
  RESOLUTIONS,
  SYNC_STATE_LABELS,
  autoPull,
  autoPush,
  describeDivergence,
  isResolution,
  mergeHistories,
  mergeStates,
  openSyncRepo,
  pullWorkflows,
  pushWorkflows,
  resolveDivergence,
  snapshot,
  syncStatus
} from "./chunk-ZQOTPS2A.mjs";
import "./chunk-Z6A3BYTC.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-SVKF2QRK.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  DEFAULT_REMOTE,
  RESOLUTIONS,
  SYNC_STATE_LABELS,
  autoPull,
  autoPush,
  describeDivergence,
  isResolution,
  mergeHistories,
  mergeStates,
  openSyncRepo,
  pullWorkflows,
  pushWorkflows,
  resolveDivergence,
  snapshot,
  syncStatus
};
