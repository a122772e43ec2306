import { renderWorkflowTable, toWorkflowRow } from '../core/render/tables.ts';
import { listWorkflows } from '../core/store/store.ts';
import { handlesOf } from '../core/store/workflow-ref.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'list [--archived]',
  summary: "Lists the project's workflows, newest first.",
  help: [
    ['--archived', 'list the archived workflows instead'],
  ],
  options: { archived: { type: 'boolean' } },
  async run(ctx) {
    if (ctx.values.archived === true) {
      // loaded only here: the plain listing stays as quick to start as it was
      const { listArchives } = await import('../core/store/archive.ts');
      const { renderArchiveTable } = await import('../core/render/lifecycle-render.ts');
      const { archives, problems } = listArchives(ctx.place().storeDir);
      for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
      return { text: renderArchiveTable(archives, ctx.now), json: { archived: archives } };
    }
    const { workflows, problems } = listWorkflows(ctx.place().storeDir);
    for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
    const handles = handlesOf(workflows.map(({ state }) => state.id));
    const rows = workflows.map((loaded) => toWorkflowRow(loaded, handles.get(loaded.state.id) ?? loaded.state.id));
    return { text: renderWorkflowTable(rows, ctx.now, ctx.width), json: { workflows: rows } };
  },
};
