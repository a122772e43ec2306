#!/usr/bin/env node
// claude-workflow: runs dist/cli.cjs from its cached compiled code (see dist/hooks/run.cjs)
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./hooks/run.cjs').runBundle('../cli');
