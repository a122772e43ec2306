import path from 'node:path';
import { importWorkflow, renderImported } from '../core/store/bundle-store.ts';
import { readPassphrase, refusePassphraseFlag } from '../core/store/passphrase.ts';
import { usageError, type Command } from './command.ts';

const usage = 'import <file> [--as <new-id>] [--force]   (verifies the bundle and adds the workflow, paused; an encrypted one takes the passphrase from WORKFLOW_PASSPHRASE or a prompt)';

export const command: Command = {
  usage,
  summary: 'Verifies a bundle and adds its workflow, paused.',
  help: [
    ['file', 'the bundle (an encrypted one takes its passphrase from WORKFLOW_PASSPHRASE or a prompt)'],
    ['--as ID', 'import it under another id'],
    ['--force', 'replace a workflow with the same id'],
  ],
  // declared only to be refused with a reason (passphrase.ts), never read
  options: { as: { type: 'string' }, force: { type: 'boolean' }, passphrase: { type: 'string' }, password: { type: 'string' } },
  async run(ctx) {
    refusePassphraseFlag(ctx.values);
    const file = ctx.positionals[0];
    if (!file) throw usageError(command, 'import needs the bundle file');
    const result = await importWorkflow(
      ctx.place(),
      path.resolve(ctx.cwd, file),
      { as: typeof ctx.values.as === 'string' ? ctx.values.as : null, force: ctx.values.force === true, passphrase: () => readPassphrase(ctx.env, { confirm: false }) },
      ctx.env,
      ctx.now,
    );
    return { text: renderImported(result, ctx.invocation), json: result };
  },
};
