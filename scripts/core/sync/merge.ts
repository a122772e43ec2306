// What both backends do with a diverged workflow: a side for the user to compare, and the store
// after each resolution (local, remote, merge, both). How the result is recorded for the other
// side (a commit, a version) is the backend's.
import { assertWorkflowId } from '../store/ids.ts';
import { HistoryEntry, type WorkflowState } from '../schemas.ts';
import { freeWorkflowId, replaceWorkflowFiles, updateWorkflow, writeFileAtomic } from '../store/store.ts';
import { historyPath, readStoreFiles, type WorkflowFiles } from './files.ts';
import type { Resolution, SideSummary } from './model.ts';

export function summarize(state: WorkflowState, commit: string): SideSummary {
  const phase = state.phase.current !== null || state.phase.name ? [state.phase.current, state.phase.name].filter((p) => p !== null).join(': ') : null;
  return {
    commit,
    device: state.device.hostname,
    updated_at: state.updated_at,
    status: state.status,
    phase,
    progress: {
      accomplishments: state.accomplishments.length,
      next_steps: state.next_steps.length,
      decisions: state.decisions.length,
      blockers: state.blockers.length,
      todos_active: state.todos.active.length,
      todos_completed: state.todos.completed.length,
    },
    next_steps: state.next_steps,
  };
}

function union<T>(local: readonly T[], remote: readonly T[], key: (item: T) => string = (item) => JSON.stringify(item)): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of [...local, ...remote]) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/**
 * Both sides' lists without duplicates (local order first, then what only the remote has), the
 * scalar fields of the side saved last. A todo completed on either side is completed.
 */
export function mergeStates(local: WorkflowState, remote: WorkflowState): WorkflowState {
  const newer = remote.updated_at > local.updated_at ? remote : local;
  const completed = union(local.todos.completed, remote.todos.completed, (t) => t.content);
  const done = new Set(completed.map((t) => t.content));
  return {
    ...newer,
    id: local.id,
    created_at: local.created_at < remote.created_at ? local.created_at : remote.created_at,
    updated_at: newer.updated_at,
    accomplishments: union(local.accomplishments, remote.accomplishments),
    decisions: union(local.decisions, remote.decisions),
    blockers: union(local.blockers, remote.blockers),
    next_steps: union(local.next_steps, remote.next_steps),
    notes: union(local.notes, remote.notes),
    files_modified: union(local.files_modified, remote.files_modified),
    todos: {
      active: union(local.todos.active, remote.todos.active, (t) => t.content).filter((t) => !done.has(t.content)),
      completed,
    },
  };
}

/** Both histories, each line once, ordered by time (a line that does not parse is dropped). */
export function mergeHistories(local: string | null, remote: string | null): string | null {
  if (local === null && remote === null) return null;
  const lines = union(
    [...(local ?? '').split('\n'), ...(remote ?? '').split('\n')].filter((line) => line.trim() !== ''),
    [],
    (line) => line,
  );
  const dated: { at: string; line: string }[] = [];
  for (const line of lines) {
    try {
      const parsed = HistoryEntry.safeParse(JSON.parse(line));
      if (parsed.success) dated.push({ at: parsed.data.at, line });
    } catch {
      // a line torn by a crash on either machine
    }
  }
  // stable: entries of the same instant keep local-then-remote order
  dated.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return dated.map((d) => `${d.line}\n`).join('');
}

export function remoteCopyId(storeDir: string, id: string, device: string): string {
  const suffix =
    device
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'remote';
  // ids are at most 81 characters; room is kept for freeWorkflowId's "-2"
  const base = `${id.slice(0, 81 - suffix.length - 4).replace(/-+$/, '')}-${suffix}`;
  return freeWorkflowId(storeDir, assertWorkflowId(base));
}

export interface ResolutionSide {
  files: WorkflowFiles;
  state: WorkflowState;
}

/**
 * Applies `use` to the store: the files the workflow holds afterwards, and the id the remote side
 * was kept under (`both`). With `remote`, the local state.json becomes state.backup.json: the
 * overwritten side stays recoverable.
 */
export function applyResolution(storeDir: string, id: string, use: Resolution, local: ResolutionSide, remote: ResolutionSide): { files: WorkflowFiles; importedAs: string | null } {
  switch (use) {
    case 'local':
      return { files: local.files, importedAs: null };
    case 'remote':
      replaceWorkflowFiles(storeDir, id, remote.files);
      return { files: remote.files, importedAs: null };
    case 'merge': {
      updateWorkflow(storeDir, id, () => mergeStates(local.state, remote.state));
      const history = mergeHistories(local.files.history, remote.files.history);
      if (history !== null) writeFileAtomic(historyPath(storeDir, id), history);
      const current = readStoreFiles(storeDir, id);
      if (!current) throw new Error(`workflow ${id} cannot be read right after its merge was saved`);
      return { files: current, importedAs: null };
    }
    case 'both': {
      const copyId = remoteCopyId(storeDir, id, remote.state.device.hostname);
      updateWorkflow(storeDir, copyId, () => ({ ...remote.state, id: copyId }));
      if (remote.files.history !== null) writeFileAtomic(historyPath(storeDir, copyId), remote.files.history);
      return { files: local.files, importedAs: copyId };
    }
    default:
      return use satisfies never;
  }
}
