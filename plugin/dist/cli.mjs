#!/usr/bin/env node
// claude-workflow, as dist/cli.cjs runs it: this name is kept for the commands and status lines
// written with it (dist/cli.cjs starts sooner: it is not an ES module)
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./cli.cjs');
