import { kilo } from '../session/context.ts';
import { formatPhase } from './workflow-text.ts';
import type { StatuslineInput, WorkflowState } from '../schemas.ts';

/** `ctx 42% of 200K · wf fix-login · 2 · Implementation`: short enough for any terminal. */
export function renderStatusline(input: StatuslineInput, workflow: WorkflowState | null): string {
  const parts: string[] = [];
  const used = input.context_window?.used_percentage;
  const size = input.context_window?.context_window_size;
  if (typeof used === 'number') parts.push(`ctx ${Math.round(used)}%${typeof size === 'number' ? ` of ${kilo(size)}` : ''}`);
  if (workflow) {
    // the id's date suffix says nothing at a glance; the task's slug does
    const slug = workflow.id.replace(/-\d{8}-\d{6}(-\d+)?$/, '');
    const name = slug.length > 32 ? `${slug.slice(0, 31)}…` : slug;
    parts.push(`wf ${name}`, formatPhase(workflow.phase));
  }
  return parts.join(' · ');
}

/** The user's own status line (`--wrap`), then ours. */
export function joinStatusline(wrapped: string, ours: string): string {
  return [wrapped, ours].filter(Boolean).join('  │  ');
}
