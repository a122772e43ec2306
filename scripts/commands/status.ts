import { renderStatus, toWorkflowRow } from '../core/render.ts';
import { currentWorkflow } from '../core/store.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'status',
  options: {},
  async run(ctx) {
    const { current, all, problems } = currentWorkflow(ctx.place());
    for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
    const state = current?.state ?? null;
    return {
      text: renderStatus(state, all.length - (state ? 1 : 0), ctx.now),
      json: { current: state ? { ...toWorkflowRow(state), state } : null, workflows: all.length, warnings: current?.warnings ?? [] },
    };
  },
};
