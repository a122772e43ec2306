// The floor under a command's row: Node starting a CommonJS file (as dist/cli.cjs is one) that
// runs the git processes the command runs, all at once, waits for them and does nothing else. No
// implementation of the command in Node can take less; the row's distance above it is what the
// plugin adds. Each argument is one git command line as a JSON array.
//
//   node bench/git-floor.cjs '["status","--porcelain"]' '["log","-1"]'
'use strict';
const { execFile } = require('node:child_process');

for (const raw of process.argv.slice(2)) {
  const args = JSON.parse(raw);
  execFile('git', args, { maxBuffer: 256 * 1024 * 1024 }, (error) => {
    if (!error) return;
    process.stderr.write(`git-floor: git ${args.join(' ')}: ${error.message}\n`);
    process.exitCode = 1;
  });
}
