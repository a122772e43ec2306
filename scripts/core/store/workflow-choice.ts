// Which workflow a bare resume or a session start means, decided on the few fields a quick look at
// each state.json gives (StatePeek): the rule itself, for store-choice.ts's reads and for the
// hooks' quick paths, which take the fields from the state memo (held-states.ts).
import type { StatePeek, WorkflowStatus } from '../schemas.ts';
import { isForeign } from './workflow-origin.ts';

const RESUMABLE: readonly WorkflowStatus[] = ['active', 'paused', 'waiting_approval'];

export function isResumable(state: { status: WorkflowStatus }): boolean {
  return RESUMABLE.includes(state.status);
}

export interface Choice<T> {
  current: T | null;
  /** the most recent automatic one, when another was picked, so that it can be named */
  automatic: T | null;
}

/**
 * The most recently updated workflow the user saved that can be resumed, else the most recent
 * automatic one (a hook made it; it must not shadow the user's handoff). `items` newest first.
 */
export function choose<T extends { state: StatePeek }>(items: readonly T[]): Choice<T> {
  const resumable = items.filter(({ state }) => isResumable(state));
  // one saved elsewhere (pulled, imported, committed by someone) never displaces this machine's
  // own, whatever date it claims
  const ranked = [...resumable.filter(({ state }) => !isForeign(state)), ...resumable.filter(({ state }) => isForeign(state))];
  const saved = ranked.find(({ state }) => !state.automatic) ?? null;
  const automatic = ranked.find(({ state }) => state.automatic) ?? null;
  const current = saved && automatic && isForeign(saved.state) && !isForeign(automatic.state) ? automatic : (saved ?? automatic);
  return { current, automatic: current === saved ? automatic : null };
}
