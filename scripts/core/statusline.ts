import { spawnSync } from 'node:child_process';
import { formatPhase } from './render.ts';
import type { StatuslineInput, WorkflowState } from './schemas.ts';

const WRAPPED_TIMEOUT_MS = 2_000;

/** `ctx 42% of 200K · fix-login-… · 2 · Implementation`: short enough for any terminal. */
export function renderStatusline(input: StatuslineInput, workflow: WorkflowState | null): string {
  const parts: string[] = [];
  const used = input.context_window?.used_percentage;
  const size = input.context_window?.context_window_size;
  if (typeof used === 'number') parts.push(`ctx ${Math.round(used)}%${typeof size === 'number' ? ` of ${Math.round(size / 1000)}K` : ''}`);
  if (workflow) {
    const name = workflow.id.length > 32 ? `${workflow.id.slice(0, 31)}…` : workflow.id;
    parts.push(`wf ${name}`, formatPhase(workflow.phase));
  }
  return parts.join(' · ');
}

/** Runs the user's own status line command with the same input and returns its output. */
export function runWrappedStatusline(command: string, stdin: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, { shell: true, input: stdin, encoding: 'utf8', timeout: WRAPPED_TIMEOUT_MS, env });
  return (result.stdout ?? '').replace(/\s+$/, '');
}
