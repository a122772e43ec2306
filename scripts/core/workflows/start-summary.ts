// What a session start says of the workflow it offers, and of the ones it gives back after a
// compaction: one line for the user, the summary for Claude. The SessionStart hook and its quick
// path (held-start.ts) both word it here.
import type { WorkflowState } from '../schemas.ts';
import { assessStaleness } from '../git/compatibility.ts';
import { readHeadCommit } from '../git/git-head.ts';
import { renderPostCompactContext, renderSessionStartContext } from '../render/for-model.ts';
import { formatAge } from '../shared/text.ts';
import { isForeign } from '../store/workflow-origin.ts';

/** Age, and whether HEAD moved since the save: both cheap enough for every session start. */
export function staleReasons(state: WorkflowState, projectDir: string, staleAfterDays: number, now: Date): string[] {
  const reasons = assessStaleness(state.updated_at, 0, staleAfterDays, now).reasons;
  const head = state.git?.commit ? readHeadCommit(projectDir) : null;
  if (head && head !== state.git?.commit) reasons.push('HEAD has moved since the handoff');
  return reasons;
}

export interface StartOffer {
  state: WorkflowState;
  /** the most recent automatic workflow, when another was offered */
  automatic: WorkflowState | null;
  stale: readonly string[];
  /** how it was read, when not as it stands (from the backup, migrated) */
  read: string | null;
  /** the store's move, the automatic pull, ignored settings */
  note: string | null;
}

/** The hook's output for a start that offers a workflow. */
export function startOutput({ state, automatic, stale, read, note }: StartOffer, now: Date): { systemMessage: string; hookSpecificOutput: { hookEventName: 'SessionStart'; additionalContext: string } } {
  return {
    systemMessage:
      `workflow: "${state.task.description.slice(0, 60)}" is ${state.status} (saved ${formatAge(state.updated_at, now)}` +
      `${stale.length > 0 ? `, stale: ${stale.join('; ')}` : ''}${isForeign(state) ? `, saved on ${state.device.hostname}, another machine` : ''}` +
      `${read ? `, read ${read}` : ''}); /workflow:resume ${state.id} to pick it up` +
      `${automatic ? ` · automatic workflow ${automatic.id} also saved (${formatAge(automatic.updated_at, now)})` : ''}` +
      `${note ? ` · ${note}` : ''}`,
    hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: renderSessionStartContext(state, now, stale, automatic, isForeign(state)) },
  };
}

/**
 * After a compaction: the session's workflow (or the one its start showed) in full, then the other
 * shown one in short; `created` when the hook has just made the session's. Null for none.
 */
export function reinjectOutput(states: readonly WorkflowState[], created: string | null, now: Date): { systemMessage: string; hookSpecificOutput: { hookEventName: 'SessionStart'; additionalContext: string } } | null {
  const [first, second] = states;
  if (!first) return null;
  const context = [
    renderPostCompactContext(first, now, isForeign(first)),
    ...(second ? [renderSessionStartContext(second, now, [], null, isForeign(second))] : []),
  ].join('\n\n');
  return {
    systemMessage:
      `workflow: ${states.map((state) => state.id).join(' and ')} re-injected after compaction` +
      `${created ? `. Workflow ${created} was created automatically for this session.` : ''}`,
    hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: context },
  };
}
