import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  formatAge
} from "./chunk-YJEZUTAS.mjs";
import {
  writeFileAtomic
} from "./chunk-RKD4ZUVQ.mjs";
import {
  iso_exports,
  object,
  string
} from "./chunk-65YYEQP7.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/lease.ts
import fs from "node:fs";
import path from "node:path";
var LEASE_FILE = "lease.json";
var LEASE_TTL_MS = 30 * 6e4;
var Lease = object({
  session_id: string(),
  device: string(),
  acquired_at: iso_exports.datetime({ offset: true }),
  renewed_at: iso_exports.datetime({ offset: true }),
  expires_at: iso_exports.datetime({ offset: true })
});
function leaseFile(storeDir, id) {
  return path.join(storeDir, id, LEASE_FILE);
}
function readLease(storeDir, id) {
  try {
    const parsed = Lease.safeParse(JSON.parse(fs.readFileSync(leaseFile(storeDir, id), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
function isLeaseLive(lease, now) {
  return lease !== null && Date.parse(lease.expires_at) > now.getTime();
}
function describeHolder(lease, now) {
  return `session ${lease.session_id} on ${lease.device}, resumed ${formatAge(lease.acquired_at, now)}, last active ${formatAge(lease.renewed_at, now)}`;
}
function write(storeDir, id, lease) {
  writeFileAtomic(leaseFile(storeDir, id), `${JSON.stringify(lease, null, 2)}
`);
}
function claimLease(storeDir, id, holder, now, takeOver) {
  const current = readLease(storeDir, id);
  const heldByOther = isLeaseLive(current, now) && current.session_id !== holder.sessionId;
  if (heldByOther && !takeOver) {
    throw new WorkflowError(
      `workflow ${id} is held by ${describeHolder(current, now)}; resume it with --take-over to take it from that session`
    );
  }
  const at = now.toISOString();
  const sameHolder = current !== null && current.session_id === holder.sessionId;
  write(storeDir, id, {
    session_id: holder.sessionId,
    device: holder.device,
    acquired_at: sameHolder ? current.acquired_at : at,
    renewed_at: at,
    expires_at: new Date(now.getTime() + LEASE_TTL_MS).toISOString()
  });
  return { tookOverFrom: heldByOther ? current : null };
}
function renewLease(storeDir, id, sessionId, now) {
  const current = readLease(storeDir, id);
  if (current?.session_id !== sessionId) return;
  write(storeDir, id, { ...current, renewed_at: now.toISOString(), expires_at: new Date(now.getTime() + LEASE_TTL_MS).toISOString() });
}
function releaseLease(storeDir, id, sessionId) {
  if (readLease(storeDir, id)?.session_id === sessionId) fs.rmSync(leaseFile(storeDir, id), { force: true });
}

export {
  readLease,
  isLeaseLive,
  describeHolder,
  claimLease,
  renewLease,
  releaseLease
};
