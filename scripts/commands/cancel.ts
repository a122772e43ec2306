import { finishWorkflow } from '../core/store/lifecycle.ts';
import { renderFinished } from '../core/render/lifecycle-render.ts';
import { usageError, type Command } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

const usage = 'cancel <id> [--reason "…"]';

export const command: Command = {
  usage,
  summary: 'Marks a workflow cancelled.',
  help: [
    ['id', 'the workflow'],
    ['--reason "…"', 'why, kept in the history'],
  ],
  options: { reason: { type: 'string' } },
  async run(ctx) {
    const id = workflowArg(ctx, ctx.positionals[0]);
    if (!id) throw usageError(command, 'cancel needs the workflow id');
    const reason = typeof ctx.values.reason === 'string' && ctx.values.reason.trim() ? ctx.values.reason.trim() : null;
    const result = finishWorkflow(ctx.place(), id, 'cancelled', reason, ctx.env.CLAUDE_CODE_SESSION_ID || null, ctx.now);
    return { text: renderFinished(result, reason), json: { id: result.id, status: result.status } };
  },
};
