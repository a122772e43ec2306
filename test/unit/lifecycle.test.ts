// The pure parts of the life cycle (the id glob, the cleanup policy and selection, option parsing,
// the text) as tables, and the disk checks they rely on (liveness, safe deletion) on temp dirs.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../scripts/core/shared/config.ts';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';
import {
  ageInDays,
  cleanupPolicy,
  globToRegExp,
  parseDays,
  parseStatuses,
  removeWorkflowDir,
  selectForCleanup,
  type CleanupOptions,
  type CleanupPolicy,
} from '../../scripts/core/store/lifecycle.ts';
import { renderCleanup, renderFinished } from '../../scripts/core/render/lifecycle-render.ts';
import { LIVE_WINDOW_MS, isHeldByLiveSession, liveHolder } from '../../scripts/core/store/liveness.ts';
import type { WorkflowStatus } from '../../scripts/core/schemas.ts';
import { makeState } from '../helpers/fixtures.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';
import { formatBytes } from '../../scripts/core/shared/text.ts';

afterEach(cleanupTempDirs);

const NOW = new Date('2026-06-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const RETENTION = DEFAULT_CONFIG.retention;
const options = (overrides: Partial<CleanupOptions> = {}): CleanupOptions => ({ statuses: [], olderThanDays: null, pattern: null, ...overrides });

function thrown(fn: () => unknown): WorkflowError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe('globToRegExp', () => {
  it.each<[string, string, boolean]>([
    ['*', 'anything-20260101-000000', true],
    ['fix-*', 'fix-login-20260101-000000', true],
    ['fix-*', 'refix-login-20260101-000000', false],
    ['*-20260101-*', 'spike-20260101-101010', true],
    ['*-20260101-*', 'spike-20260102-101010', false],
    ['spike-2026010?-*', 'spike-20260109-101010', true],
    ['spike-2026010?-*', 'spike-2026010-101010', false],
    ['exact-id', 'exact-id', true],
    ['exact-id', 'exact-id-2', false],
    ['a.b', 'a.b', true], // the dot is literal, not "any character"
    ['a.b', 'axb', false],
    ['a+b', 'a+b', true],
    ['a+b', 'aab', false],
    ['(x)|[y]', '(x)|[y]', true],
    ['', '', true],
    ['', 'x', false],
    ['**', 'x', true],
    ['???', 'abc', true],
    ['???', 'abcd', false],
  ])('%j on %j → %s', (pattern, id, expected) => {
    expect(globToRegExp(pattern).test(id)).toBe(expected);
  });
});

describe('cleanupPolicy', () => {
  it.each<[string, Partial<CleanupOptions>, CleanupPolicy]>([
    [
      'defaults: the configured retention of completed and cancelled',
      {},
      { maxAgeDays: { completed: 30, cancelled: 7 }, ageSource: 'retention', statusesNamed: false, pattern: null },
    ],
    [
      '--older-than replaces both ages',
      { olderThanDays: 2 },
      { maxAgeDays: { completed: 2, cancelled: 2 }, ageSource: 'older-than', statusesNamed: false, pattern: null },
    ],
    [
      '--status narrows to one status, with its own age',
      { statuses: ['cancelled'] },
      { maxAgeDays: { cancelled: 7 }, ageSource: 'retention', statusesNamed: true, pattern: null },
    ],
    [
      '--status paused with --older-than may delete paused work',
      { statuses: ['paused', 'completed'], olderThanDays: 90 },
      { maxAgeDays: { paused: 90, completed: 90 }, ageSource: 'older-than', statusesNamed: true, pattern: null },
    ],
    [
      'a repeated status counts once; the pattern is kept',
      { statuses: ['completed', 'completed'], pattern: 'fix-*' },
      { maxAgeDays: { completed: 30 }, ageSource: 'retention', statusesNamed: true, pattern: 'fix-*' },
    ],
  ])('%s', (_name, given, expected) => {
    expect(cleanupPolicy(RETENTION, options(given))).toEqual(expected);
  });

  it('takes the retention from the configuration', () => {
    expect(cleanupPolicy({ completed_days: 90, cancelled_days: 1 }, options()).maxAgeDays).toEqual({ completed: 90, cancelled: 1 });
  });

  it.each<WorkflowStatus>(['paused', 'active', 'waiting_approval'])('refuses --status %s without --older-than (a usage error)', (status) => {
    const error = thrown(() => cleanupPolicy(RETENTION, options({ statuses: [status] })));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`--status ${status}`);
    expect(error.message).toContain('--older-than');
  });
});

