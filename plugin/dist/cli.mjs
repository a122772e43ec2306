#!/usr/bin/env node
// claude-workflow: runs dist/cli.cjs from its cached compiled code (see dist/hooks/run.cjs), or
// for `statusline` the much smaller dist/cli-statusline.cjs
import { createRequire } from 'node:module';

const command = process.argv[2] ?? '';
const { runBundle } = createRequire(import.meta.url)('./hooks/run.cjs');
if (command === 'statusline') runBundle('../cli-statusline');
else runBundle('../cli', command);
