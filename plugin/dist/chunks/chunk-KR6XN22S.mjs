import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  resolveWorkflowRef
} from "./chunk-D5NVEAP4.mjs";
import {
  existingIds
} from "./chunk-RKD4ZUVQ.mjs";

// scripts/commands/workflow-arg.ts
function workflowArg(ctx, ref) {
  return ref === void 0 ? void 0 : resolveWorkflowRef(ref, existingIds(ctx.place().storeDir));
}

export {
  workflowArg
};