describe('selectForCleanup', () => {
  const state = (id: string, status: WorkflowStatus, age: number) => makeState({ id, status, updated_at: daysAgo(age) });
  const STATES = [
    state('done-old-20260101-000000', 'completed', 31),
    state('done-young-20260101-000000', 'completed', 29),
    state('done-edge-20260101-000000', 'completed', 30), // exactly 30 days: not older than 30
    state('dropped-old-20260101-000000', 'cancelled', 8),
    state('dropped-young-20260101-000000', 'cancelled', 6.5),
    state('paused-ancient-20260101-000000', 'paused', 400),
    state('active-ancient-20260101-000000', 'active', 400),
    state('gate-ancient-20260101-000000', 'waiting_approval', 400),
  ];
  const ids = (list: readonly { id: string }[]) => list.map((w) => w.id);

  it.each<[string, Partial<CleanupOptions>, string[]]>([
    ['the default retention', {}, ['done-old-20260101-000000', 'dropped-old-20260101-000000']],
    ['--older-than 7', { olderThanDays: 7 }, ['done-old-20260101-000000', 'done-young-20260101-000000', 'done-edge-20260101-000000', 'dropped-old-20260101-000000']],
    ['--older-than 0: every finished one', { olderThanDays: 0 }, ['done-old-20260101-000000', 'done-young-20260101-000000', 'done-edge-20260101-000000', 'dropped-old-20260101-000000', 'dropped-young-20260101-000000']],
    ['--status cancelled', { statuses: ['cancelled'] }, ['dropped-old-20260101-000000']],
    ['--pattern done-*', { pattern: 'done-*' }, ['done-old-20260101-000000']],
    ['--pattern with --older-than', { pattern: '*-young-*', olderThanDays: 1 }, ['done-young-20260101-000000', 'dropped-young-20260101-000000']],
    ['--status paused --older-than 365', { statuses: ['paused'], olderThanDays: 365 }, ['paused-ancient-20260101-000000']],
    ['--older-than 1000: nothing', { olderThanDays: 1000 }, []],
  ])('%s', (_name, given, expected) => {
    const selection = selectForCleanup(STATES, cleanupPolicy(RETENTION, options(given)), NOW);
    expect(ids(selection.candidates)).toEqual(expected);
    // every workflow is accounted for exactly once
    expect([...ids(selection.candidates), ...ids(selection.kept)].sort()).toEqual(ids(STATES).sort());
  });

  it('says why each one goes or stays', () => {
    const { candidates, kept } = selectForCleanup([...STATES, state('fresh-20260101-000000', 'completed', 0.4)], cleanupPolicy(RETENTION, options()), NOW);
    expect(candidates[0]).toEqual({
      id: 'done-old-20260101-000000',
      status: 'completed',
      age_days: 31,
      reason: 'completed 31 days ago, past the 30 days retention of completed workflows',
    });
    const reasons = Object.fromEntries(kept.map((k) => [k.id, k.reason]));
    expect(reasons).toMatchObject({
      'done-young-20260101-000000': 'completed 29 days ago, within the 30 days retention of completed workflows',
      'dropped-young-20260101-000000': 'cancelled 6.5 days ago, within the 7 days retention of cancelled workflows',
      'fresh-20260101-000000': 'completed less than a day ago, within the 30 days retention of completed workflows',
      'paused-ancient-20260101-000000': 'paused: kept whatever its age',
      'active-ancient-20260101-000000': 'active: kept whatever its age',
      'gate-ancient-20260101-000000': 'waiting_approval: kept whatever its age',
    });
  });

  it('names the option in the reasons when one decided', () => {
    const { candidates, kept } = selectForCleanup(STATES, cleanupPolicy(RETENTION, options({ statuses: ['completed'], olderThanDays: 30.5, pattern: 'done-*' })), NOW);
    expect(candidates).toEqual([expect.objectContaining({ id: 'done-old-20260101-000000', reason: 'completed 31 days ago, past --older-than 30.5 days' })]);
    expect(kept).toContainEqual({ id: 'dropped-old-20260101-000000', reason: 'does not match --pattern "done-*"' });
    const selection = selectForCleanup(STATES, cleanupPolicy(RETENTION, options({ statuses: ['completed'] })), NOW);
    expect(selection.kept).toContainEqual({ id: 'dropped-old-20260101-000000', reason: 'cancelled: not one of the --status given' });
  });

  it('is pure: the same input gives the same output and the states are untouched', () => {
    const before = JSON.stringify(STATES);
    const policy = cleanupPolicy(RETENTION, options());
    expect(selectForCleanup(STATES, policy, NOW)).toEqual(selectForCleanup(STATES, policy, NOW));
    expect(JSON.stringify(STATES)).toBe(before);
  });
});

