// Bundles the TypeScript sources into committed, unminified CommonJS files that hooks and
// commands run with plain `node` (a plugin is installed by copying its folder; nothing is built
// there). Each hook event is a file of its own, so a quiet turn loads only what it needs; the CLI
// is one file; both run through dist/hooks/run.cjs, which keeps V8's compiled code between runs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

await rm(new URL('./plugin/dist', import.meta.url), { recursive: true, force: true });

// Which build a bundle is: a hash of the sources and the locked dependencies. The state memo
// (scripts/core/store/state-memo.ts) trusts a state.json version to pass the schema only under the
// build that checked it.
const buildHash = createHash('sha256');
for (const file of [...(await readdir('scripts', { recursive: true })).map((f) => path.join('scripts', f)).filter((f) => /\.(ts|cjs)$/.test(f)).sort(), 'package-lock.json']) {
  buildHash.update(`${file}\0`).update(await readFile(file)).update('\0');
}
const BUILD_ID = buildHash.digest('hex').slice(0, 16);

// One CommonJS file per hook event, which hooks.json runs: Claude Code starts two of them on every
// turn, and a CommonJS file of its own loads faster than the ES module graph (no module loader,
// no chunk files to resolve). What a hook imports dynamically (a checkpoint, a sync) is a file of
// its own in dist/hooks/lazy/, required only when the hook gets there: the quiet turn never reads
// or compiles it. Such a file has its own copy of the modules it shares with the hook's file,
// which holds no state worth sharing (the store's locks are files).
const hookBuild = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.cjs' },
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // the file's URL, worked out only when asked for (a require() of something beside it)
  define: { 'import.meta.url': '__workflowModule.url', WORKFLOW_BUILD_ID: JSON.stringify(BUILD_ID) },
  banner: { js: '"use strict";\nconst __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
};

// esbuild's CommonJS output reads `import fs from 'node:fs'` through __toESM, which copies every
// property of the module onto a new object: a hundred getters for node:fs, again in each module
// that imports it, about 2 ms of a quiet turn. A view with the module as its prototype reads the
// same. The helper's text is esbuild's; the build stops if it is no longer found.
const ESBUILD_TO_ESM = /^var __toESM = \(mod, isNodeMode, target\) => \(target = [^]*?\n\)\);\n/m;
const VIEW_TO_ESM = 'var __toESM = (mod, isNodeMode) => mod == null ? {} : isNodeMode || !mod.__esModule ? { __proto__: mod, default: mod } : mod;\n';
async function useModuleViews(files) {
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    if (!text.includes('__toESM(')) continue;
    if (!ESBUILD_TO_ESM.test(text)) throw new Error(`${file}: esbuild's __toESM helper has changed; build.mjs must follow it`);
    await writeFile(file, text.replace(ESBUILD_TO_ESM, VIEW_TO_ESM));
  }
}
const lazyModules = new Map(); // its file name in dist/hooks/lazy/ → the source it is built from
// `prefix`: the lazy parts' folder as a require() from the bundle being built names it
const lazyImports = (prefix) => ({
  name: 'lazy-imports',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'require-call' && args.namespace === 'lazy') return { path: args.path, external: true };
      // a lazy part's own dynamic imports are lazy parts too (the turn hook's checkpoint, sync's backends)
      if (args.kind !== 'dynamic-import') return undefined;
      const source = path.resolve(args.resolveDir, args.path);
      const name = `${path.basename(source, '.ts')}.cjs`;
      if ((lazyModules.get(name) ?? source) !== source) throw new Error(`two lazily imported modules would both be dist/hooks/lazy/${name}`);
      lazyModules.set(name, source);
      return { path: `${prefix}${name}`, namespace: 'lazy' };
    });
    // require(), not import(): import() would start the ES module loader for a CommonJS file
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
});
const hookEntries = (await readdir(new URL('./scripts/hook-entries', import.meta.url))).filter((f) => f.endsWith('.ts')).sort();
await build({
  ...hookBuild,
  entryPoints: hookEntries.map((f) => ({ in: `scripts/hook-entries/${f}`, out: f.replace(/\.ts$/, '') })),
  outdir: 'plugin/dist/hooks',
  plugins: [lazyImports('./lazy/')],
});
// the status line, which Claude Code runs at every refresh: its quick path, and the CLI's boundary
// with that command alone as a lazy part beside the hooks' (dist/hooks/lazy/)
await build({ ...hookBuild, entryPoints: ['scripts/cli-statusline.ts'], outfile: 'plugin/dist/cli-statusline.cjs', plugins: [lazyImports('./hooks/lazy/')] });
// what `resume` runs before the CLI: it starts git's count of the commits since the handoff,
// which the command takes once loaded
await build({ ...hookBuild, entryPoints: ['scripts/cli-resume.ts'], outfile: 'plugin/dist/cli-resume.cjs' });
for (const built = new Set(); built.size < lazyModules.size; ) {
  const pending = [...lazyModules].filter(([name]) => !built.has(name));
  for (const [name] of pending) built.add(name);
  await build({
    ...hookBuild,
    entryPoints: pending.map(([name, source]) => ({ in: source, out: name.replace(/\.cjs$/, '') })),
    outdir: 'plugin/dist/hooks/lazy',
    // from a lazy part, its neighbour in the same folder
    plugins: [lazyImports('./')],
  });
}
await useModuleViews([
  ...hookEntries.map((f) => `plugin/dist/hooks/${f.replace(/\.ts$/, '.cjs')}`),
  ...[...lazyModules.keys()].map((name) => `plugin/dist/hooks/lazy/${name}`),
]);

