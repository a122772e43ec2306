// How a hook's entry tells the loader that its quick path answered (hook-loader.ts says why the
// loader wants to know). The two are separate scripts in one process: the loader leaves a function
// on the global object; an entry run without the loader (from the sources, under tests) finds none.
const SIGNAL: unique symbol = Symbol.for('claude-workflow.quick-path-answered');

const holder: typeof globalThis & { [SIGNAL]?: () => void } = globalThis;

/** The loader: `listener` is called when the entry's quick path answers. */
export function onQuickPathAnswered(listener: () => void): void {
  holder[SIGNAL] = listener;
}

/** The entry: its quick path answered this run. */
export function quickPathAnswered(): void {
  holder[SIGNAL]?.();
}