describe('ageInDays, parseDays, parseStatuses', () => {
  it.each<[number, number]>([
    [0, 0],
    [0.04, 0],
    [1, 1],
    [6.99, 6.9],
    [45.25, 45.2],
  ])('%s days ago → %s', (days, expected) => {
    expect(ageInDays(daysAgo(days), NOW)).toBe(expected);
  });

  it.each<[string, number]>([
    ['0', 0],
    ['30', 30],
    ['0.5', 0.5],
    [' 7 ', 7],
  ])('--older-than %j → %s', (raw, expected) => {
    expect(parseDays('--older-than', raw)).toBe(expected);
  });

  it.each(['', 'ten', '-1', 'Infinity', '3d'])('--older-than %j is a usage error naming the value', (raw) => {
    const error = thrown(() => parseDays('--older-than', raw));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`--older-than ${raw}`);
  });

  it('parses statuses and refuses an unknown one, naming the valid ones', () => {
    expect(parseStatuses(['completed', 'waiting_approval'])).toEqual(['completed', 'waiting_approval']);
    const error = thrown(() => parseStatuses(['completed', 'done']));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('--status done: expected one of active, paused, waiting_approval, completed, cancelled');
  });
});

describe('isHeldByLiveSession', () => {
  function setup() {
    const root = tempDir('wf-liveness-');
    const place = { projectDir: root, storeDir: path.join(root, 'store') };
    const env = { WORKFLOW_RUNTIME_DIR: path.join(root, 'runtime') };
    const state = makeState({ id: 'held-20260101-000000', session: { id: 'session-abc', transcript_path: null } });
    fs.mkdirSync(path.join(place.storeDir, state.id), { recursive: true });
    fs.mkdirSync(path.join(env.WORKFLOW_RUNTIME_DIR, 'sessions'), { recursive: true });
    const touch = (file: string, ageMs: number, content = '{}') => {
      fs.writeFileSync(file, content);
      const at = new Date(Date.now() - ageMs);
      fs.utimesSync(file, at, at);
    };
    return { place, env, state, touch, sessions: path.join(env.WORKFLOW_RUNTIME_DIR, 'sessions'), lease: path.join(place.storeDir, state.id, 'lease.json') };
  }

  it('is free with no runtime file and no lease', () => {
    const { place, env, state } = setup();
    expect(liveHolder(place, state, env, new Date())).toBeNull();
    expect(isHeldByLiveSession(place, state, env, new Date())).toBe(false);
  });

  it.each<[string, string, number, boolean]>([
    ['the hooks\' file, 5 min old', 'session-abc.json', 5 * 60_000, true],
    ['the status line\'s file, 1 min old', 'session-abc.statusline.json', 60_000, true],
    ['the hooks\' file, just past the window', 'session-abc.json', LIVE_WINDOW_MS + 60_000, false],
    ['another session\'s fresh file', 'session-xyz.json', 0, false],
  ])('%s → held: %s', (_name, file, ageMs, held) => {
    const { place, env, state, touch, sessions } = setup();
    touch(path.join(sessions, file), ageMs);
    const holder = liveHolder(place, state, env, new Date());
    expect(holder !== null).toBe(held);
    if (holder) expect(holder).toMatchObject({ session_id: 'session-abc', evidence: path.join(sessions, file) });
  });

  it('a state without a session is held only by a lease', () => {
    const { place, env, state, touch, sessions } = setup();
    touch(path.join(sessions, 'session-abc.json'), 0);
    expect(isHeldByLiveSession(place, { ...state, session: { id: null, transcript_path: null } }, env, new Date())).toBe(false);
  });

  const lease = (expiresInMs: number) =>
    JSON.stringify({
      session_id: 'session-other',
      device: 'ada-desktop',
      acquired_at: new Date(Date.now() - 3_600_000).toISOString(),
      renewed_at: new Date(Date.now() - 60_000).toISOString(),
      expires_at: new Date(Date.now() + expiresInMs).toISOString(),
    });

  it.each<[string, string, boolean]>([
    ['an unexpired lease', lease(600_000), true],
    ['an expired lease (the file itself is fresh)', lease(-1000), false],
    ['an unreadable lease (lease.ts: it holds nothing)', 'not json', false],
    ['a lease missing its fields', JSON.stringify({ session_id: 'session-other' }), false],
  ])('lease.json: %s → held: %s', (_name, content, held) => {
    const { place, env, state, touch, lease: file } = setup();
    touch(file, 0, content);
    const holder = liveHolder(place, { ...state, session: { id: null, transcript_path: null } }, env, new Date());
    expect(holder !== null).toBe(held);
    if (holder) expect(holder).toMatchObject({ session_id: 'session-other', evidence: file });
  });

  it('an expired lease still leaves the runtime files to show the session alive', () => {
    const { place, env, state, touch, sessions, lease: file } = setup();
    touch(file, 0, lease(-1000));
    touch(path.join(sessions, 'session-abc.json'), 60_000);
    expect(liveHolder(place, state, env, new Date())).toMatchObject({ session_id: 'session-abc', evidence: path.join(sessions, 'session-abc.json') });
  });
});

