import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-LREEFWNR.mjs";
import "./chunk-LWN3JBI2.mjs";
import {
  keepCompactSummary
} from "./chunk-WGT5BGOH.mjs";
import "./chunk-YWP7F4AH.mjs";
import "./chunk-KTNTHCIU.mjs";
import "./chunk-PFOWOONF.mjs";
import "./chunk-6DXBHU2Y.mjs";
import "./chunk-VIXHEGAF.mjs";
import {
  readSessionRuntime
} from "./chunk-7J2BBFPX.mjs";
import "./chunk-KT3UH4EQ.mjs";
import "./chunk-ASOXG2VR.mjs";
import {
  storeExists
} from "./chunk-FOFBUYSW.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PostCompactInput
} from "./chunk-QFHYYRCR.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/post-compact.ts
var hook = {
  input: PostCompactInput,
  async handle(input, { env, now }) {
    const place = placeOf(input.cwd, env);
    if (!input.compact_summary || !storeExists(place.storeDir)) return null;
    keepCompactSummary(place, input.session_id, readSessionRuntime(env, input.session_id).shown_workflow, input.compact_summary, now);
    return null;
  }
};
export {
  hook
};
