import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-W6RYVFT6.mjs";
import "./chunk-HG3TC7YQ.mjs";
import "./chunk-KTP3M56X.mjs";
import {
  readSessionRuntime
} from "./chunk-SKYU75DX.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-7X5S5IIE.mjs";
import {
  storeExists
} from "./chunk-BRCKOV7U.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PostCompactInput
} from "./chunk-3FTJMPYF.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/post-compact.ts
var hook = {
  input: PostCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    if (!input.compact_summary || !storeExists(place.storeDir)) return null;
    const { keepCompactSummary } = await import("./workflows-VU37SNNX.mjs");
    keepCompactSummary(place, input.session_id, readSessionRuntime(env, input.session_id).shown_workflow, input.compact_summary, now);
    return null;
  }
};
export {
  hook
};
