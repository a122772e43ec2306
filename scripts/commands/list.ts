import { renderWorkflowTable, toWorkflowRow } from '../core/render.ts';
import { listWorkflows } from '../core/store.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'list',
  options: {},
  async run(ctx) {
    const { workflows, problems } = listWorkflows(ctx.place().storeDir);
    for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
    const rows = workflows.map(({ state }) => toWorkflowRow(state));
    return { text: renderWorkflowTable(rows, ctx.now), json: { workflows: rows } };
  },
};
