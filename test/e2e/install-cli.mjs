#!/usr/bin/env node
// Installs each Claude Code CLI of versions.json into test/e2e/cli/<version> (never the plugin
// root). A no-op for a version already there, so `npm test` stays fast after the first run.
// Runs unattended: CI=true, no stdin.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI_VERSIONS, cliDir, findClaudeBinary, installedVersion } from './claude-bin.mjs';

let failed = false;
for (const version of new Set(Object.values(CLI_VERSIONS))) {
  if (installedVersion(version) === version && findClaudeBinary(version)) continue;
  const dir = cliDir(version);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ private: true, dependencies: { '@anthropic-ai/claude-code': version } }, null, 2)}\n`,
  );
  console.error(`install-cli: installing @anthropic-ai/claude-code@${version} into test/e2e/cli/${version}`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    // npm is npm.cmd on Windows, which only a shell can start.
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`install-cli: npm install of ${version} failed (${result.error?.message ?? `exit ${result.status}`})`);
    failed = true;
  } else if (installedVersion(version) !== version || !findClaudeBinary(version)) {
    console.error(`install-cli: ${version} installed but no claude binary for ${process.platform}-${process.arch} is in ${dir}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