describe('removeWorkflowDir', () => {
  it('removes the directory and what is in it, but not what a link inside points to', () => {
    const root = tempDir('wf-remove-');
    const outside = path.join(root, 'outside.txt');
    fs.writeFileSync(outside, 'keep me');
    const dir = path.join(root, 'store', 'old-20260101-000000');
    fs.mkdirSync(path.join(dir, 'deliverables'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'state.json'), '{}');
    fs.symlinkSync(outside, path.join(dir, 'deliverables', 'link.txt'));
    removeWorkflowDir(path.join(root, 'store'), 'old-20260101-000000');
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep me');
    expect(fs.readdirSync(path.join(root, 'store'))).toEqual([]); // no hidden leftovers
  });

  it('refuses a symlink in the place of a workflow directory, and a bad id', () => {
    const root = tempDir('wf-remove-');
    const target = path.join(root, 'elsewhere');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'precious.txt'), 'x');
    fs.mkdirSync(path.join(root, 'store'));
    fs.symlinkSync(target, path.join(root, 'store', 'linked-20260101-000000'));
    expect(thrown(() => removeWorkflowDir(path.join(root, 'store'), 'linked-20260101-000000')).message).toContain('not a directory');
    expect(fs.existsSync(path.join(target, 'precious.txt'))).toBe(true);
    expect(thrown(() => removeWorkflowDir(path.join(root, 'store'), '../elsewhere')).message).toContain('invalid workflow id');
  });
});

describe('text', () => {
  it.each<[number, string]>([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [14_210, '13.9 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('formatBytes(%s) = %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('renders one line for complete and cancel', () => {
    const base = { id: 'fix-20260101-000000', previous: 'paused', task: 'Fix it', changed: true } as const;
    expect(renderFinished({ ...base, status: 'completed' }, null)).toBe('Completed fix-20260101-000000 (was paused): Fix it');
    expect(renderFinished({ ...base, status: 'cancelled' }, 'Superseded by #12')).toBe('Cancelled fix-20260101-000000 (was paused): Fix it (reason: Superseded by #12)');
    expect(renderFinished({ ...base, status: 'completed', changed: false }, null)).toBe('fix-20260101-000000 is already completed; nothing changed');
  });

  it('renders a cleanup: what goes (or would go) and what stays, ids aligned', () => {
    const report = {
      deleted: [{ id: 'old-20260101-000000', status: 'completed', age_days: 40, reason: 'completed 40 days ago, past the 30 days retention of completed workflows' }],
      kept: [{ id: 'a-20260101-000000', reason: 'paused: kept whatever its age' }],
      dry_run: true,
    } satisfies Parameters<typeof renderCleanup>[0];
    expect(renderCleanup(report)).toBe(
      [
        'Would delete 1 workflow (dry run: nothing was deleted):',
        '  old-20260101-000000  completed 40 days ago, past the 30 days retention of completed workflows',
        'Kept 1 workflow:',
        '  a-20260101-000000    paused: kept whatever its age',
      ].join('\n'),
    );
    expect(renderCleanup({ ...report, dry_run: false }).split('\n')[0]).toBe('Deleted 1 workflow:');
    expect(renderCleanup({ ...report, deleted: [], kept: [] })).toBe('Nothing would be deleted (dry run).');
  });
});
