// Where the Claude Code native binary of test/e2e/node_modules is. Its postinstall copies the
// platform binary over bin/claude.exe; when install scripts did not run (npm's allowScripts, or
// --ignore-scripts) that file is a small placeholder and the platform package holds the binary.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const SCOPE = path.join(E2E_DIR, 'node_modules', '@anthropic-ai');
// The placeholder is a few hundred bytes; the real binary is hundreds of MB.
const MIN_BINARY_BYTES = 1024 * 1024;

/** The claude-code version that test/e2e/package-lock.json pins. */
export function lockedVersion() {
  const lock = JSON.parse(readFileSync(path.join(E2E_DIR, 'package-lock.json'), 'utf8'));
  return lock.packages?.['node_modules/@anthropic-ai/claude-code']?.version ?? null;
}

/** The claude-code version installed in test/e2e/node_modules, or null. */
export function installedVersion() {
  try {
    return JSON.parse(readFileSync(path.join(SCOPE, 'claude-code', 'package.json'), 'utf8')).version ?? null;
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

/** The native claude binary, or null when none is installed for this platform. */
export function findClaudeBinary() {
  const wrapper = path.join(SCOPE, 'claude-code', 'bin', 'claude.exe');
  if (isBinary(wrapper)) return wrapper;
  const exe = process.platform === 'win32' ? 'claude.exe' : 'claude';
  const base = `claude-code-${process.platform}-${process.arch}`;
  for (const name of [base, `${base}-musl`]) {
    const candidate = path.join(SCOPE, name, exe);
    if (existsSync(candidate) && isBinary(candidate)) return candidate;
  }
  return null;
}
