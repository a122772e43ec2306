// Where the Claude Code CLIs that the end-to-end suite runs are: one per entry of versions.json
// (the oldest supported and the current release), each in test/e2e/cli/<version>/node_modules.
// The package's postinstall copies the platform binary over bin/claude.exe; when install scripts
// did not run (npm's allowScripts, or --ignore-scripts) that file is a small placeholder and the
// platform package holds the binary.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
// The placeholder is a few hundred bytes; the real binary is hundreds of MB.
const MIN_BINARY_BYTES = 1024 * 1024;

/** `{ oldest, current }`: the single place to bump when Claude Code releases. */
export const CLI_VERSIONS = JSON.parse(readFileSync(path.join(E2E_DIR, 'versions.json'), 'utf8'));

/** The folder one version is installed into. */
export function cliDir(version) {
  return path.join(E2E_DIR, 'cli', version);
}

function scopeDir(version) {
  return path.join(cliDir(version), 'node_modules', '@anthropic-ai');
}

/** The claude-code version installed in the folder of `version`, or null. */
export function installedVersion(version) {
  try {
    return JSON.parse(readFileSync(path.join(scopeDir(version), 'claude-code', 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
}

function isBinary(file) {
  try {
    return statSync(file).size >= MIN_BINARY_BYTES;
  } catch {
    return false;
  }
}

/** The native claude binary of `version`, or null when none is installed for this platform. */
export function findClaudeBinary(version) {
  const scope = scopeDir(version);
  const wrapper = path.join(scope, 'claude-code', 'bin', 'claude.exe');
  if (isBinary(wrapper)) return wrapper;
  const exe = process.platform === 'win32' ? 'claude.exe' : 'claude';
  const base = `claude-code-${process.platform}-${process.arch}`;
  for (const name of [base, `${base}-musl`]) {
    const candidate = path.join(scope, name, exe);
    if (existsSync(candidate) && isBinary(candidate)) return candidate;
  }
  return null;
}
