import { unarchiveWorkflow } from '../core/archive.ts';
import { WorkflowError } from '../core/errors.ts';
import { renderUnarchived } from '../core/lifecycle-render.ts';
import type { Command } from './command.ts';

const usage = 'unarchive <id>   (restores an archived workflow; refused when a workflow with that id exists)';

export const command: Command = {
  usage,
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw new WorkflowError(`unarchive needs the workflow id\nusage: claude-workflow ${usage}`, 2);
    const result = unarchiveWorkflow(ctx.place(), id);
    return { text: renderUnarchived(result), json: result };
  },
};
