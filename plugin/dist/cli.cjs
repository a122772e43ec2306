#!/usr/bin/env node
// claude-workflow: runs dist/cli-commands.cjs from its cached compiled code (see
// dist/hooks/run.cjs), or for `statusline` and `resume` their own entries
'use strict';

const command = process.argv[2] ?? '';
const { runBundle } = require('./hooks/run.cjs');
if (command === 'statusline') runBundle('../cli-statusline');
else if (command === 'resume') runBundle('../cli-resume');
else runBundle('../cli-commands', command);
