// Tables for an 80-column terminal: the columns that must be read whole (a handle, a status, a
// time) keep their width, and the free-text ones share what is left, clipped with an ellipsis.

import { fit } from './text.ts';

const GAP = '  ';
/** a flexible column keeps this much (or its whole text, when shorter) however little room is left */
const MIN_FLEXIBLE = 8;


const widthOf = (text: string): number => [...text].length;

/**
 * The rows as lines of at most `width` characters. `weights` names the flexible columns (by
 * index) and their share of the room the others leave; a flexible column never takes more than
 * its longest cell, and what one does not use goes to the next.
 */
export function layoutColumns(rows: readonly (readonly string[])[], weights: Readonly<Record<number, number>>, width = 80): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.map((r) => widthOf(r[i] ?? ''))));
  const flexible = Object.keys(weights).map(Number).filter((i) => i < columns);
  const fixed = natural.reduce((sum, w, i) => (flexible.includes(i) ? sum : sum + w), 0);
  let room = Math.max(0, width - fixed - GAP.length * (columns - 1));
  const widths = [...natural];
  // water-filling: a column that needs less than its share gets what it needs, and the room it
  // leaves is shared again among the others
  let open = [...flexible];
  for (;;) {
    const weightSum = open.reduce((sum, i) => sum + (weights[i] ?? 1), 0);
    const content = open.filter((i) => (natural[i] ?? 0) <= Math.floor((room * (weights[i] ?? 1)) / weightSum));
    if (content.length === 0 || weightSum === 0) break;
    for (const i of content) room -= natural[i] ?? 0;
    open = open.filter((i) => !content.includes(i));
  }
  // the rest: each keeps its minimum, and the room above the minimums goes by weight
  const weightSum = open.reduce((sum, i) => sum + (weights[i] ?? 1), 0);
  const floor = (i: number): number => Math.min(natural[i] ?? 0, MIN_FLEXIBLE);
  const spare = Math.max(0, room - open.reduce((sum, i) => sum + floor(i), 0));
  let left = spare;
  for (const i of open) {
    const extra = Math.min((natural[i] ?? 0) - floor(i), Math.floor((spare * (weights[i] ?? 1)) / weightSum));
    widths[i] = floor(i) + extra;
    left -= extra;
  }
  // what rounding left over goes to the heaviest column that can use it
  const heaviest = [...open].sort((a, b) => (weights[b] ?? 1) - (weights[a] ?? 1)).find((i) => (widths[i] ?? 0) < (natural[i] ?? 0));
  if (heaviest !== undefined) widths[heaviest] = Math.min(natural[heaviest] ?? 0, (widths[heaviest] ?? 0) + left);
  return rows.map((cells) =>
    cells
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const clipped = fit(cell, w);
        return i === cells.length - 1 ? clipped : clipped.padEnd(w + clipped.length - widthOf(clipped));
      })
      .join(GAP)
      .trimEnd(),
  );
}

/** `text` in lines of at most `width` columns, broken between words, later lines indented. */
export function wrapWords(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && widthOf(line) + 1 + widthOf(word) > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
