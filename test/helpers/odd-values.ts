// Lines made to break each field of a record, for holding a check written by hand to the schema it
// stands for: every named field set to each odd value in turn, and left out.

/** JSON text for each, so that 1e400 reaches JSON.parse as a writer could have put it. */
const ODD_VALUES: [string, string][] = [
  ['null', 'null'],
  ['a string', '"text"'],
  ['an empty string', '""'],
  ['a number', '7'],
  ['zero', '0'],
  ['a negative number', '-1'],
  ['a fraction', '0.5'],
  ['a number too large for a double', '1e400'],
  ['true', 'true'],
  ['false', 'false'],
  ['an empty array', '[]'],
  ['an array', '[1,"a"]'],
  ['an array of pairs', '[["a","b"]]'],
  ['an object', '{"a":1}'],
  ['an object of strings', '{"a":"b"}'],
];

const MARKER = '__odd_value__';

function withField(base: unknown, field: readonly string[], value: string | undefined): string {
  const copy = structuredClone(base) as Record<string, unknown>;
  let target = copy;
  for (const key of field.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = field.at(-1) as string;
  if (value === undefined) {
    delete target[last];
    return JSON.stringify(copy);
  }
  target[last] = MARKER;
  return JSON.stringify(copy).replace(JSON.stringify(MARKER), value);
}

/** [what was done, the JSON text] for each field (a path into `base`) and each odd value, and each field left out. */
export function oddLines(base: unknown, fields: readonly (readonly string[])[]): [string, string][] {
  const lines: [string, string][] = [];
  for (const field of fields) {
    for (const [name, raw] of ODD_VALUES) lines.push([`${field.join('.')} is ${name}`, withField(base, field, raw)]);
    lines.push([`${field.join('.')} is absent`, withField(base, field, undefined)]);
  }
  return lines;
}

/** Texts that are not a record at all. */
export const NOT_RECORDS: [string, string][] = [
  ['not JSON', '{"type":'],
  ['an array', '[]'],
  ['a string', '"text"'],
  ['a number', '1'],
  ['null', 'null'],
  ['an empty object', '{}'],
];
