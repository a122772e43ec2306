// Orders for ids, file names and timestamps. String#localeCompare asks ICU for a collator on its
// first call, about 10 ms that a hook listing workflows would pay at every session start; ids and
// names here are ASCII, and timestamps are compared as the instants they name (offsets may differ).

/** By UTF-16 code units: the same order on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first, by the instant an ISO timestamp names; one that does not parse sorts last. */
export function newestFirst(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return (Number.isNaN(tb) ? -Infinity : tb) - (Number.isNaN(ta) ? -Infinity : ta) || compareText(b, a);
}
