// One holder at a time: resuming a workflow in a Claude Code session claims it with a lease in the
// store. The lease is renewed by the session's checkpoints and released when it ends, so a session
// that crashed or went quiet stops holding the workflow once the lease runs out.
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { WorkflowError } from '../shared/errors.ts';
import { writeFileAtomic } from './store.ts';
import { formatAge } from '../shared/text.ts';

const LEASE_FILE = 'lease.json';
/** A session silent for this long (no checkpoint) no longer holds its workflow. */
export const LEASE_TTL_MS = 30 * 60_000;

const Lease = z.object({
  session_id: z.string(),
  device: z.string(),
  acquired_at: z.iso.datetime({ offset: true }),
  renewed_at: z.iso.datetime({ offset: true }),
  expires_at: z.iso.datetime({ offset: true }),
});
export type Lease = z.infer<typeof Lease>;

function leaseFile(storeDir: string, id: string): string {
  return path.join(storeDir, id, LEASE_FILE);
}

/** The workflow's lease, if any; an unreadable one holds nothing. */
export function readLease(storeDir: string, id: string): Lease | null {
  try {
    const parsed = Lease.safeParse(JSON.parse(fs.readFileSync(leaseFile(storeDir, id), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function isLeaseLive(lease: Lease | null, now: Date): lease is Lease {
  return lease !== null && Date.parse(lease.expires_at) > now.getTime();
}

/** "session 4f1c… on ada-desktop since 2 h ago (until 13:05 UTC)": who holds it, for a person. */
export function describeHolder(lease: Lease, now: Date): string {
  return `session ${lease.session_id} on ${lease.device}, resumed ${formatAge(lease.acquired_at, now)}, last active ${formatAge(lease.renewed_at, now)}`;
}

function write(storeDir: string, id: string, lease: Lease): void {
  writeFileAtomic(leaseFile(storeDir, id), `${JSON.stringify(lease, null, 2)}\n`);
}

/**
 * Claims the workflow for `sessionId`. Another live holder refuses the claim unless `takeOver`;
 * the error says who holds it and how to take it over.
 */
export function claimLease(
  storeDir: string,
  id: string,
  holder: { sessionId: string; device: string },
  now: Date,
  takeOver: boolean,
): { tookOverFrom: Lease | null } {
  const current = readLease(storeDir, id);
  const heldByOther = isLeaseLive(current, now) && current.session_id !== holder.sessionId;
  if (heldByOther && !takeOver) {
    throw new WorkflowError(
      `workflow ${id} is held by ${describeHolder(current, now)}; resume it with --take-over to take it from that session`,
    );
  }
  const at = now.toISOString();
  const sameHolder = current !== null && current.session_id === holder.sessionId;
  write(storeDir, id, {
    session_id: holder.sessionId,
    device: holder.device,
    acquired_at: sameHolder ? current.acquired_at : at,
    renewed_at: at,
    expires_at: new Date(now.getTime() + LEASE_TTL_MS).toISOString(),
  });
  return { tookOverFrom: heldByOther ? current : null };
}

/** A checkpoint of the holding session keeps its lease alive; anyone else's leaves it alone. */
export function renewLease(storeDir: string, id: string, sessionId: string, now: Date): void {
  const current = readLease(storeDir, id);
  if (current?.session_id !== sessionId) return;
  write(storeDir, id, { ...current, renewed_at: now.toISOString(), expires_at: new Date(now.getTime() + LEASE_TTL_MS).toISOString() });
}

export function releaseLease(storeDir: string, id: string, sessionId: string): void {
  if (readLease(storeDir, id)?.session_id === sessionId) fs.rmSync(leaseFile(storeDir, id), { force: true });
}
