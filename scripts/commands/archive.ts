import { archiveWorkflow } from '../core/archive.ts';
import { WorkflowError } from '../core/errors.ts';
import { renderArchived } from '../core/lifecycle-render.ts';
import type { Command } from './command.ts';

const usage = 'archive <id>   (packs the workflow into <store>/.archive/<id>.json.gz and removes its directory)';

export const command: Command = {
  usage,
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw new WorkflowError(`archive needs the workflow id\nusage: claude-workflow ${usage}`, 2);
    const result = archiveWorkflow(ctx.place(), id, ctx.env, ctx.now);
    return { text: renderArchived(result), json: result };
  },
};
