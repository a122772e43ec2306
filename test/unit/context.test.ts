// The context arithmetic: thresholds, milestones crossed once, the notices, and which figure wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type WorkflowConfig } from '../../scripts/core/config.ts';
import {
  contextNotice,
  crossMilestones,
  measureContext,
  thresholdTokens,
  type ContextReading,
  type MilestoneCrossing,
} from '../../scripts/core/context.ts';
import type { StatuslineRecord } from '../../scripts/core/session-runtime.ts';
import { autoCompactPoint, readContextUsage } from '../../scripts/core/transcript.ts';
import { assistant, makeTempDir, removeTempDir, userPrompt, writeTranscript } from '../helpers/transcript-fixtures.ts';

const K200 = 200_000;
const M1 = 1_000_000;

describe('autoCompactPoint', () => {
  it.each<[string, number, NodeJS.ProcessEnv, number]>([
    ['200K window', K200, {}, 167_000],
    ['1M window', M1, {}, 967_000],
    ['override 80 %', K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '80' }, 160_000],
    ['override 50 % of 1M', M1, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '50' }, 500_000],
    ['override not a number', K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: 'soon' }, 167_000],
    ['override 0', K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '0' }, 167_000],
    ['override past 100', K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '150' }, 167_000],
  ])('%s', (_name, window, env, expected) => {
    expect(autoCompactPoint(window, env)).toBe(expected);
  });
});

describe('thresholdTokens', () => {
  it.each<[string, number, number, NodeJS.ProcessEnv, number]>([
    ['50 % of 200K', 0.5, K200, {}, 100_000],
    ['75 % of 200K', 0.75, K200, {}, 150_000],
    // 90 % would be 180K, past auto-compaction at 167K: moved 2 % of the window ahead of it
    ['90 % of 200K, clamped before auto-compact', 0.9, K200, {}, 163_000],
    ['50 % of 1M', 0.5, M1, {}, 500_000],
    ['90 % of 1M (before 967K)', 0.9, M1, {}, 900_000],
    ['97 % of 1M, clamped', 0.97, M1, {}, 947_000],
    ['50 % of 200K with auto-compact at 70 %', 0.5, K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '70' }, 100_000],
    ['75 % of 200K with auto-compact at 70 %', 0.75, K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '70' }, 136_000],
    ['90 % of 200K with auto-compact at 95 %', 0.9, K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '95' }, 180_000],
  ])('%s', (_name, fraction, window, env, expected) => {
    expect(thresholdTokens(fraction, window, autoCompactPoint(window, env))).toBe(expected);
  });

  it.each([0.05, 0.5, 0.75, 0.83, 0.9, 0.95, 0.99])('%s of any window fires before auto-compaction', (fraction) => {
    for (const window of [K200, M1, 500_000]) {
      const compactAt = autoCompactPoint(window, {});
      expect(thresholdTokens(fraction, window, compactAt)).toBeLessThan(compactAt);
    }
  });
});

function readingAt(tokens: number, window = K200, env: NodeJS.ProcessEnv = {}): ContextReading {
  return {
    tokens,
    window,
    percent: Math.round((tokens / window) * 1000) / 10,
    autoCompactAt: autoCompactPoint(window, env),
    source: 'transcript',
  };
}

