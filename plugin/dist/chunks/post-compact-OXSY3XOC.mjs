import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-OXV7D6KC.mjs";
import "./chunk-HG3TC7YQ.mjs";
import "./chunk-IQC2LHT7.mjs";
import {
  readSessionRuntime
} from "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-MUBUFQC4.mjs";
import {
  storeExists
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PostCompactInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/post-compact.ts
var hook = {
  input: PostCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    if (!input.compact_summary || !storeExists(place.storeDir)) return null;
    const { keepCompactSummary } = await import("./workflows-SHEBARIS.mjs");
    keepCompactSummary(place, input.session_id, readSessionRuntime(env, input.session_id).shown_workflow, input.compact_summary, now);
    return null;
  }
};
export {
  hook
};
