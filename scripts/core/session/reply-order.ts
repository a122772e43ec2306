// Whether a reply Claude Code announced is in the transcript is not simply whether the newest
// main-chain line is Claude's: on a session's first turn, 2.1.197 can write the reply before the
// prompt it answers (measured in the interactive UI: the assistant line, then the prompt and its
// attachment lines, the reply's parentUuid naming the last of those). The reply's place in the
// conversation is its parentUuid, not its place in the file.

const UUID_KEY = '"uuid":"';
/** Claude Code's ids are UUIDs; a longer value is not one of them */
const UUID_MAX = 64;

/** The `uuid` values a line holds (its own, and any nested one: a superset is harmless here). */
export function collectUuids(line: string, into: Set<string>): void {
  for (let at = line.indexOf(UUID_KEY); at !== -1; at = line.indexOf(UUID_KEY, at + UUID_KEY.length)) {
    const start = at + UUID_KEY.length;
    const end = line.indexOf('"', start);
    if (end !== -1 && end - start <= UUID_MAX) into.add(line.slice(start, end));
  }
}

/** A reply found older in the file than lines it answers: its parent is one of those newer lines. */
export function answersNewerLine(parentUuid: unknown, newer: ReadonlySet<string>): boolean {
  return typeof parentUuid === 'string' && newer.has(parentUuid);
}

/** The parentUuid of a line too long to parse, from its first bytes (where Claude Code writes it). */
export function parentUuidOfHead(head: string): string | null {
  return /^\{[^{]*?"parentUuid":"([^"]{1,64})"/.exec(head)?.[1] ?? null;
}
