import { unarchiveWorkflow } from '../core/store/archive.ts';
import { renderUnarchived } from '../core/render/lifecycle-render.ts';
import { usageError, type Command } from './command.ts';

const usage = 'unarchive <id>   (restores an archived workflow; refused when a workflow with that id exists)';

export const command: Command = {
  usage,
  summary: 'Restores an archived workflow.',
  help: [
    ['id', 'the archived workflow'],
  ],
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw usageError(command, 'unarchive needs the workflow id');
    const result = unarchiveWorkflow(ctx.place(), id);
    return { text: renderUnarchived(result), json: result };
  },
};
