#!/usr/bin/env node
// claude-workflow: runs dist/cli-commands.cjs from its cached compiled code (see
// dist/hooks/run.cjs), or for `statusline` the much smaller dist/cli-statusline.cjs; `resume`
// runs dist/cli-resume.cjs first
'use strict';

const command = process.argv[2] ?? '';
const { runBundle } = require('./hooks/run.cjs');
if (command === 'statusline') runBundle('../cli-statusline');
else {
  // resume's git walk starts first; without that file it starts with the command, as before
  if (command === 'resume') {
    try {
      runBundle('../cli-resume');
    } catch {}
  }
  runBundle('../cli-commands', command);
}
