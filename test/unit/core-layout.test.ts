// The layout of scripts/core as its README draws it: one folder per domain, listed from the
// bottom up; a file imports from its own folder, schemas.ts and the folders above it in the list,
// and no two files depend on each other, even through others.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.ts';

const CORE = path.join(REPO_ROOT, 'scripts', 'core');
const SCHEMAS = 'schemas.ts';

/** The folders in the README's order, bottom first. */
function layers(): string[] {
  const readme = fs.readFileSync(path.join(CORE, 'README.md'), 'utf8');
  return [...readme.matchAll(/^- `([a-z-]+)\/`/gm)].map((m) => m[1] ?? '');
}

/** Every .ts file of core, relative to it, with the core files it imports (statically or not). */
function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(file, 'utf8');
        const targets = [...text.matchAll(/(?:from |import\()'(\.{1,2}\/[^']+\.ts)'/g)].map((m) => path.relative(CORE, path.resolve(path.dirname(file), m[1] ?? '')));
        graph.set(path.relative(CORE, file), targets);
      }
    }
  };
  walk(CORE);
  return graph;
}

const folderOf = (file: string): string => (file.includes(path.sep) ? (file.split(path.sep)[0] ?? '') : '');

describe('scripts/core', () => {
  const order = layers();
  const graph = imports();

  it('has a folder for each domain the README lists, and nothing else beside schemas.ts', () => {
    const folders = new Set([...graph.keys()].map(folderOf));
    expect([...folders].filter((f) => f !== '').sort()).toEqual([...order].sort());
    expect([...graph.keys()].filter((f) => folderOf(f) === '')).toEqual([SCHEMAS]);
  });

  it('imports only from its own folder, schemas.ts and the folders below it', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      // schemas.ts sits just above shared/, whose plain values of the state's format it builds on
      const rank = file === SCHEMAS ? order.indexOf('shared') : order.indexOf(folderOf(file));
      for (const target of targets) {
        if (!graph.has(target)) wrong.push(`${file} imports ${target}, which is not a file of core`);
        else if (target !== SCHEMAS && order.indexOf(folderOf(target)) > rank) wrong.push(`${file} imports ${target}, from a folder above its own`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no cycle of imports', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
