import { parseWorkLogOptions, readWorkLog, renderWorkLog, selectWorkLog, workLogJson, type ArchivedHistory } from '../core/store/worklog.ts';
import { existingIds } from '../core/store/store-ids.ts';
import { handlesOf } from '../core/store/workflow-ref.ts';
import { usageError, type Command, type OptionValues } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

function strings(values: OptionValues, key: string): string[] {
  const value = values[key];
  return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}

function string(values: OptionValues, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
}

export const command: Command = {
  usage: 'log [id] [--device NAME]… [--event E]… [--since DATE] [--until DATE] [--limit N] [--archived]   (newest first, 50 by default)',
  summary: 'Shows who worked on which workflow, where and when.',
  help: [
    ['id', 'one workflow (all of them without it)'],
    ['--device NAME', 'entries from devices whose name contains NAME (repeatable)'],
    ['--event E', 'handoff, resume, checkpoint, pause, complete or cancel (repeatable)'],
    ['--since DATE', 'entries from DATE on (YYYY-MM-DD or an ISO date-time)'],
    ['--until DATE', 'entries up to DATE'],
    ['--limit N', 'at most N entries (default 50, 0 for all)'],
    ['--archived', 'include archived workflows'],
  ],
  options: {
    device: { type: 'string', multiple: true },
    event: { type: 'string', multiple: true },
    since: { type: 'string' },
    until: { type: 'string' },
    limit: { type: 'string' },
    archived: { type: 'boolean' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 1) throw usageError(command, 'log takes at most one workflow id');
    const id = workflowArg(ctx, ctx.positionals[0]) ?? null;
    // options first: a bad date is a usage error even in a project without workflows
    const filter = parseWorkLogOptions({
      device: strings(ctx.values, 'device'),
      event: strings(ctx.values, 'event'),
      since: string(ctx.values, 'since'),
      until: string(ctx.values, 'until'),
      limit: string(ctx.values, 'limit'),
    });
    const { storeDir } = ctx.place();
    let archives: ArchivedHistory[] = [];
    if (ctx.values.archived === true) {
      // loaded only here: unpacking archives is the slow part, and only --archived pays for it
      const { readArchivedHistories } = await import('../core/store/archive.ts');
      const read = readArchivedHistories(storeDir, id);
      for (const problem of read.problems) process.stderr.write(`warning: ${problem}\n`);
      archives = read.histories;
    }
    const selection = selectWorkLog(readWorkLog(storeDir, id, archives), filter);
    const handles = handlesOf([...new Set([...existingIds(storeDir), ...selection.entries.map((e) => e.workflow)])]);
    return { text: renderWorkLog(selection, { workflow: id, filter, handles, width: ctx.width }), json: workLogJson(selection) };
  },
};
