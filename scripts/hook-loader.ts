// What hooks.json runs: `node dist/hooks/run.cjs <event>`. It runs dist/hooks/<event>.cjs from
// V8's compiled code of the previous run instead of compiling it again, which is a third of what a
// quiet turn costs (Node 20 has no compile cache of its own; module.enableCompileCache came in 22).
// The compiled code lives per user in <runtime>/code-cache/, one file per bundle (each event's, and
// the lazy parts they require), named by the bundle's content hash (written in at build time) and
// the Node version: V8 itself only checks the source's length. Anything wrong with the cache
// (missing, rejected, unreadable, not ours) means compiling as usual; the hook runs either way.
import { mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import { runtimeDir } from './core/runtime/runtime-dir.ts';
import { writeFileAtomic } from './core/shared/atomic-write.ts';
import { readOwnFile } from './core/shared/safe-fs.ts';
import { onQuickPathAnswered } from './quick-path-signal.ts';

/** bundle path in dist/hooks without .cjs (an event, or lazy/<module>) → sha256 of it, written in by build.mjs */
declare const WORKFLOW_HOOK_BUILDS: Record<string, string>;

/**
 * A cache file starts with this line, then how the run that compiled it went (`quick-path`: the
 * entry's quick path answered; `full-run`: it did not, or the bundle has none) and the CLI command
 * whose code it holds, then V8's data. A file without it (garbage, an older build's) is no cache.
 */
const CACHE_HEADER = 'workflow-code-cache 3 ';
const MADE_ON_QUICK_PATH = 'quick-path';

interface Cache {
  data: Uint8Array;
  madeOnQuickPath: boolean;
}

/** Whether `raw` holds `text` (ASCII) at `offset`: byte by byte, which costs a hook less than Buffer's own methods run for the first time. */
function holdsAscii(raw: Uint8Array, offset: number, text: string): boolean {
  if (raw.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (raw[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

function readCache(file: string): Cache | undefined {
  const raw = readOwnFile(file, CACHE_MAX_BYTES);
  if (!raw || !holdsAscii(raw, 0, CACHE_HEADER)) return undefined;
  let end = CACHE_HEADER.length;
  while (end < raw.length && end < 1024 && raw[end] !== 0x0a) end++;
  if (raw[end] !== 0x0a) return undefined;
  const data = new Uint8Array(raw.buffer, raw.byteOffset + end + 1, raw.length - end - 1);
  const after = CACHE_HEADER.length + MADE_ON_QUICK_PATH.length;
  return { data, madeOnQuickPath: holdsAscii(raw, CACHE_HEADER.length, MADE_ON_QUICK_PATH) && (raw[after] === 0x20 || raw[after] === 0x0a) };
}

function saveCache(dir: string, family: string, command: string, build: string, data: Buffer, madeOnQuickPath: boolean): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // on disk before it has its name: a crash never leaves a torn file for V8 to run
    writeFileAtomic(path.join(dir, cacheName(family, command, build)), Buffer.concat([Buffer.from(`${CACHE_HEADER}${madeOnQuickPath ? MADE_ON_QUICK_PATH : 'full-run'}${command ? ` ${command}` : ''}\n`, 'latin1'), data]));
    // code of another build or Node version is not needed again: a bundle's older code (any
    // command's), and that of a bundle this build no longer has (renamed, or gone)
    const current = Object.values(WORKFLOW_HOOK_BUILDS).map(buildSuffix);
    for (const other of readdirSync(dir)) if (other.endsWith('.bin') && !current.some((end) => other.endsWith(end))) unlinkSync(path.join(dir, other));
  } catch {
    // a cache that cannot be written (read-only home, full disk) only costs the next run its compile
  }
}

const cacheDir = path.join(runtimeDir(process.env), 'code-cache');
/** How the cache file of a bundle with this content hash ends, under this Node. */
const buildSuffix = (hash: string): string => `.${hash.slice(0, 16)}.${process.version}-${process.arch}.bin`;
/** `<bundle>.[<command>.]<hash>.<node>-<arch>.bin`; `build` is from the hash on */
const cacheName = (family: string, command: string, build: string): string => `${family}${command ? `${command}.` : ''}${build.slice(1)}`;

/** far more than any bundle's compiled code (a CLI command's is about 600 KB) */
const CACHE_MAX_BYTES = 64 * 1024 * 1024;
const loadedBundles = new Map<string, { exports: unknown }>();
/** what to write at exit: the compiled code of each bundle that had none (or a rejected one) */
const cachesToSave: (() => void)[] = [];
let savingAtExit = false;
// The first run of a hook after an install or an update usually goes past its entry's quick path
// to the hook (no memo vouches for anything yet), so the compiled code it leaves lacks most of the
// quick path, which every later turn would then compile again (about 1 ms of a quiet turn). The
// first run whose quick path answers writes the entry's code once more, with all of it.
let quickPathDone = false;
onQuickPathAnswered(() => {
  quickPathDone = true;
});

// What Node's CommonJS loader runs a file's source as (Module.wrap): written out here, since
// loading node:module for it costs every hook more than this line does
const wrapModule = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/**
 * Runs a bundle of this build (`key`: its path from dist/hooks without .cjs, `../cli-commands`
 * for the CLI) as CommonJS from its cached compiled code, and returns its exports. Its require()
 * loads the lazy parts the same way. A bundle the build did not hash is compiled as usual.
 * `command` names the CLI command being run, whose compiled code is kept apart from the other
 * commands': one run compiles only what its command uses.
 */
export function runBundle(key: string, command = ''): unknown {
  if (!savingAtExit) {
    // one listener, the process's first: every bundle's compiled code is written before what the
    // bundles ask for at exit, a lazy part loaded late included (a background checkpoint's mark,
    // which says the process still writes files, goes at exit and must go after this)
    savingAtExit = true;
    process.once('exit', () => {
      for (const save of cachesToSave) save();
    });
  }
  const hash = Object.hasOwn(WORKFLOW_HOOK_BUILDS, key) ? WORKFLOW_HOOK_BUILDS[key] : undefined;
  // like require(): a file run once per process, whoever asks for it
  const running = loadedBundles.get(key);
  if (running) return running.exports;
  // the event's own file (or the CLI's), as opposed to a lazy part it loads
  const entry = loadedBundles.size === 0;
  const file = path.join(__dirname, `${key}.cjs`);
  const text = readFileSync(file, 'utf8');
  // a #! line is only allowed at the very start of a script, not inside the module wrapper
  const source = text.startsWith('#!') ? `//${text.slice(2)}` : text;
  const family = `${key.replace(/^\.\.\//, '').replace('/', '-')}.`;
  const build = buildSuffix(hash ?? '');
  // each CLI command's code a file of its own: a command then reads and deserializes only what it
  // compiled, not every other command's too (a cache holding six commands' code cost `resume`
  // 7 ms more than its own)
  const name = /^[a-z][a-z-]{0,40}$/.test(command) ? command : '';
  // compiled code runs as this user: only a file this user wrote, that nobody else may change
  const cache = hash ? readCache(path.join(cacheDir, cacheName(family, name, build))) : undefined;
  const script = new Script(wrapModule(source), { filename: file, ...(cache ? { cachedData: cache.data } : {}) });
  const missing = !cache || script.cachedDataRejected === true;
  if (hash && (missing || (entry && !cache.madeOnQuickPath))) {
    // at exit, the code holds what this run compiled on its way, so the next run finds that too;
    // an entry's code made past its quick path is written again only if this run took it
    cachesToSave.push(() => {
      if (missing || quickPathDone) saveCache(cacheDir, family, name, build, script.createCachedData(), quickPathDone);
    });
  }
  // Node's own modules (all a bundle requires besides its build's files) through this file's
  // require; a path, from the bundle's folder as its own require() would resolve it
  const plainRequire = (id: string): unknown => (/^[./]/.test(id) ? require('node:module').createRequire(file)(id) : require(id));
  const requireBundled = (id: string): unknown => {
    // another file of this build (a lazy part, secretlint's rules), by its path from this one
    const other = /^(?:\.{1,2}\/|\/).*\.cjs$/.test(id) ? path.relative(__dirname, path.resolve(path.dirname(file), id)).split(path.sep).join('/').slice(0, -4) : undefined;
    return other !== undefined && Object.hasOwn(WORKFLOW_HOOK_BUILDS, other) ? runBundle(other) : plainRequire(id);
  };
  const module = { exports: {} };
  loadedBundles.set(key, module);
  const main: unknown = script.runInThisContext();
  if (typeof main !== 'function') throw new Error(`${file} did not compile to a module wrapper`);
  main.call(module.exports, module.exports, requireBundled, module, file, path.dirname(file));
  return module.exports;
}

function run(event: string): void {
  if (!/^[a-z-]+$/.test(event) || !Object.hasOwn(WORKFLOW_HOOK_BUILDS, event)) {
    // a hooks.json that names an event this build has no file for: told, never fatal
    process.stdout.write(`${JSON.stringify({ systemMessage: `workflow: hook "${event}" is not one of this plugin's hooks; reinstall the plugin` })}\n`);
    return;
  }
  runBundle(event);
}

// run by hooks.json (`node run.cjs <event>`), not when dist/cli.cjs requires it for runBundle
if (require.main === module) run(process.argv[2] ?? '');