// The CLI: one CommonJS file, dist/cli-commands.cjs, its commands' code in it and run only when
// called. Its entries hand over to the loader in a few lines: dist/cli.cjs, which the plugin's
// slash commands, skill, approvals and bin/ run, and dist/cli.mjs, the name they used before,
// kept for the commands and status lines people have written down. A CommonJS entry starts about
// 5 ms sooner: an .mjs file starts Node's ES module loader first.
await build({ ...hookBuild, entryPoints: ['scripts/cli.ts'], outfile: 'plugin/dist/cli-commands.cjs' });
await useModuleViews(['plugin/dist/cli-commands.cjs', 'plugin/dist/cli-statusline.cjs', 'plugin/dist/cli-resume.cjs']);
await writeFile(
  'plugin/dist/cli.cjs',
  [
    '#!/usr/bin/env node',
    '// claude-workflow: runs dist/cli-commands.cjs from its cached compiled code (see',
    '// dist/hooks/run.cjs), or for `statusline` the much smaller dist/cli-statusline.cjs; `resume`',
    '// runs dist/cli-resume.cjs first',
    "'use strict';",
    '',
    "const command = process.argv[2] ?? '';",
    "const { runBundle } = require('./hooks/run.cjs');",
    "if (command === 'statusline') runBundle('../cli-statusline');",
    'else {',
    "  // resume's git walk starts first; without that file it starts with the command, as before",
    "  if (command === 'resume') {",
    '    try {',
    "      runBundle('../cli-resume');",
    '    } catch {}',
    '  }',
    "  runBundle('../cli-commands', command);",
    '}',
    '',
  ].join('\n'),
  { mode: 0o755 },
);
await writeFile(
  'plugin/dist/cli.mjs',
  [
    '#!/usr/bin/env node',
    '// claude-workflow, as dist/cli.cjs runs it: this name is kept for the commands and status lines',
    '// written with it (dist/cli.cjs starts sooner: it is not an ES module)',
    "import { createRequire } from 'node:module';",
    '',
    "createRequire(import.meta.url)('./cli.cjs');",
    '',
  ].join('\n'),
  { mode: 0o755 },
);

const SECRET_RULES = '../chunks/secret-rules';
// secretlint's rules, loaded synchronously with require() on the first redaction only
// (scripts/core/redact/secret-scanner.ts): a CommonJS file of their own, in dist/chunks/.
await build({
  entryPoints: ['@secretlint/secretlint-rule-preset-recommend'],
  outfile: `plugin/dist/hooks/${SECRET_RULES}.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});

// The loader (scripts/hook-loader.ts), told each bundle's content hash: its compiled code is kept
// under that name, so a changed bundle is never run from old code.
const builds = {};
// the lazy parts sorted: parallel builds resolve their imports in no fixed order, and the
// loader's table must come out the same from the same sources
for (const key of [...hookEntries.map((f) => f.replace(/\.ts$/, '')), ...[...lazyModules.keys()].sort().map((name) => `lazy/${name.replace(/\.cjs$/, '')}`), '../cli-commands', '../cli-statusline', '../cli-resume', SECRET_RULES]) {
  const text = await readFile(`plugin/dist/hooks/${key}.cjs`, 'utf8');
  // the loader compiles the bundle with vm.Script, which cannot import(): lazy parts are require()d
  // (secretlint's import() calls are in its .p12 reader, which a text, scanned as .txt, never reaches)
  if (key !== SECRET_RULES && /\bimport\(/.test(text)) throw new Error(`plugin/dist/hooks/${key}.cjs calls import(), which the hook loader cannot run`);
  // one character past ASCII makes V8 hold the whole bundle as two-byte text, which every hook
  // reads and decodes at start (about 1 ms for an event's file). esbuild escapes strings but
  // keeps regular expressions and comments as written: write those characters as \uXXXX there.
  const wide = /[^\x00-\x7f]/.exec(text);
  if (wide) {
    const line = text.slice(0, wide.index).split('\n').length;
    throw new Error(`plugin/dist/hooks/${key}.cjs:${line} holds ${JSON.stringify(wide[0])} (U+${wide[0].codePointAt(0).toString(16).padStart(4, '0')}): write it as an escape in the source's regular expression or comment`);
  }
  builds[key] = createHash('sha256').update(text).digest('hex');
}
await build({
  ...hookBuild,
  entryPoints: ['scripts/hook-loader.ts'],
  outfile: 'plugin/dist/hooks/run.cjs',
  define: { ...hookBuild.define, WORKFLOW_HOOK_BUILDS: JSON.stringify(builds) },
});
await useModuleViews(['plugin/dist/hooks/run.cjs']);

