// The work log's pure core: option parsing, filtering, ordering and rendering. TZ is UTC for the
// whole suite (vitest.config.ts), so bare dates and local times below are UTC ones.
import { describe, expect, it } from 'vitest';
import { handlesOf } from '../../scripts/core/store/workflow-ref.ts';
import {
  formatLogTime,
  formatWhere,
  isRoutineCheckpoint,
  NO_FILTER,
  parseDateBound,
  parseWorkLogOptions,
  renderWorkLog,
  selectWorkLog,
  toWorkLogEntry,
  workLogJson,
  type WorkLogEntry,
  type WorkLogEvent,
  type WorkLogFilter,
} from '../../scripts/core/store/worklog.ts';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';

function entry(at: string, event: WorkLogEvent, workflow: string, device: string, summary: string, branch: string | null = 'main'): WorkLogEntry {
  return toWorkLogEntry(workflow, { at, event, device, branch, commit: branch ? '1a2b3c4d5e6f' : null, summary, session_id: null });
}

const BILLING = 'refactor-billing-20261019-164210';
const TAGS = 'fix-tag-assignment-20261020-091503';

// in file order per workflow (as readWorkLog returns them), deliberately not sorted
const LOG: WorkLogEntry[] = [
  entry('2026-10-19T16:42:10.000Z', 'handoff', BILLING, 'desktop-linux', 'Split invoices from payments', 'refactor/billing'),
  entry('2026-10-20T08:00:00.000Z', 'resume', BILLING, 'macbook-main', 'resumed: Refactor billing', 'refactor/billing'),
  entry('2026-10-20T08:05:00.000Z', 'checkpoint', BILLING, 'macbook-main', 'checkpoint (interval) at 12% of the context window', 'refactor/billing'),
  entry('2026-10-20T09:40:00.000Z', 'checkpoint', BILLING, 'macbook-main', 'checkpoint (context milestone) at 75% of the context window', 'refactor/billing'),
  entry('2026-10-20T18:10:00.000Z', 'pause', BILLING, 'macbook-main', 'session ended (logout)', 'refactor/billing'),
  entry('2026-10-20T09:15:03.000Z', 'handoff', TAGS, 'MacBook-Main.local', 'Reproduced the tag bug', 'main'),
  entry('2026-10-21T10:30:00.000Z', 'handoff', TAGS, 'macbook-main', 'Fixed tag assignment', 'main'),
  entry('2026-10-21T10:30:00.000Z', 'complete', TAGS, 'macbook-main', 'completed (was active)', 'main'),
  entry('2026-10-21T14:00:00+02:00', 'cancel', BILLING, 'desktop-linux', 'cancelled: superseded (was paused)', null),
];

const order = (entries: readonly WorkLogEntry[]) => entries.map((e) => `${e.at.slice(0, 16)} ${e.event}`);
const filter = (over: Partial<WorkLogFilter>): WorkLogFilter => ({ ...NO_FILTER, ...over });
const day = (iso: string) => Date.parse(iso);

