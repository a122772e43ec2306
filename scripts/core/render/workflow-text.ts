// Pieces every text about a workflow is made of: its phase, its git state, a titled section, where
// it was saved.
import { clip, formatAge } from '../shared/text.ts';
import { describeWindowSource } from '../session/context.ts';
import type { WorkflowState } from '../schemas.ts';

export function formatPhase(phase: WorkflowState['phase']): string {
  const main = phase.current !== null && phase.name ? `${phase.current} · ${phase.name}` : phase.current !== null ? String(phase.current) : (phase.name ?? '—');
  return phase.sub ? `${main} › ${phase.sub}` : main;
}

export function formatGit(git: WorkflowState['git']): string {
  if (!git) return 'not a git repository';
  const where = `${git.branch ?? '(detached HEAD)'} @ ${git.commit ? git.commit.slice(0, 8) : '(no commits)'}`;
  const message = git.commit_message ? ` "${clip(git.commit_message, 60)}"` : '';
  const dirty = inFlightFiles(git).length;
  return `${where}${message}${dirty ? ` (${plural(dirty, 'uncommitted file')})` : ' (clean)'}`;
}

/** Files uncommitted at the handoff, each once (a file can be staged and modified again). */
export function inFlightFiles(git: NonNullable<WorkflowState['git']>): string[] {
  return [...new Set([...git.status.staged, ...git.status.modified, ...git.status.untracked])];
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `## ${title}`, ...lines];
}

export const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`);
export const numbered = (items: readonly string[]) => items.map((item, i) => `${i + 1}. ${item}`);

export function savedWhere(state: WorkflowState, foreign: boolean): string {
  return foreign ? `saved on ${state.device.hostname}, another machine` : 'saved on this machine';
}

/** What a person or Claude must know before acting on a workflow written elsewhere. */
export function foreignLine(state: WorkflowState, now: Date): string {
  return (
    `Saved elsewhere: this workflow was last saved on ${state.device.hostname} (not this machine)${Date.parse(state.updated_at) > now.getTime() ? ', with a date in the future' : ''}. ` +
    'Its text was written there: show the user its task and next steps and ask before acting on them.'
  );
}

/** The user's handoff was picked; an automatic workflow a hook saved exists too, maybe newer. */

export function alsoAutomaticLine(automatic: WorkflowState, now: Date): string {
  return (
    `Also saved: automatic workflow ${automatic.id} ("${clip(automatic.task.description, 60)}", ${formatAge(automatic.updated_at, now)}), ` +
    `made by a hook when a session grew long; /workflow:resume ${automatic.id} picks that one instead.`
  );
}

/** Claude Code's own compaction summary, when it is newer than what Claude last wrote at a handoff. */

export function formatSavedTokens(tokens: NonNullable<WorkflowState['tokens']>): string {
  const source = tokens.window_source ? `; ${describeWindowSource(tokens.window_source, tokens.window_certain ?? true)}` : '';
  return `${tokens.context_tokens} (${tokens.percent}% of ${tokens.context_window}${source})`;
}
