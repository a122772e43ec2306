// The backend a store syncs through: a synced folder when one is set (WORKFLOW_SYNC_DIR or
// `sync.dir`), else the project's git remote. Each is loaded only when asked for.
import type { Place } from '../store/store.ts';
import type { SyncBackend } from './model.ts';

export interface SyncTarget {
  /** the git remote's name */
  remote: string;
  /** a synced folder, which wins over the remote when set */
  dir?: string;
}

export async function openSyncBackend(place: Place, env: NodeJS.ProcessEnv, target: SyncTarget): Promise<SyncBackend> {
  if (target.dir) return (await import('./folder.ts')).folderBackend(place, target.dir);
  return (await import('./git-remote.ts')).gitRemoteBackend(place, env, target.remote);
}
