#!/usr/bin/env node
// Installs the Claude Code CLI that the end-to-end suite runs into test/e2e/node_modules (never the
// plugin root), from test/e2e/package-lock.json. A no-op when the locked version is already there,
// so `npm test` stays fast after the first run. Runs unattended: CI=true, no stdin.
import { spawnSync } from 'node:child_process';
import { E2E_DIR, findClaudeBinary, installedVersion, lockedVersion } from './claude-bin.mjs';

const wanted = lockedVersion();
if (!wanted) {
  console.error('install-cli: test/e2e/package-lock.json pins no @anthropic-ai/claude-code');
  process.exit(1);
}
if (installedVersion() === wanted && findClaudeBinary()) process.exit(0);

console.error(`install-cli: installing @anthropic-ai/claude-code@${wanted} into test/e2e/node_modules`);
const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
  cwd: E2E_DIR,
  stdio: ['ignore', 'inherit', 'inherit'],
  // npm is npm.cmd on Windows, which only a shell can start.
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  console.error(`install-cli: npm ci failed (${result.error?.message ?? `exit ${result.status}`})`);
  process.exit(1);
}
if (installedVersion() !== wanted || !findClaudeBinary()) {
  console.error(`install-cli: npm ci finished but no claude binary for ${process.platform}-${process.arch} is in test/e2e/node_modules`);
  process.exit(1);
}
