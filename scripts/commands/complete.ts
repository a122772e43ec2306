import { finishWorkflow } from '../core/store/lifecycle.ts';
import { renderFinished } from '../core/render/lifecycle-render.ts';
import { usageError, type Command } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

const usage = 'complete <id>';

export const command: Command = {
  usage,
  summary: 'Marks a workflow completed.',
  help: [
    ['id', 'the workflow'],
  ],
  options: {},
  async run(ctx) {
    const id = workflowArg(ctx, ctx.positionals[0]);
    if (!id) throw usageError(command, 'complete needs the workflow id');
    const result = finishWorkflow(ctx.place(), id, 'completed', null, ctx.env.CLAUDE_CODE_SESSION_ID || null, ctx.now);
    return { text: renderFinished(result, null), json: { id: result.id, status: result.status } };
  },
};
