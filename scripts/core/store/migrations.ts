// Upgrades a state.json document written by an older plugin to the current schema, before the
// schema parse. Each step is a pure function on plain JSON (no I/O, no clock, input untouched):
// the store applies them on load and writes the result only at the next save, so a pure read
// never rewrites a file and an older plugin on another machine can still read what it wrote.
import { SCHEMA_VERSION } from '../shared/state-fields.ts';
import { isObject } from '../shared/json-guards.ts';

export type JsonObject = Record<string, unknown>;

interface Migration {
  /** the version this step reads; it produces `from + 1` */
  from: number;
  /** what changed, for people reading a warning or the code */
  change: string;
  up: (document: JsonObject) => JsonObject;
}

/**
 * v1 → v2: the current phase gains `sub` (the sub-phase, null until set) and a phase's
 * deliverables, plain paths in v1, become `{path, sha256}`. The hash of a v1 deliverable is
 * unknown (the file may have changed since it was recorded), so it is null, never guessed.
 * Anything that is not the v1 shape is passed through for the schema parse to name.
 */
function v1ToV2(document: JsonObject): JsonObject {
  const { phase, phases } = document;
  return {
    ...document,
    schema_version: 2,
    phase: isObject(phase) ? { ...phase, sub: phase.sub ?? null } : phase,
    phases: Array.isArray(phases)
      ? phases.map((entry: unknown) =>
          isObject(entry) && Array.isArray(entry.deliverables)
            ? {
                ...entry,
                deliverables: entry.deliverables.map((d: unknown) => (typeof d === 'string' ? { path: d, sha256: null } : d)),
              }
            : entry,
        )
      : phases,
  };
}

/** In order: MIGRATIONS[i] upgrades v(i+1) to v(i+2). There was never a v0 on disk. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, change: 'phase.sub added; deliverables stored as {path, sha256}', up: v1ToV2 },
];

export const OLDEST_SCHEMA_VERSION = 1;

interface Migrated {
  document: JsonObject;
  from: number;
  to: number;
}

/**
 * Applies every step from the document's `schema_version` up to SCHEMA_VERSION. Returns null
 * when there is nothing to do: the document is current, newer (the caller refuses it), or has
 * no usable version (the schema parse reports the field).
 */
export function migrate(document: JsonObject): Migrated | null {
  const from = document.schema_version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < OLDEST_SCHEMA_VERSION || from >= SCHEMA_VERSION) return null;
  let current = document;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version - OLDEST_SCHEMA_VERSION];
    // a defect, not a user error: SCHEMA_VERSION went up without a migration step
    if (step?.from !== version) throw new Error(`no migration from schema v${version} to v${version + 1}`);
    current = step.up(current);
  }
  return { document: current, from, to: SCHEMA_VERSION };
}
