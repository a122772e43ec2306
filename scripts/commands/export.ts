import path from 'node:path';
import { checkExportTarget, defaultBundlePath, exportWorkflow, renderExported } from '../core/store/bundle-store.ts';
import { readPassphrase, refusePassphraseFlag } from '../core/store/passphrase.ts';
import { usageError, type Command } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

const usage = 'export <id> [--out <file>] [--encrypt] [--force]   (one file with the workflow and its history; default <id>.workflow; --encrypt takes the passphrase from WORKFLOW_PASSPHRASE or a prompt)';

export const command: Command = {
  usage,
  summary: 'Writes a workflow and its history to one bundle file.',
  help: [
    ['id', 'the workflow'],
    ['--out FILE', 'where to write it (default: <id>.workflow in the current directory)'],
    ['--encrypt', 'encrypt it; the passphrase comes from WORKFLOW_PASSPHRASE or a prompt'],
    ['--force', 'replace an existing file'],
  ],
  // declared only to be refused with a reason (passphrase.ts), never read
  options: { out: { type: 'string' }, encrypt: { type: 'boolean' }, force: { type: 'boolean' }, passphrase: { type: 'string' }, password: { type: 'string' } },
  async run(ctx) {
    refusePassphraseFlag(ctx.values);
    const id = workflowArg(ctx, ctx.positionals[0]);
    if (!id) throw usageError(command, 'export needs the workflow id');
    const out = typeof ctx.values.out === 'string' ? (ctx.values.out === '-' ? '-' : path.resolve(ctx.cwd, ctx.values.out)) : defaultBundlePath(ctx.cwd, id);
    const force = ctx.values.force === true;
    checkExportTarget(out, force); // a wrong --out fails before the passphrase is asked for
    const passphrase = ctx.values.encrypt === true ? () => readPassphrase(ctx.env, { confirm: true }) : null;
    const result = await exportWorkflow(ctx.place(), id, { out, force, passphrase }, ctx.now);
    return { text: renderExported(result), json: result };
  },
};
