// Automatic sync (config `sync.auto`): a pull at session start, a push after a handoff. It never
// fails the hook or the handoff: what could not be done is one line saying the sync is pending.
import { WorkflowError } from '../shared/errors.ts';
import type { Place } from '../store/store.ts';
import { openSyncBackend, type SyncTarget } from './backend.ts';

const where = (target: SyncTarget): string => (target.dir ? `folder ${target.dir}` : target.remote);

/** SessionStart: a pull whose network part is given up after `timeoutMs`; one line for the user, or null. */
export async function autoPull(place: Place, env: NodeJS.ProcessEnv, target: SyncTarget, timeoutMs: number): Promise<string | null> {
  try {
    const backend = await openSyncBackend(place, env, target);
    // a repository without that remote has nothing to sync with
    if (!(await backend.configured())) return null;
    const { workflows } = await backend.pull(undefined, timeoutMs);
    const done = workflows.filter((w) => w.result === 'imported' || w.result === 'fast-forwarded').length;
    const diverged = workflows.filter((w) => w.result === 'diverged').map((w) => w.id);
    const refused = workflows.filter((w) => w.result === 'refused');
    const parts = [];
    if (done > 0) parts.push(`${done} workflow(s) updated from ${where(target)}`);
    if (diverged.length > 0) parts.push(`diverged: ${diverged.join(', ')} (claude-workflow sync resolve <id>)`);
    if (refused.length > 0) parts.push(`refused: ${refused.slice(0, 3).map((w) => w.id).join(', ')}${refused.length > 3 ? ` and ${refused.length - 3} more` : ''} (claude-workflow sync pull says why)`);
    return parts.length > 0 ? `sync: ${parts.join('; ')}` : null;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return `sync pending: could not pull from ${where(target)} (${error.message.replace(/^sync pull: /, '')})`;
  }
}

/** After a handoff: push that workflow; one line saying it was pushed or that the sync is pending. */
export async function autoPush(place: Place, env: NodeJS.ProcessEnv, target: SyncTarget, id: string): Promise<string> {
  try {
    await (await openSyncBackend(place, env, target)).push(id);
    return `sync: pushed to ${where(target)}`;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    return error.message.startsWith('sync pending') ? error.message : `sync pending: ${error.message}`;
  }
}
