// A workflow's files as sync carries them (state.json and history.jsonl; the lease, lock, backup
// and toon stay on the machine), read from the store and checked like any read.
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { READ_CAPS, readRegularText } from '../shared/safe-fs.ts';
import type { WorkflowState } from '../schemas.ts';
import { listWorkflows, STORE_FILES, workflowPath } from '../store/store.ts';
import { parseSealed, readSealed } from '../store/sealed.ts';

export interface WorkflowFiles {
  state: string;
  history: string | null;
}

export function historyPath(storeDir: string, id: string): string {
  return path.join(path.dirname(workflowPath(storeDir, id)), STORE_FILES.history);
}

export function readStoreFiles(storeDir: string, id: string): WorkflowFiles | null {
  const read = readSealed(workflowPath(storeDir, id));
  if (!read.ok) return null;
  let history: string | null = null;
  try {
    history = readRegularText(historyPath(storeDir, id), READ_CAPS.history);
  } catch {
    // a workflow without a history yet
  }
  return { state: read.text, history };
}

/** The state in files from the other side, checked as a read of the store checks it. */
export function stateOf(files: WorkflowFiles, label: string): WorkflowState {
  const read = parseSealed(files.state, label);
  if (!read.ok) throw new WorkflowError(read.problem);
  return read.state;
}

export function storeIds(storeDir: string): string[] {
  return listWorkflows(storeDir).workflows.map(({ state }) => state.id);
}
