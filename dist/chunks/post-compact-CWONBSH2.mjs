import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-3SMXD4SH.mjs";
import "./chunk-V7CLC6UL.mjs";
import {
  keepCompactSummary
} from "./chunk-CLWHOZV2.mjs";
import "./chunk-RY7YTPSJ.mjs";
import "./chunk-SELMEZQO.mjs";
import "./chunk-B37Q7RYI.mjs";
import "./chunk-C46MQKCT.mjs";
import "./chunk-M3YMPO6P.mjs";
import "./chunk-UGFCMBSM.mjs";
import {
  readSessionRuntime
} from "./chunk-EKXW2COL.mjs";
import "./chunk-YFAZA6PM.mjs";
import "./chunk-YET4IWNJ.mjs";
import {
  storeExists
} from "./chunk-AZDL7KYG.mjs";
import "./chunk-DVBBILYX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PostCompactInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-H5HRYGL6.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
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