describe('crossMilestones', () => {
  it.each<[string, number, WorkflowConfig['milestones'], number[], number[], boolean]>([
    ['nothing crossed', 60_000, [0.5, 0.75, 0.9], [], [], false],
    ['one token short of 50 %', 99_999, [0.5, 0.75, 0.9], [], [], false],
    ['exactly 50 %', 100_000, [0.5, 0.75, 0.9], [], [0.5], false],
    ['50 % crossed', 120_000, [0.5, 0.75, 0.9], [], [0.5], false],
    ['50 % already announced', 120_000, [0.5, 0.75, 0.9], [0.5], [], false],
    ['50 % and 75 % at once', 152_000, [0.5, 0.75, 0.9], [], [0.5, 0.75], true],
    ['75 % after 50 % was announced', 152_000, [0.5, 0.75, 0.9], [0.5], [0.75], true],
    ['all three at once (90 % clamped to 163K)', 164_000, [0.5, 0.75, 0.9], [], [0.5, 0.75, 0.9], true],
    ['all announced, still at the threshold', 164_000, [0.5, 0.75, 0.9], [0.5, 0.75, 0.9], [], true],
    ['unsorted configuration, sorted result', 164_000, [0.9, 0.5], [], [0.5, 0.9], true],
  ])('%s', (_name, tokens, milestones, announced, crossed, atHandoff) => {
    const config = { ...DEFAULT_CONFIG, milestones };
    expect(crossMilestones(readingAt(tokens), config, announced)).toEqual({ crossed, atHandoffThreshold: atHandoff });
  });

  it('measures against the 1M window when that is the window', () => {
    expect(crossMilestones(readingAt(300_000, M1), DEFAULT_CONFIG, [])).toEqual({ crossed: [], atHandoffThreshold: false });
    expect(crossMilestones(readingAt(760_000, M1), DEFAULT_CONFIG, [])).toEqual({ crossed: [0.5, 0.75], atHandoffThreshold: true });
  });

  it('follows a configured handoff threshold', () => {
    const config = { ...DEFAULT_CONFIG, handoff_threshold: 0.6 };
    expect(crossMilestones(readingAt(125_000), config, [])).toEqual({ crossed: [0.5], atHandoffThreshold: true });
  });
});

describe('contextNotice', () => {
  const below: MilestoneCrossing = { crossed: [0.5], atHandoffThreshold: false };
  const atThreshold: MilestoneCrossing = { crossed: [0.5, 0.75], atHandoffThreshold: true };

  it('says nothing when nothing was crossed, even past the threshold', () => {
    expect(contextNotice(readingAt(152_000), { crossed: [], atHandoffThreshold: true }, 'wf-1')).toBeNull();
  });

  it('below the handoff threshold: figures for the user, no command, and no action for Claude', () => {
    const notice = contextNotice(readingAt(105_000), below, 'refactor-billing-20260314-120000');
    expect(notice).not.toBeNull();
    expect(notice?.user).toContain('52.5% (105K of 200K tokens)');
    expect(notice?.user).toContain('167K');
    expect(notice?.user).not.toContain('/workflow:handoff');
    expect(notice?.model).toMatch(/^\[workflow\] /);
    expect(notice?.model).toContain('52.5%');
    expect(notice?.model).toContain('No action needed');
    expect(notice?.model).not.toContain('/workflow:handoff');
  });

  it('at the handoff threshold: both name /workflow:handoff and the workflow; Claude is told not to stop', () => {
    const notice = contextNotice(readingAt(152_000), atThreshold, 'refactor-billing-20260314-120000');
    expect(notice?.user).toContain('76% (152K of 200K tokens)');
    expect(notice?.user).toContain('/workflow:handoff');
    expect(notice?.user).toContain('refactor-billing-20260314-120000');
    expect(notice?.model).toContain('/workflow:handoff');
    expect(notice?.model).toContain('refactor-billing-20260314-120000');
    expect(notice?.model).toContain('Do not stop the current task');
  });

  it('at the handoff threshold without a workflow: names the command only', () => {
    const notice = contextNotice(readingAt(152_000), atThreshold, null);
    expect(notice?.user).toContain('/workflow:handoff');
    expect(notice?.user).not.toContain('updates workflow');
  });

  it('flags an estimated figure and writes a 1M window as 1M', () => {
    const notice = contextNotice({ ...readingAt(520_000, M1), source: 'estimate' }, below, null);
    expect(notice?.user).toContain('52% (520K of 1M tokens, estimated)');
    expect(notice?.model).toContain('estimated');
    const measured = contextNotice(readingAt(105_000), below, null);
    expect(measured?.user).not.toContain('estimated');
  });
});

