// `claude-workflow log` as users run it: the built CLI as a child process on a real git repository
// whose workflows were written by real handoffs, resumes, checkpoints, completions and archives.
// Entries from other machines are appended in-process through the store (the device of a CLI run is
// this machine's hostname), as sync would bring them.
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapWords } from '../../scripts/core/shared/columns.ts';
import { appendHistory } from '../../scripts/core/store/store-history.ts';
import { checkpointWorkflow } from '../../scripts/core/workflows/checkpoint.ts';
import { parseJsonOutput, runCli, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, tempRepo, type TempRepo } from '../helpers/repo.ts';
import { placeOf } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

interface LogJson {
  entries: { at: string; event: string; workflow: string; device: string; branch: string | null; commit: string | null; summary: string; session_id: string | null }[];
  omitted: number;
}

const HOST = os.hostname();

function ok(result: CliResult): CliResult {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  return result;
}

let repo: TempRepo;
let tags: string;
let billing: string;
let auto: string;
let archived: string;

const cli = (...args: string[]) => runCli(args, { cwd: repo.path });
const logJson = async (...args: string[]) => parseJsonOutput<LogJson>(ok(await cli('log', '--format', 'json', ...args)));
const events = (json: LogJson) => json.entries.map((e) => `${e.workflow.replace(/-\d{8}-\d{6}$/, '')} ${e.event}`);

beforeAll(async () => {
  repo = tempRepo();
  const store = path.join(repo.path, '.git', 'workflow');
  const handoff = async (...args: string[]) => parseJsonOutput<{ id: string }>(ok(await cli('handoff', '--format', 'json', ...args))).id;

  // two weeks ago on the desktop, as a sync would have brought it (the workflows exist first)
  tags = await handoff('--task', 'Fix tag assignment', '--summary', 'Reproduced the tag bug');
  billing = await handoff('--task', 'Refactor billing', '--summary', 'Split invoices from payments');
  const desktop = { device: 'desktop-linux', commit: null, session_id: null };
  appendHistory(store, billing, { ...desktop, at: '2026-03-02T09:00:00.000Z', event: 'handoff', branch: 'refactor/billing', summary: 'Sketched the invoice model' });
  appendHistory(store, billing, { ...desktop, at: '2026-03-03T17:45:00.000Z', event: 'pause', branch: 'refactor/billing', summary: 'session ended (logout)' });
  appendHistory(store, tags, { ...desktop, at: '2026-03-03T08:30:00.000Z', event: 'resume', branch: 'main', summary: 'resumed: Fix tag assignment' });

  // today on this machine: work on a branch, resume, hand off, checkpoints of a long session
  repo.checkout('fix/tags', { create: true });
  repo.commit('tags.ts', 'export const tags = [];\n', 'Fix tag assignment');
  ok(await cli('resume', tags));
  await handoff('--id', tags, '--summary', 'Fixed tag assignment');
  const session = { id: 'sess-worklog', transcript_path: null };
  const place = placeOf(repo.path);
  const checkpoint = (reason: 'interval' | 'milestone' | 'precompact', create: boolean) =>
    checkpointWorkflow(place, { session, reason, create, tokens: { context_tokens: 150_000, context_window: 200_000, percent: 75 }, env: {}, now: new Date() });
  auto = (await checkpoint('interval', true))?.id ?? '';
  await checkpoint('interval', false); // routine: not in the history, so not in the log
  await checkpoint('milestone', false);
  await checkpoint('precompact', false);
  ok(await cli('complete', tags));
  archived = await handoff('--task', 'Spike payment provider', '--summary', 'Compared two providers');
  ok(await cli('cancel', archived, '--reason', 'Staying with the current provider'));
  ok(await cli('archive', archived));
});

