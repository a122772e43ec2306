import { WorkflowError } from '../core/errors.ts';
import { finishWorkflow } from '../core/lifecycle.ts';
import { renderFinished } from '../core/lifecycle-render.ts';
import type { Command } from './command.ts';

const usage = 'cancel <id> [--reason "…"]';

export const command: Command = {
  usage,
  options: { reason: { type: 'string' } },
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw new WorkflowError(`cancel needs the workflow id\nusage: claude-workflow ${usage}`, 2);
    const reason = typeof ctx.values.reason === 'string' && ctx.values.reason.trim() ? ctx.values.reason.trim() : null;
    const result = finishWorkflow(ctx.place(), id, 'cancelled', reason, ctx.env.CLAUDE_CODE_SESSION_ID || null, ctx.now);
    return { text: renderFinished(result, reason), json: { id: result.id, status: result.status } };
  },
};