describe('parseDateBound', () => {
  it.each([
    ['since', '2026-10-21', '2026-10-21T00:00:00.000Z'],
    ['until', '2026-10-21', '2026-10-22T00:00:00.000Z'], // a bare --until keeps its whole day
    ['since', '2026-10-21T10:30', '2026-10-21T10:30:00.000Z'],
    ['since', '2026-10-21 10:30', '2026-10-21T10:30:00.000Z'],
    ['since', '2026-10-21T10:30:15Z', '2026-10-21T10:30:15.000Z'],
    ['since', '2026-10-21T12:30:00+02:00', '2026-10-21T10:30:00.000Z'],
    ['until', '2026-10-21T10:30:00.000Z', '2026-10-21T10:30:00.001Z'],
    ['since', ' 2024-02-29 ', '2024-02-29T00:00:00.000Z'],
  ] as const)('--%s %s → %s', (option, text, expected) => {
    expect(new Date(parseDateBound(option, text)).toISOString()).toBe(expected);
  });

  it.each(['yesterday', '21.10.2026', '2026-10-21T25:00', '2026-02-30', '2025-02-29', '2026-13-01', '2026-10-21T10:60', '', '2026-10-21T10'])('refuses "%s" as a usage error', (text) => {
    const attempt = () => parseDateBound('since', text);
    expect(attempt).toThrow(WorkflowError);
    expect(attempt).toThrow(/--since ".*": expected a date as YYYY-MM-DD/);
    expect(attempt).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

describe('parseWorkLogOptions', () => {
  it.each([
    ['nothing: everything, 50 entries', {}, { devices: [], events: [], since: null, before: null, limit: 50 }],
    ['--limit 0: no limit', { limit: '0' }, { limit: null }],
    ['--limit 7', { limit: '7' }, { limit: 7 }],
    ['repeated --event, any case', { event: ['Handoff', 'resume'] }, { events: ['handoff', 'resume'] }],
    ['blank --device dropped', { device: ['mac', ' '] }, { devices: ['mac'] }],
    ['--since and --until', { since: '2026-10-20', until: '2026-10-20' }, { since: day('2026-10-20T00:00:00Z'), before: day('2026-10-21T00:00:00Z') }],
  ])('%s', (_label, values, expected) => {
    expect(parseWorkLogOptions(values)).toMatchObject(expected);
  });

  it.each([
    ['an unknown event', { event: ['save'] }, /--event "save": expected one of handoff, resume, checkpoint, pause, complete, cancel/],
    ['a negative limit', { limit: '-1' }, /--limit "-1": expected a whole number/],
    ['a fractional limit', { limit: '2.5' }, /--limit "2.5"/],
    ['--since after --until', { since: '2026-10-22', until: '2026-10-21' }, /--since 2026-10-22 is after --until 2026-10-21/],
    ['a bad --until', { until: 'tomorrow' }, /--until "tomorrow"/],
  ])('refuses %s (exit 2)', (_label, values, message) => {
    expect(() => parseWorkLogOptions(values)).toThrow(message);
    expect(() => parseWorkLogOptions(values)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

describe('isRoutineCheckpoint', () => {
  it.each([
    ['checkpoint', 'checkpoint (interval) at 12% of the context window', true],
    ['checkpoint', 'checkpoint (context milestone) at 75% of the context window', false],
    ['checkpoint', 'checkpoint (compaction requested) at 83% of the context window', false],
    ['checkpoint', 'workflow created automatically at 50% of the context window', false],
    ['handoff', 'checkpoint (interval) is what we changed', false],
  ] as const)('%s "%s" → %s', (event, summary, expected) => {
    expect(isRoutineCheckpoint({ event, summary })).toBe(expected);
  });
});

describe('selectWorkLog', () => {
  it('orders newest first across workflows, same instant by workflow then later line first, routine checkpoints left out', () => {
    expect(order(selectWorkLog(LOG, NO_FILTER).entries)).toEqual([
      '2026-10-21T14:00 cancel', // +02:00: 12:00Z, after the 10:30Z pair
      '2026-10-21T10:30 complete',
      '2026-10-21T10:30 handoff',
      '2026-10-20T18:10 pause',
      '2026-10-20T09:40 checkpoint',
      '2026-10-20T09:15 handoff',
      '2026-10-20T08:00 resume',
      '2026-10-19T16:42 handoff',
    ]);
  });

  it.each<[string, Partial<WorkLogFilter>, string[]]>([
    ['one event', { events: ['handoff'] }, ['2026-10-21T10:30 handoff', '2026-10-20T09:15 handoff', '2026-10-19T16:42 handoff']],
    ['two events', { events: ['pause', 'cancel'] }, ['2026-10-21T14:00 cancel', '2026-10-20T18:10 pause']],
    ['a device substring, any case', { devices: ['MACBOOK'] }, ['2026-10-21T10:30 complete', '2026-10-21T10:30 handoff', '2026-10-20T18:10 pause', '2026-10-20T09:40 checkpoint', '2026-10-20T09:15 handoff', '2026-10-20T08:00 resume']],
    ['an exact name matches a longer hostname too', { devices: ['macbook-main.local'] }, ['2026-10-20T09:15 handoff']],
    ['either of two devices', { devices: ['desktop', '.local'] }, ['2026-10-21T14:00 cancel', '2026-10-20T09:15 handoff', '2026-10-19T16:42 handoff']],
    ['since is inclusive', { since: day('2026-10-20T18:10:00Z') }, ['2026-10-21T14:00 cancel', '2026-10-21T10:30 complete', '2026-10-21T10:30 handoff', '2026-10-20T18:10 pause']],
    ['before is exclusive', { before: day('2026-10-20T08:00:00Z') }, ['2026-10-19T16:42 handoff']],
    ['one day', { since: day('2026-10-20T00:00:00Z'), before: day('2026-10-21T00:00:00Z') }, ['2026-10-20T18:10 pause', '2026-10-20T09:40 checkpoint', '2026-10-20T09:15 handoff', '2026-10-20T08:00 resume']],
    ['an offset timestamp compared as an instant', { since: day('2026-10-21T12:00:00Z'), before: day('2026-10-21T12:00:00.001Z') }, ['2026-10-21T14:00 cancel']],
    ['filters combine', { devices: ['desktop'], events: ['handoff'] }, ['2026-10-19T16:42 handoff']],
    ['nothing matches', { devices: ['nas'] }, []],
  ])('%s', (_label, over, expected) => {
    expect(order(selectWorkLog(LOG, filter(over)).entries)).toEqual(expected);
  });

  it.each([
    [null, 8, 0],
    [3, 3, 5],
    [8, 8, 0],
    [100, 8, 0],
  ])('--limit %s keeps the newest %i and counts %i omitted', (limit, kept, omitted) => {
    const selection = selectWorkLog(LOG, filter({ limit }));
    expect(selection.entries).toHaveLength(kept);
    expect(selection.omitted).toBe(omitted);
    expect(selection.entries[0]?.event).toBe('cancel');
  });

  it('does not depend on the order the histories were read', () => {
    expect(selectWorkLog([...LOG].reverse().filter((e) => e.event !== 'handoff' || e.workflow !== TAGS), NO_FILTER).entries).toEqual(
      selectWorkLog(LOG.filter((e) => e.event !== 'handoff' || e.workflow !== TAGS), NO_FILTER).entries,
    );
  });
});

describe('formatLogTime', () => {
  it.each([
    ['2026-10-21T10:30:59.999Z', undefined, '2026-10-21 10:30'],
    ['2026-10-21T00:05:00Z', undefined, '2026-10-21 00:05'], // h23: midnight is 00, not 24
    ['2026-10-21T12:30:00+02:00', undefined, '2026-10-21 10:30'],
    ['2026-10-21T10:30:00Z', 'Europe/Berlin', '2026-10-21 12:30'],
    ['2026-10-21T23:30:00Z', 'Asia/Tokyo', '2026-10-22 08:30'],
    ['2026-01-01T03:00:00Z', 'America/New_York', '2025-12-31 22:00'],
  ])('%s in %s → %s', (iso, timeZone, expected) => {
    expect(formatLogTime(iso, timeZone)).toBe(expected);
  });
});

describe('formatWhere', () => {
  it.each([
    [{ branch: 'main', commit: 'abc' }, '(branch: main)'],
    [{ branch: null, commit: '1a2b3c4d5e6f' }, '(detached at 1a2b3c4)'],
    [{ branch: null, commit: null }, ''],
  ])('%o → "%s"', (where, expected) => {
    expect(formatWhere(where)).toBe(expected);
  });
});

describe('renderWorkLog', () => {
  it('all workflows: aligned columns in 80 columns, the workflow handle on each line', () => {
    const handles = handlesOf([...new Set(LOG.map((e) => e.workflow))]);
    const text = renderWorkLog(selectWorkLog(LOG, NO_FILTER), { workflow: null, filter: NO_FILTER, handles });
    for (const line of text.split('\n').slice(1)) expect([...line].length).toBeLessThanOrEqual(80);
    expect(text).toMatchInlineSnapshot(`
      "Work log: 8 entries, newest first; times in UTC
      2026-10-21 12:00  cancel      [desktop-linux]   0353  cancelled: superseded (wa…
      2026-10-21 10:30  complete    [macbook-main]    edda  completed (was active) (b…
      2026-10-21 10:30  handoff     [macbook-main]    edda  Fixed tag assignment (bra…
      2026-10-20 18:10  pause       [macbook-main]    0353  session ended (logout) (b…
      2026-10-20 09:40  checkpoint  [macbook-main]    0353  checkpoint (context miles…
      2026-10-20 09:15  handoff     [MacBook-Main.l…  edda  Reproduced the tag bug (b…
      2026-10-20 08:00  resume      [macbook-main]    0353  resumed: Refactor billing…
      2026-10-19 16:42  handoff     [desktop-linux]   0353  Split invoices from payme…"
    `);
  });

  it('one workflow, a limit and filters: the id and the filters in the heading, a footer for the rest', () => {
    const f = filter({ devices: ['mac'], since: day('2026-10-20T00:00:00Z'), limit: 2 });
    const own = LOG.filter((e) => e.workflow === BILLING);
    expect(renderWorkLog(selectWorkLog(own, f), { workflow: BILLING, filter: f, timeZone: 'Europe/Berlin' })).toMatchInlineSnapshot(`
      "Work log of refactor-billing-20261019-164210: the newest 2 of 3 entries (device
        ~ mac, from 2026-10-20 02:00); times in Europe/Berlin
      2026-10-20 20:10  pause       [macbook-main]  session ended (logout) (branch: r…
      2026-10-20 11:40  checkpoint  [macbook-main]  checkpoint (context milestone) at…
      … 1 older entry not shown; --limit 0 shows all"
    `);
  });

  it('clips a long summary in text only', () => {
    const long = entry('2026-10-21T10:30:00Z', 'handoff', TAGS, 'mac', 'x'.repeat(200));
    const selection = selectWorkLog([long], NO_FILTER);
    expect(renderWorkLog(selection, { workflow: TAGS, filter: NO_FILTER, width: 200 }).split('\n')[1]).toBe(`2026-10-21 10:30  handoff  [mac]  ${'x'.repeat(119)}… (branch: main)`);
    // in 80 columns, the summary gives way
    const narrow = renderWorkLog(selection, { workflow: TAGS, filter: NO_FILTER }).split('\n').find((line) => line.startsWith('2026-')) ?? '';
    expect([...narrow]).toHaveLength(80);
    expect(narrow).toMatch(/^2026-10-21 10:30 {2}handoff {2}\[mac\] {2}x+…$/);
    expect(workLogJson(selection).entries[0]?.summary).toHaveLength(200);
  });

  it.each<[string, string | null, Partial<WorkLogFilter>, string]>([
    ['an empty project', null, {}, 'No work log yet: it starts with the first /workflow:handoff or `claude-workflow handoff` in this project.'],
    ['a workflow without history', TAGS, {}, `Work log of ${TAGS}: no entries yet.`],
    ['filters that match nothing', null, { events: ['cancel'], before: day('2026-10-01T00:00:00Z') }, 'Work log: no entries match (event cancel, before 2026-10-01 00:00).'],
  ])('nothing to show: %s', (_label, workflow, over, expected) => {
    const f = filter(over);
    expect(renderWorkLog({ entries: [], omitted: 0 }, { workflow, filter: f })).toBe(expected);
  });
});

describe('workLogJson', () => {
  it('entries with exactly the documented keys, in order, and the omitted count', () => {
    const json = workLogJson(selectWorkLog(LOG, filter({ limit: 1 })));
    expect(json.omitted).toBe(7);
    expect(json.entries).toEqual([
      { at: '2026-10-21T14:00:00+02:00', event: 'cancel', workflow: BILLING, device: 'desktop-linux', branch: null, commit: null, summary: 'cancelled: superseded (was paused)', session_id: null },
    ]);
    expect(Object.keys(json.entries[0] ?? {})).toEqual(['at', 'event', 'workflow', 'device', 'branch', 'commit', 'summary', 'session_id']);
  });
});