describe('claude-workflow log', () => {
  it('lists every workflow newest first, routine checkpoints left out, archived workflows only with --archived', async () => {
    const json = await logJson();
    const times = json.entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(events(json)).toEqual([
      'fix-tag-assignment complete',
      'session-sess-worklog checkpoint', // precompact
      'session-sess-worklog checkpoint', // milestone
      'session-sess-worklog checkpoint', // created automatically
      'fix-tag-assignment handoff',
      'fix-tag-assignment resume',
      'refactor-billing handoff',
      'fix-tag-assignment handoff',
      'refactor-billing pause',
      'fix-tag-assignment resume',
      'refactor-billing handoff',
    ]);
    expect(json.entries.slice(1, 4).map((e) => e.summary)).toEqual([
      'checkpoint (compaction requested) at 75% of the context window',
      'checkpoint (context milestone) at 75% of the context window',
      'workflow created automatically at 75% of the context window',
    ]);
    expect(json.omitted).toBe(0);
    expect(json.entries.every((e) => e.workflow !== archived)).toBe(true);
    expect(auto).toMatch(/^session-sess-worklog-/);

    const withArchives = await logJson('--archived');
    expect(withArchives.entries.filter((e) => e.workflow === archived).map((e) => e.event)).toEqual(['cancel', 'handoff']);
    expect(withArchives.entries).toHaveLength(json.entries.length + 2);
  });

  it('json entries carry exactly the documented keys, with git facts of the save', async () => {
    const [latest] = (await logJson('--limit', '1')).entries;
    expect(Object.keys(latest ?? {})).toEqual(['at', 'event', 'workflow', 'device', 'branch', 'commit', 'summary', 'session_id']);
    expect(latest).toMatchObject({ event: 'complete', workflow: tags, device: HOST, branch: 'fix/tags', commit: repo.head(), summary: 'completed (was paused)', session_id: null });
    expect(latest?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it.each<[string, string[], string[]]>([
    ['--device substring', ['--device', 'DESKTOP'], ['refactor-billing pause', 'fix-tag-assignment resume', 'refactor-billing handoff']],
    ['--device repeated: either', ['--device', 'desktop', '--device', HOST, '--event', 'pause'], ['refactor-billing pause']],
    ['--event repeated', ['--event', 'resume', '--event', 'complete'], ['fix-tag-assignment complete', 'fix-tag-assignment resume', 'fix-tag-assignment resume']],
    ['--since and --until as days (--until inclusive)', ['--since', '2026-03-03', '--until', '2026-03-03'], ['refactor-billing pause', 'fix-tag-assignment resume']],
    ['--until as an ISO instant (inclusive)', ['--until', '2026-03-03T08:30:00Z'], ['fix-tag-assignment resume', 'refactor-billing handoff']],
    ['--since as a local date-time', ['--since', '2026-03-03T09:00', '--until', '2026-03-31'], ['refactor-billing pause']],
  ])('%s', async (_label, args, expected) => {
    expect(events(await logJson(...args))).toEqual(expected);
  });

  it('--limit keeps the newest entries and says how many more there are', async () => {
    const json = await logJson('--limit', '2');
    expect(events(json)).toEqual(['fix-tag-assignment complete', 'session-sess-worklog checkpoint']);
    expect(json.omitted).toBe(9);
    const text = ok(await cli('log', '--limit', '2')).stdout;
    expect(text).toContain('Work log: the newest 2 of 11 entries; times in UTC');
    expect(text.trimEnd().split('\n').at(-1)).toBe('… 9 older entries not shown; --limit 0 shows all');
    expect((await logJson('--limit', '0')).entries).toHaveLength(11);
  });

  it('text: one aligned line per entry with time, event, device, the workflow handle, summary and branch, in 80 columns', async () => {
    const lines = ok(await cli('log', '--device', 'desktop')).stdout.trimEnd().split('\n');
    const { workflows } = JSON.parse(ok(await cli('list', '--format', 'json')).stdout) as { workflows: { id: string; handle: string }[] };
    const handle = (id: string) => workflows.find((w) => w.id === id)?.handle ?? '';
    expect(lines[0]).toBe('Work log: 3 entries, newest first (device ~ desktop); times in UTC');
    expect(lines.slice(1)).toEqual([
      `2026-03-03 17:45  pause    [desktop-linux]  ${handle(billing)}  session ended (logout) (branc…`,
      `2026-03-03 08:30  resume   [desktop-linux]  ${handle(tags)}  resumed: Fix tag assignment (…`,
      `2026-03-02 09:00  handoff  [desktop-linux]  ${handle(billing)}  Sketched the invoice model (b…`,
    ]);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('one workflow by id, with filters', async () => {
    expect(events(await logJson(billing, '--event', 'handoff'))).toEqual(['refactor-billing handoff', 'refactor-billing handoff']);
  });

  it('one workflow: its id in the heading, not on each line; times follow TZ', async () => {
    const result = ok(await runCli(['log', billing, '--device', 'desktop'], { cwd: repo.path, env: { TZ: 'Asia/Tokyo' } }));
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      // the heading wraps at 80 columns too
      ...wrapWords(`Work log of ${billing}: 2 entries, newest first (device ~ desktop); times in Asia/Tokyo`, 80, '  '),
      '2026-03-04 02:45  pause    [desktop-linux]  session ended (logout) (branch: ref…',
      '2026-03-02 18:00  handoff  [desktop-linux]  Sketched the invoice model (branch:…',
    ]);
  });

  it('an archived workflow by id needs --archived', async () => {
    const missing = await cli('log', archived);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`no workflow "${archived}"; existing workflows: `);
    expect(events(await logJson(archived, '--archived'))).toEqual(['spike-payment-provider cancel', 'spike-payment-provider handoff']);
  });

  it.each<[string, string[], RegExp]>([
    ['a bad --since', ['--since', 'last week'], /^claude-workflow: --since "last week": expected a date as YYYY-MM-DD \(a day in local time\) or an ISO date-time/],
    ['an impossible date', ['--until', '2026-02-30'], /--until "2026-02-30": expected a date/],
    ['an unknown event', ['--event', 'save'], /--event "save": expected one of handoff, resume, checkpoint, pause, complete, cancel/],
    ['a bad --limit', ['--limit', 'ten'], /--limit "ten": expected a whole number/],
    ['two ids', ['fix-tag-assignment-20260301-000000', 'other'], /log takes at most one workflow id/],
  ])('%s: exit 2, one clear line, nothing on stdout', async (_label, args, message) => {
    const result = await cli('log', ...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('a project without workflows says how the log starts', async () => {
    const empty = tempRepo();
    const result = ok(await runCli(['log'], { cwd: empty.path }));
    expect(result.stdout).toBe('No work log yet: it starts with the first /workflow:handoff or `claude-workflow handoff` in this project.\n');
    expect(parseJsonOutput<LogJson>(ok(await runCli(['log', '--format', 'json'], { cwd: empty.path })))).toEqual({ entries: [], omitted: 0 });
  });
});
