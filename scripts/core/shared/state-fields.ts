// The plain values of the stored state's format that code without zod needs (the state memo, the
// hooks' quick paths): schemas.ts builds its schemas from these and exports them again, so that
// importing one of them does not load zod.

// v2: `phase.sub` (the sub-phase) and deliverables as {path, sha256}; older files are upgraded on
// load by scripts/core/store/migrations.ts, which must gain a step whenever this number goes up.
export const SCHEMA_VERSION = 2;

export const WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;

/**
 * A git commit id as git writes it in full (SHA-1 or SHA-256): the only form a state's commit may
 * take. A state can come from a sync folder, a remote or an imported bundle, and its commit is
 * handed to git as a revision: `--output=<file>` there would be read as an option, and git diff
 * would write that file.
 */
export const COMMIT_ID_PATTERN = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export const WORKFLOW_STATUSES = ['active', 'paused', 'waiting_approval', 'completed', 'cancelled'] as const;

/**
 * state-memo.ts's file: per store, a line for each workflow's state.json as last read, its fields
 * separated by tabs: id, signature, checksum (or empty), then the peek: status, automatic (0/1),
 * updated_at, hostname, session id (`=` before it; empty for none), then whether the whole file
 * passed WorkflowState as it stands (0/1; under the build the memo names). Each line is read with
 * STATE_MEMO_LINE, one pattern for the whole line (a line it does not match is left out): a store's
 * memo is read at every session start, and checking 50 nested objects field by field would cost
 * what reading the 50 files did.
 */
export const STATE_MEMO_LINE =
  /^([a-z0-9][a-z0-9-]{0,80})\t(\d+:\d+:[\d.]+:[\d.]+)\t((?:sha256:[0-9a-f]{64})?)\t(active|paused|waiting_approval|completed|cancelled)\t([01])\t([^\t\n]*)\t([^\t\n]*)\t((?:=[^\t\n]*)?)(?:\t([01]))?$/;
