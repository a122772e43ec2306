import { WorkflowError } from '../core/errors.ts';
import type { Place } from '../core/store.ts';
import { DEFAULT_REMOTE, isResolution, RESOLUTIONS, type Divergence, type Resolution, type WorkflowSyncStatus } from '../core/sync.ts';
import { renderDivergence, renderPull, renderPush, renderResolved, renderSyncStatus } from '../core/sync-render.ts';
import { usageError, type Command } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

const usage =
  'sync push [id] | pull [id] | status | resolve <id> [--use local|remote|merge|both]   [--remote <name>] (default origin; WORKFLOW_SYNC_DIR or sync.dir: a synced folder instead)';

type Rows = { remote: string; workflows: { id: string; result: string }[] };

/** What the command needs of a backend; the git remote and the synced folder both provide it. */
interface SyncTarget {
  push(id: string | undefined): Promise<Rows>;
  pull(id: string | undefined): Promise<Rows>;
  status(): Promise<WorkflowSyncStatus[]>;
  describe(id: string): Promise<Divergence>;
  resolve(id: string, use: Resolution): Promise<{ use: Resolution; imported_as: string | null }>;
  /** the other side in json output: the remote's name, or `folder <dir>` */
  name: string;
  /** the other side's column in the diverged view */
  label: string;
  statusHeading: string;
  nothingPulled: string;
  nothingToShow: string;
  resolvedWhere: string;
}

async function gitTarget(place: Place, env: NodeJS.ProcessEnv, remote: string): Promise<SyncTarget> {
  const core = await import('../core/sync.ts');
  const open = () => core.openSyncRepo(place, env, remote);
  return {
    push: async (id) => core.pushWorkflows(await open(), id),
    pull: async (id) => core.pullWorkflows(await open(), id),
    status: async () => core.syncStatus(await open()),
    describe: async (id) => core.describeDivergence(await open(), id),
    resolve: async (id, use) => core.resolveDivergence(await open(), id, use),
    name: remote,
    label: remote,
    statusHeading: `against ${remote} as of the last pull or push:`,
    nothingPulled: `${remote} has no workflows`,
    nothingToShow: 'no workflows here or on the remote (as of the last pull)',
    resolvedWhere: '',
  };
}

async function folderTarget(place: Place, dir: string): Promise<SyncTarget> {
  const core = await import('../core/sync-folder.ts');
  const open = () => core.openSyncFolder(place, dir);
  const label = open().label;
  return {
    push: (id) => core.pushToFolder(open(), id),
    pull: (id) => core.pullFromFolder(open(), id),
    status: () => core.folderStatus(open()),
    describe: (id) => core.describeFolderDivergence(open(), id),
    resolve: (id, use) => core.resolveFolderDivergence(open(), id, use),
    name: label,
    label: 'folder',
    statusHeading: `against ${label}:`,
    nothingPulled: `${label} has no workflows of this project`,
    nothingToShow: `no workflows here or in ${label}`,
    resolvedWhere: ` to ${label}`,
  };
}

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
    const settings = explicit === null ? (await import('../core/config.ts')).loadConfig(place.projectDir, ctx.env).config.sync : null;
    const target = settings?.dir
      ? await folderTarget(place, settings.dir)
      : await gitTarget(place, ctx.env, explicit ?? (settings?.remote || DEFAULT_REMOTE));
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
