import { describe, expect, it } from 'vitest';
import { HandoffInput, HistoryEntry, SessionStartInput, WorkflowState } from '../../scripts/core/schemas.ts';
import { SCHEMA_VERSION } from '../../scripts/core/shared/state-fields.ts';
import { makeState } from '../helpers/fixtures.ts';

/** A deep copy of a valid state with one change at a dotted path (`git.status.modified`). */
function withField(path: string, value: unknown): Record<string, unknown> {
  const state = structuredClone(makeState()) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let target: Record<string, unknown> = state;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1) as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return state;
}

describe('WorkflowState', () => {
  it('accepts a full valid state unchanged', () => {
    const state = makeState();
    expect(WorkflowState.parse(state)).toEqual(state);
  });

  it.each([
    ['git', null],
    ['tokens', null],
    ['phase', { current: null, name: null }],
    ['task', { description: 'x', ticket_id: null }],
    ['status', 'waiting_approval'],
    ['created_at', '2026-03-14T12:00:00+02:00'],
    ['git.branch', null],
    ['git.commit', null],
    ['git.commit', 'a'.repeat(40)],
    ['git.commit', 'b'.repeat(64)], // a SHA-256 repository
  ])('accepts %s = %j', (field, value) => {
    expect(WorkflowState.safeParse(withField(field, value)).success).toBe(true);
  });

  it('fills the defaults of a phase', () => {
    const state = withField('phases', [{ num: 1, name: 'Design', status: 'pending' }]);
    expect(WorkflowState.parse(state).phases).toEqual([{ num: 1, name: 'Design', status: 'pending', deliverables: [], skip_reason: null }]);
  });

  it.each([
    ['schema_version', SCHEMA_VERSION + 1],
    ['schema_version', SCHEMA_VERSION - 1], // older files are migrated before this parse, never accepted as they are
    ['schema_version', '1'],
    ['schema_version', undefined],
    ['id', '../etc'],
    ['id', 'Fix-Login'],
    ['id', ''],
    ['status', 'done'],
    ['status', undefined],
    ['created_at', 'yesterday'],
    ['updated_at', '2026-03-14'],
    ['updated_at', 1710417600000],
    ['task', 'Fix the login bug'],
    ['task.description', undefined],
    ['task.ticket_id', 42],
    ['summary', null],
    ['phase.current', -1],
    ['phase.current', 1.5],
    ['phase.current', '2'],
    ['phases', [{ num: 1, name: 'Design', status: 'started' }]],
    ['phases', [{ num: -1, name: 'Design', status: 'pending' }]],
    ['phases', [{ num: 1, name: 'Design', status: 'completed', deliverables: ['design.md'] }]],
    ['phases', [{ num: 1, name: 'Design', status: 'completed', deliverables: [{ path: 'design.md', sha256: 'abc' }] }]],
    ['phase.sub', 3],
    ['accomplishments', 'one thing'],
    ['next_steps', [1, 2]],
    ['decisions', [null]],
    ['blockers', undefined],
    ['notes', {}],
    ['todos.active', [{ content: 'x', status: 'blocked' }]],
    ['todos', []],
    ['files_modified', [42]],
    ['agents', [{ type: 'Explore', description: 'x' }]],
    ['git.status.modified', 'a.ts'],
    ['git.is_clean', 'yes'],
    ['git.ahead', -1],
    // handed to git as a revision: one that reads as an option would be taken as one
    ['git.commit', '--output=/home/dev/.bashrc'],
    ['git.commit', 'HEAD'],
    ['git.commit', '0123456'],
    ['git.commit', 'A'.repeat(40)],
    ['git.commit', `${'a'.repeat(40)}\n`],
    ['git.commit', 'a'.repeat(41)],
    ['git', undefined],
    ['tokens', { context_tokens: 1, context_window: 0, percent: 0 }],
    ['tokens', { context_tokens: -5, context_window: 200000, percent: 0 }],
    ['device.hostname', undefined],
    ['project', { path: '/x' }],
    ['session', { id: 'x' }],
  ])('rejects %s = %j, naming that field', (field, value) => {
    const result = WorkflowState.safeParse(withField(field, value));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    // the issue points at the field (or inside it), not somewhere else
    expect(paths.some((p) => p === field || p.startsWith(`${field}.`) || (p !== '' && field.startsWith(`${p}.`)))).toBe(true);
  });
});

describe('HandoffInput', () => {
  it('accepts the documented snake_case fields', () => {
    const input = {
      id: 'fix-login-20260314-120000',
      task: { description: 'Fix login', ticket_id: 'AUTH-1' },
      ticket_id: 'AUTH-1',
      summary: 's',
      phase: { current: 2, name: 'Build' },
      status: 'paused',
      accomplishments: ['a'],
      next_steps: ['n'],
      decisions: ['d'],
      blockers: [],
      notes: ['x'],
      todos: [{ content: 't', status: 'pending' }],
      files_modified: ['src/a.ts'],
    };
    expect(HandoffInput.parse(input)).toEqual(input);
    expect(HandoffInput.parse({})).toEqual({});
  });

  it('takes a sub-phase, and deliverables as paths or {path, sha256}', () => {
    const parsed = HandoffInput.parse({
      phase: { current: 2, name: 'Build', sub: 'API' },
      phases: [{ num: 1, name: 'Design', status: 'completed', deliverables: ['design.md', { path: 'api.md' }] }],
    });
    expect(parsed.phase).toEqual({ current: 2, name: 'Build', sub: 'API' });
    expect(parsed.phases?.[0]?.deliverables).toEqual(['design.md', { path: 'api.md' }]);
  });

  it.each([
    [{ nextSteps: ['x'] }, 'unrecognized_keys'],
    [{ task: 'x', checksum: 'sha256:0' }, 'unrecognized_keys'],
    [{ next_steps: 'x' }, 'invalid_type'],
    [{ id: '../etc' }, 'invalid_format'],
    [{ status: 'done' }, 'invalid_value'],
    [{ phase: 2 }, 'invalid_union'],
    [{ todos: [{ content: 'x', status: 'blocked' }] }, 'invalid_value'],
  ])('rejects %j (%s)', (input, code) => {
    const result = HandoffInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe(code);
  });
});

describe('HistoryEntry and SessionStartInput', () => {
  it('accepts a history line and refuses an unknown event', () => {
    const entry = { at: '2026-03-14T12:00:00.000Z', event: 'handoff', device: 'laptop', branch: null, commit: null, summary: 's', session_id: null };
    expect(HistoryEntry.parse(entry)).toEqual(entry);
    expect(HistoryEntry.safeParse({ ...entry, event: 'deploy' }).success).toBe(false);
  });

  it('keeps unknown hook fields out, requires the SessionStart literal, and takes any source (fork, and later ones)', () => {
    const input = { session_id: 's', cwd: '/x', hook_event_name: 'SessionStart', source: 'clear', added_in_a_later_release: 1 };
    expect(SessionStartInput.parse(input)).toEqual({ session_id: 's', cwd: '/x', hook_event_name: 'SessionStart', source: 'clear' });
    expect(SessionStartInput.safeParse({ ...input, hook_event_name: 'Stop' }).success).toBe(false);
    expect(SessionStartInput.parse({ ...input, source: 'fork' }).source).toBe('fork');
    expect(SessionStartInput.parse({ ...input, source: 'reboot' }).source).toBe('reboot');
    const { source: _omitted, ...withoutSource } = input;
    expect(SessionStartInput.parse(withoutSource).source).toBe('startup');
  });
});
