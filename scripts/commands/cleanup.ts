import { loadConfig } from '../core/shared/config.ts';
import { cleanupPolicy, cleanupWorkflows, parseDays, parseStatuses } from '../core/store/lifecycle.ts';
import { renderCleanup } from '../core/render/lifecycle-render.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'cleanup [--dry-run] [--older-than DAYS] [--pattern "GLOB"] [--status S]…   (default: completed after 30 days, cancelled after 7)',
  summary: 'Deletes finished workflows past their retention.',
  help: [
    ['--dry-run', 'say what would be deleted, delete nothing'],
    ['--older-than DAYS', 'only workflows last saved at least DAYS days ago'],
    ['--pattern "GLOB"', 'only ids matching the glob (* and ?)'],
    ['--status S', 'only workflows with this status (repeatable)'],
  ],
  options: {
    'dry-run': { type: 'boolean' },
    'older-than': { type: 'string' },
    pattern: { type: 'string' },
    status: { type: 'string', multiple: true },
  },
  async run(ctx) {
    const place = ctx.place();
    const { config, problems } = loadConfig(place.projectDir, ctx.env);
    for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
    const olderThan = ctx.values['older-than'];
    const statuses = ctx.values.status;
    const policy = cleanupPolicy(config.retention, {
      statuses: parseStatuses(Array.isArray(statuses) ? statuses.filter((s) => typeof s === 'string') : []),
      olderThanDays: typeof olderThan === 'string' ? parseDays('--older-than', olderThan) : null,
      pattern: typeof ctx.values.pattern === 'string' ? ctx.values.pattern : null,
    });
    const report = cleanupWorkflows(place, policy, ctx.values['dry-run'] === true, ctx.env, ctx.now);
    return {
      text: renderCleanup(report),
      json: {
        deleted: report.deleted.map(({ id, status, age_days, reason }) => ({ id, status, age_days, reason })),
        kept: report.kept,
        dry_run: report.dry_run,
      },
    };
  },
};
