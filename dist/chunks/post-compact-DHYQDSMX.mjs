import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-X42JUKJV.mjs";
import "./chunk-SLLUOW34.mjs";
import {
  keepCompactSummary
} from "./chunk-EKSUPRN4.mjs";
import "./chunk-F5U3VYWS.mjs";
import "./chunk-5VAB5KCE.mjs";
import "./chunk-B37Q7RYI.mjs";
import "./chunk-VRSAXTYQ.mjs";
import "./chunk-KON7PBTR.mjs";
import "./chunk-RH26DROW.mjs";
import {
  readSessionRuntime
} from "./chunk-EKXW2COL.mjs";
import "./chunk-YFAZA6PM.mjs";
import "./chunk-YET4IWNJ.mjs";
import {
  storeExists
} from "./chunk-XWC27XTV.mjs";
import "./chunk-DVBBILYX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  PostCompactInput
} from "./chunk-HCI37DN2.mjs";
import "./chunk-3X5EU7U4.mjs";
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
