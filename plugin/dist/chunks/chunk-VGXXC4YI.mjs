import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/columns.ts
var GAP = "  ";
var MIN_FLEXIBLE = 8;
function fit(text, width) {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 1 ? "\u2026".slice(0, width) : `${chars.slice(0, width - 1).join("")}\u2026`;
}
var widthOf = (text) => [...text].length;
function layoutColumns(rows, weights, width = 80) {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.map((r) => widthOf(r[i] ?? ""))));
  const flexible = Object.keys(weights).map(Number).filter((i) => i < columns);
  const fixed = natural.reduce((sum, w, i) => flexible.includes(i) ? sum : sum + w, 0);
  let room = Math.max(0, width - fixed - GAP.length * (columns - 1));
  const widths = [...natural];
  let open = [...flexible];
  for (; ; ) {
    const weightSum2 = open.reduce((sum, i) => sum + (weights[i] ?? 1), 0);
    const content = open.filter((i) => (natural[i] ?? 0) <= Math.floor(room * (weights[i] ?? 1) / weightSum2));
    if (content.length === 0 || weightSum2 === 0) break;
    for (const i of content) room -= natural[i] ?? 0;
    open = open.filter((i) => !content.includes(i));
  }
  const weightSum = open.reduce((sum, i) => sum + (weights[i] ?? 1), 0);
  const floor = (i) => Math.min(natural[i] ?? 0, MIN_FLEXIBLE);
  const spare = Math.max(0, room - open.reduce((sum, i) => sum + floor(i), 0));
  let left = spare;
  for (const i of open) {
    const extra = Math.min((natural[i] ?? 0) - floor(i), Math.floor(spare * (weights[i] ?? 1) / weightSum));
    widths[i] = floor(i) + extra;
    left -= extra;
  }
  const heaviest = [...open].sort((a, b) => (weights[b] ?? 1) - (weights[a] ?? 1)).find((i) => (widths[i] ?? 0) < (natural[i] ?? 0));
  if (heaviest !== void 0) widths[heaviest] = Math.min(natural[heaviest] ?? 0, (widths[heaviest] ?? 0) + left);
  return rows.map(
    (cells) => cells.map((cell, i) => {
      const w = widths[i] ?? 0;
      const clipped = fit(cell, w);
      return i === cells.length - 1 ? clipped : clipped.padEnd(w + clipped.length - widthOf(clipped));
    }).join(GAP).trimEnd()
  );
}
function wrapWords(text, width, indent = "") {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && widthOf(line) + 1 + widthOf(word) > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export {
  fit,
  layoutColumns,
  wrapWords
};
