// Fixed, fully specified states and change reports for pure-function tests.
import type { Changes } from '../../scripts/core/git/changes-since.ts';
import { WorkflowState } from '../../scripts/core/schemas.ts';
import { SCHEMA_VERSION } from '../../scripts/core/shared/state-fields.ts';
import type { z } from 'zod';

/** "now" of every rendering test; states below are saved 3 hours before it. */
export const NOW = new Date('2026-03-14T15:00:00.000Z');
export const SAVED_AT = '2026-03-14T12:00:00.000Z';

/** A full valid state, parsed so that schema defaults added later are filled in too. */
export function makeState(overrides: Partial<z.input<typeof WorkflowState>> = {}): WorkflowState {
  return WorkflowState.parse({
    schema_version: SCHEMA_VERSION,
    id: 'fix-login-bug-20260314-120000',
    status: 'paused',
    created_at: '2026-03-14T09:30:00.000Z',
    updated_at: SAVED_AT,
    task: { description: 'Fix the login bug on Safari', ticket_id: 'AUTH-42' },
    summary: 'The cookie is dropped because SameSite=None lacks Secure. Fix is written, tests pending.',
    phase: { current: 2, name: 'Implementation' },
    phases: [
      { num: 1, name: 'Design', status: 'completed', deliverables: [{ path: 'design.md', sha256: '58b5963abc178dc83db01cc9be9f3dcd7aa85f6b7ceeee354cb26bb092353cd3' }], skip_reason: null },
      { num: 2, name: 'Implementation', status: 'in_progress', deliverables: [], skip_reason: null },
      { num: 3, name: 'Review', status: 'pending', deliverables: [], skip_reason: null },
    ],
    accomplishments: ['Reproduced the bug in Safari 17', 'Set Secure on the session cookie'],
    next_steps: ['Add a regression test for the cookie flags', 'Open the pull request'],
    decisions: ['Keep SameSite=None because the login is embedded in an iframe'],
    blockers: ['Staging certificate expired (ops ticket OPS-7)'],
    notes: ['Safari only shows the cookie warning in the Storage tab'],
    todos: {
      active: [
        { content: 'Write the regression test', status: 'in_progress' },
        { content: 'Update CHANGELOG', status: 'pending' },
      ],
      completed: [{ content: 'Reproduce the bug', status: 'completed' }],
    },
    files_modified: ['src/session.ts'],
    agents: [{ type: 'Explore', description: 'find cookie code', done: true }],
    git: {
      branch: 'fix/login-safari',
      commit: '0123456789abcdef0123456789abcdef01234567',
      commit_message: 'Set Secure on the session cookie',
      status: { modified: ['src/session.ts'], staged: [], untracked: ['test/cookie.test.ts'] },
      is_clean: false,
      ahead: 1,
      behind: 0,
    },
    tokens: { context_tokens: 120_000, context_window: 200_000, percent: 60 },
    device: { hostname: 'laptop', platform: 'linux-x64', node_version: 'v20.0.0', plugin_version: '0.1.0' },
    project: { path: '/home/dev/app', name: 'app' },
    session: { id: 'session-1', transcript_path: null },
    ...overrides,
  });
}

export function noChanges(overrides: Partial<Changes> = {}): Changes {
  return {
    new_commits: [],
    new_commit_count: overrides.new_commits?.length ?? 0,
    files_changed: [],
    branch_changed: false,
    current_branch: 'fix/login-safari',
    uncommitted: [],
    conflicts: [],
    missing_files: [],
    upstream: null,
    ...overrides,
  };
}