describe('measureContext', () => {
  let dir: string;
  let count = 0;
  const NOW = new Date('2026-03-14T15:00:00.000Z');
  beforeAll(() => {
    dir = makeTempDir();
  });
  afterAll(() => removeTempDir(dir));

  /** a real transcript whose newest reply puts `tokens` in the context */
  function transcriptAt(tokens: number | null, model?: string): string {
    count += 1;
    const lines = [userPrompt('Refactor billing')];
    lines.push(
      tokens === null
        ? assistant('x'.repeat(4_000), { usage: null })
        : assistant('ok', { usage: { input_tokens: 5, cache_creation_input_tokens: 1_000, cache_read_input_tokens: tokens - 1_005 }, ...(model ? { model } : {}) }),
    );
    return writeTranscript(dir, `m${count}.jsonl`, lines);
  }

  function statusline(ageMs: number, usedPercentage: number | null, size: number | null = K200): StatuslineRecord {
    return { at: new Date(NOW.getTime() - ageMs).toISOString(), used_percentage: usedPercentage, context_window_size: size, model: 'claude-opus-4-6' };
  }

  function measure(file: string, record: StatuslineRecord | null, options: { model?: string | null; config?: Partial<WorkflowConfig>; env?: NodeJS.ProcessEnv } = {}) {
    let transcriptRead = false;
    const reading = measureContext({
      usage: () => {
        transcriptRead = true;
        return readContextUsage(file);
      },
      statusline: record,
      model: options.model ?? null,
      config: { ...DEFAULT_CONFIG, ...options.config },
      env: options.env ?? {},
      now: NOW,
    });
    return { reading, transcriptRead };
  }

  it('takes the transcript figure when there is no status line record', () => {
    const { reading } = measure(transcriptAt(105_000), null);
    expect(reading).toEqual({ tokens: 105_000, window: K200, percent: 52.5, autoCompactAt: 167_000, source: 'transcript' });
  });

  it('prefers a fresh status line record (30 s old) and does not read the transcript', () => {
    const { reading, transcriptRead } = measure(transcriptAt(20_000), statusline(30_000, 80));
    expect(reading).toEqual({ tokens: 160_000, window: K200, percent: 80, autoCompactAt: 167_000, source: 'statusline' });
    expect(transcriptRead).toBe(false);
  });

  it.each<[string, StatuslineRecord]>([
    ['61 s old', statusline(61_000, 80)],
    ['an hour old', statusline(3_600_000, 80)],
    ['fresh without a percentage', statusline(1_000, null)],
    ['fresh without a window size', statusline(1_000, 80, null)],
  ])('ignores a status line record %s', (_name, record) => {
    const { reading, transcriptRead } = measure(transcriptAt(20_000), record);
    expect(transcriptRead).toBe(true);
    expect(reading).toMatchObject({ tokens: 20_000, source: 'transcript' });
  });

  it('takes the 1M window from a fresh status line', () => {
    const { reading } = measure(transcriptAt(20_000), statusline(5_000, 30, M1));
    expect(reading).toMatchObject({ tokens: 300_000, window: M1, percent: 30, autoCompactAt: 967_000, source: 'statusline' });
  });

  it('flags a transcript without any usage as an estimate', () => {
    const { reading } = measure(transcriptAt(null), null);
    expect(reading.source).toBe('estimate');
    expect(reading.tokens).toBeGreaterThan(0);
  });

  it('flags a missing transcript as an estimate', () => {
    const { reading } = measure(`${dir}/does-not-exist.jsonl`, null);
    expect(reading.source).toBe('estimate');
  });

  it('uses a 1M window for a session whose model ends in [1m], which the transcript does not show', () => {
    const file = transcriptAt(150_000);
    expect(measure(file, null).reading).toMatchObject({ window: K200, percent: 75 });
    expect(measure(file, null, { model: 'claude-opus-4-1[1m]' }).reading).toMatchObject({ window: M1, percent: 15, autoCompactAt: 967_000 });
  });

  it('uses a configured window', () => {
    expect(measure(transcriptAt(150_000), null, { config: { context_window: 500_000 } }).reading).toMatchObject({ window: 500_000, percent: 30 });
  });

  it('honours CLAUDE_AUTOCOMPACT_PCT_OVERRIDE in the reading', () => {
    expect(measure(transcriptAt(50_000), null, { env: { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '60' } }).reading.autoCompactAt).toBe(120_000);
  });
});
