import { WorkflowError } from '../core/errors.ts';
import { finishWorkflow } from '../core/lifecycle.ts';
import { renderFinished } from '../core/lifecycle-render.ts';
import type { Command } from './command.ts';

const usage = 'complete <id>';

export const command: Command = {
  usage,
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id) throw new WorkflowError(`complete needs the workflow id\nusage: claude-workflow ${usage}`, 2);
    const result = finishWorkflow(ctx.place(), id, 'completed', null, ctx.env.CLAUDE_CODE_SESSION_ID || null, ctx.now);
    return { text: renderFinished(result, null), json: { id: result.id, status: result.status } };
  },
};
