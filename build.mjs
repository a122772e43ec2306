// Bundles the TypeScript sources into committed, unminified ES modules that hooks and commands
// run with plain `node` (a plugin is installed by copying the repo; nothing is built there).
// Code splitting keeps a hook's fast path from loading git and TOON code it does not need.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('./plugin/dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'scripts/cli.ts' },
  outdir: 'plugin/dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (simple-git) call require() on Node built-ins.
  banner: { js: "import { createRequire as __workflowCreateRequire } from 'node:module';\nconst require = __workflowCreateRequire(import.meta.url);" },
});

// secretlint's rules, loaded synchronously with require() on the first redaction only
// (scripts/core/secret-scanner.ts): a CommonJS file of their own, beside the chunks.
await build({
  entryPoints: ['@secretlint/secretlint-rule-preset-recommend'],
  outfile: 'plugin/dist/chunks/secret-rules.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
