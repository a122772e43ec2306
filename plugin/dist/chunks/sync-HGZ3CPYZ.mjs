import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  DEFAULT_REMOTE,
  RESOLUTIONS,
  SYNC_STATE_LABELS,
  autoPull,
  autoPush,
  describeDivergence,
  historyPath,
  isResolution,
  mergeHistories,
  mergeStates,
  openSyncRepo,
  pullWorkflows,
  pushWorkflows,
  readStoreFiles,
  remoteCopyId,
  resolveDivergence,
  snapshot,
  stateOf,
  storeIds,
  summarize,
  syncStatus
} from "./chunk-KMH2KURM.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";
export {
  DEFAULT_REMOTE,
  RESOLUTIONS,
  SYNC_STATE_LABELS,
  autoPull,
  autoPush,
  describeDivergence,
  historyPath,
  isResolution,
  mergeHistories,
  mergeStates,
  openSyncRepo,
  pullWorkflows,
  pushWorkflows,
  readStoreFiles,
  remoteCopyId,
  resolveDivergence,
  snapshot,
  stateOf,
  storeIds,
  summarize,
  syncStatus
};
