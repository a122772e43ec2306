import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  WORKFLOW_ID_PATTERN
} from "./chunk-65YYEQP7.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/workflow-ref.ts
import { createHash } from "node:crypto";
var MIN_HANDLE = 4;
var fullHandle = (id) => createHash("sha1").update(id).digest("hex");
function handleLength(ids) {
  const hashes = ids.map(fullHandle);
  for (let length = MIN_HANDLE; length < 40; length++) {
    if (new Set(hashes.map((h) => h.slice(0, length))).size === hashes.length) return length;
  }
  return 40;
}
function handlesOf(ids) {
  const length = handleLength(ids);
  return new Map(ids.map((id) => [id, fullHandle(id).slice(0, length)]));
}
function resolveWorkflowRef(ref, ids) {
  if (ids.includes(ref) || ref.length < 3) return ref;
  const byHandle = /^[0-9a-f]{4,40}$/.test(ref) ? ids.filter((id) => fullHandle(id).startsWith(ref)) : [];
  const byPrefix = WORKFLOW_ID_PATTERN.test(ref) ? ids.filter((id) => id.startsWith(ref)) : [];
  const matches = [.../* @__PURE__ */ new Set([...byHandle, ...byPrefix])];
  if (matches.length === 1) return matches[0] ?? ref;
  if (matches.length > 1) {
    const handles = handlesOf(ids);
    const listed = matches.slice(0, 6).map((id) => `${handles.get(id)} ${id}`);
    throw new WorkflowError(`"${ref}" names ${matches.length} workflows (${listed.join(", ")}${matches.length > 6 ? ", \u2026" : ""}); give more of it`);
  }
  return ref;
}

export {
  handlesOf,
  resolveWorkflowRef
};
