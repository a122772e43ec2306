import { archiveWorkflow } from '../core/store/archive.ts';
import { renderArchived } from '../core/render/lifecycle-render.ts';
import { usageError, type Command } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

const usage = 'archive <id>   (packs the workflow into <store>/.archive/<id>.json.gz and removes its directory)';

export const command: Command = {
  usage,
  summary: "Packs a workflow into the store's .archive folder.",
  help: [
    ['id', 'the workflow'],
  ],
  options: {},
  async run(ctx) {
    const id = workflowArg(ctx, ctx.positionals[0]);
    if (!id) throw usageError(command, 'archive needs the workflow id');
    const result = archiveWorkflow(ctx.place(), id, ctx.env, ctx.now);
    return { text: renderArchived(result), json: result };
  },
};
