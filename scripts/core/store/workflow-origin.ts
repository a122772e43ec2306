// Where a workflow's text comes from. A store can hold workflows saved on other machines (pulled,
// imported, committed by someone): their text is somebody else's data, shown as such and never
// preferred over this machine's own.
import os from 'node:os';
import type { WorkflowState } from '../schemas.ts';

/** A margin for clocks that differ a little between machines. */
const FUTURE_SLACK_MS = 5 * 60_000;

// asked twice for each workflow when a store of them is ranked (workflow-choice.ts): one system
// call per process, not a hundred
let thisHost: string | undefined;
const hostname = (): string => (thisHost ??= os.hostname());

/**
 * Saved on another machine, or dated in the future (which no save of this machine can be): its
 * text was written by someone else, and is shown as their data.
 */
export function isForeign(state: Pick<WorkflowState, 'updated_at'> & { device: Pick<WorkflowState['device'], 'hostname'> }): boolean {
  return state.device.hostname !== hostname() || Date.parse(state.updated_at) > Date.now() + FUTURE_SLACK_MS;
}
