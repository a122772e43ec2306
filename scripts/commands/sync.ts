import { WorkflowError } from '../core/shared/errors.ts';
import { openSyncBackend } from '../core/sync/backend.ts';
import { DEFAULT_REMOTE, isResolution, RESOLUTIONS } from '../core/sync/model.ts';
import { renderDivergence, renderPull, renderPush, renderResolved, renderSyncStatus } from '../core/sync/render.ts';
import { usageError, type Command } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

const usage =
  'sync push [id] | pull [id] | status | resolve <id> [--use local|remote|merge|both]   [--remote <name>] (default origin; WORKFLOW_SYNC_DIR or sync.dir: a synced folder instead)';

function syncUsageError(message: string): WorkflowError {
  return usageError(command, message);
}

export const command: Command = {
  usage,
  summary: 'Shares workflows through a git remote or a synced folder.',
  help: [
    ['push [id]', 'send workflows (all, or one)'],
    ['pull [id]', 'take workflows saved elsewhere'],
    ['status', 'compare this store with the other side'],
    ['resolve <id>', 'settle a workflow changed on both sides'],
    ['--use WHICH', 'with resolve: local, remote, merge or both'],
    ['--remote NAME', 'the git remote (default origin, or sync.remote)'],
  ],
  options: { remote: { type: 'string' }, use: { type: 'string' } },
  async run(ctx) {
    const [sub, ref, ...extra] = ctx.positionals;
    // pull may name a workflow this store does not have yet: only the ones here resolve
    const id = sub === 'pull' ? ref : workflowArg(ctx, ref);
    if (extra.length > 0) throw syncUsageError(`sync: unexpected argument "${extra[0]}"`);
    if (sub !== 'push' && sub !== 'pull' && sub !== 'status' && sub !== 'resolve') throw syncUsageError('sync needs push, pull, status or resolve');
    const place = ctx.place();
    // --remote names a git remote and wins; else a sync folder (WORKFLOW_SYNC_DIR, `sync.dir`) when
    // one is set, else the `sync.remote` setting, else origin
    const explicit = typeof ctx.values.remote === 'string' ? ctx.values.remote : null;
    const settings = explicit === null ? (await import('../core/shared/config.ts')).loadConfig(place.projectDir, ctx.env).config.sync : null;
    const target = await openSyncBackend(place, ctx.env, { remote: explicit ?? (settings?.remote || DEFAULT_REMOTE), ...(settings?.dir ? { dir: settings.dir } : {}) });
    switch (sub) {
      case 'push': {
        const result = await target.push(id);
        return { text: renderPush(result), json: result };
      }
      case 'pull': {
        const result = await target.pull(id);
        return { text: renderPull(result, target.nothingPulled), json: result };
      }
      case 'status': {
        if (id) throw syncUsageError('sync status takes no id');
        const workflows = await target.status();
        return {
          text: renderSyncStatus(workflows, target.statusHeading, target.nothingToShow),
          json: { remote: target.name, workflows },
        };
      }
      case 'resolve': {
        if (!id) throw syncUsageError('sync resolve needs the workflow id');
        const use = ctx.values.use;
        if (use === undefined) {
          const divergence = await target.describe(id);
          return { text: renderDivergence(divergence, target.label), json: divergence };
        }
        if (typeof use !== 'string' || !isResolution(use)) throw syncUsageError(`--use ${String(use)}: expected one of ${RESOLUTIONS.join(', ')}`);
        const result = await target.resolve(id, use);
        return { text: renderResolved(id, result.use, result.imported_as, target.resolvedWhere), json: result };
      }
      default:
        return sub satisfies never;
    }
  },
};
