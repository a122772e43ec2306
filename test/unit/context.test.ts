// The context arithmetic: thresholds, milestones crossed once, the notices, and which figure wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type WorkflowConfig } from '../../scripts/core/shared/config.ts';
import {
  contextNotice,
  contextVariables,
  couldCross,
  crossMilestones,
  measureContext,
  thresholdTokens,
  type ContextReading,
  type MilestoneCrossing,
  type SeenModel,
} from '../../scripts/core/session/context.ts';
import type { StatuslineRecord } from '../../scripts/core/runtime/session-runtime.ts';
import { resolveContextWindow, type ContextWindow } from '../../scripts/core/session/context-window.ts';
import { readContextUsage } from '../../scripts/core/session/transcript.ts';
import { assistant, compactBoundary, compactSummary, makeTempDir, removeTempDir, userPrompt, writeTranscript } from '../helpers/transcript-fixtures.ts';
import type { ClaudeSettings } from '../../scripts/core/session/claude-settings.ts';
import { replyReachTokens } from '../../scripts/core/session/reply-wait.ts';
import { replyMatters } from '../../scripts/core/workflows/quiet-turn.ts';
import type { SessionRuntime } from '../../scripts/core/runtime/session-runtime.ts';

const K200 = 200_000;
const M1 = 1_000_000;

/** A 200K or 1M model on the current release, as the transcript names it. */
function windowOf(window: number, env: NodeJS.ProcessEnv = {}): ContextWindow {
  return resolveContextWindow({
    requestedModel: window === K200 ? 'claude-sonnet-4-6' : 'claude-opus-5-5',
    responseModel: null,
    startModel: null,
    configuredModel: null,
    version: '2.1.332',
    tokens: 0,
    configWindow: window === K200 || window === M1 ? null : window,
    statuslineWindow: null,
    env,
    settings: {},
  });
}

describe('contextVariables', () => {
  type Layer = Record<string, string | undefined>;
  it.each<[string, Layer[]]>([
    ['one layer, other variables left out', [{ ANTHROPIC_MODEL: 'claude-opus-4-6', HOME: '/home/u', PATH: '/bin' }]],
    ['the later layer wins', [{ ANTHROPIC_MODEL: 'claude-sonnet-4-5', DISABLE_COMPACT: '1' }, { ANTHROPIC_MODEL: 'claude-opus-4-6' }]],
    ['a later layer that holds the name unset hides the earlier value', [{ DISABLE_AUTO_COMPACT: 'true', CLAUDE_CODE_AUTO_COMPACT_WINDOW: '400000' }, { DISABLE_AUTO_COMPACT: undefined }]],
    ['no layer', []],
  ])('%s: as the layers spread into one object and picked', (_name, layers) => {
    const spread: Layer = Object.assign({}, ...layers);
    const picked = Object.fromEntries(Object.entries(spread).filter(([name, value]) => value !== undefined && ['ANTHROPIC_MODEL', 'CLAUDE_CODE_DISABLE_1M_CONTEXT', 'CLAUDE_CODE_AUTO_COMPACT_WINDOW', 'CLAUDE_AUTOCOMPACT_PCT_OVERRIDE', 'DISABLE_AUTO_COMPACT', 'DISABLE_COMPACT'].includes(name)));
    expect(contextVariables(...layers)).toStrictEqual(picked);
  });

  it('reads process.env itself, name by name', () => {
    const saved = process.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW;
    process.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW = '300000';
    try {
      expect(contextVariables({ CLAUDE_CODE_AUTO_COMPACT_WINDOW: '100000' }, process.env).CLAUDE_CODE_AUTO_COMPACT_WINDOW).toBe('300000');
    } finally {
      if (saved === undefined) delete process.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW;
      else process.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW = saved;
    }
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
    // the override takes its percentage of the effective window (200K − 20K output room): 126K
    ['50 % of 200K with auto-compact at 70 %', 0.5, K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '70' }, 100_000],
    ['75 % of 200K with auto-compact at 70 %', 0.75, K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '70' }, 122_000],
    // an override past the usual point never moves it later
    ['90 % of 200K with auto-compact at 95 %', 0.9, K200, { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '95' }, 163_000],
    // a 300K auto-compact window: the fractions are of 300K, ahead of 267K
    ['50 % with a 300K auto-compact window', 0.5, M1, { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '300000' }, 150_000],
    ['75 % with a 300K auto-compact window', 0.75, M1, { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '300000' }, 225_000],
    ['90 % with a 300K auto-compact window', 0.9, M1, { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '300000' }, 261_000],
  ])('%s', (_name, fraction, window, env, expected) => {
    expect(thresholdTokens(fraction, windowOf(window, env))).toBe(expected);
  });

  it.each([0.05, 0.5, 0.75, 0.83, 0.9, 0.95, 0.99])('%s of any window fires before auto-compaction', (fraction) => {
    for (const window of [K200, M1, 500_000]) {
      const reading = windowOf(window);
      expect(thresholdTokens(fraction, reading)).toBeLessThan(reading.autoCompactAt ?? 0);
    }
  });

  it('never fires with compaction off', () => {
    expect(thresholdTokens(0.5, windowOf(K200, { DISABLE_AUTO_COMPACT: '1' }))).toBe(Number.POSITIVE_INFINITY);
  });
});

function readingAt(tokens: number, window = K200, env: NodeJS.ProcessEnv = {}): ContextReading {
  return { ...windowOf(window, env), tokens, percent: Math.round((tokens / window) * 1000) / 10, tokenSource: 'transcript' };
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

  it('announces nothing when Claude Code does not compact', () => {
    expect(crossMilestones(readingAt(190_000, K200, { DISABLE_AUTO_COMPACT: '1' }), DEFAULT_CONFIG, [])).toEqual({ crossed: [], atHandoffThreshold: false });
  });

  it('follows a configured handoff threshold', () => {
    const config = { ...DEFAULT_CONFIG, handoff_threshold: 0.6 };
    expect(crossMilestones(readingAt(125_000), config, [])).toEqual({ crossed: [0.5], atHandoffThreshold: true });
  });
});

// Stop waits for a reply it cannot read yet only when the reply could cross something
describe('couldCross', () => {
  const at = (fraction: number, window: number) => thresholdTokens(fraction, windowOf(window));
  it.each<[string, number, number, number, number[], boolean, boolean]>([
    ['1M: far below every milestone', 100_000, M1, 128_000, [], false, false],
    ['1M: one token short of 50 %', at(0.5, M1) - 128_001, M1, 128_000, [], false, false],
    ['1M: 50 % within reach', at(0.5, M1) - 128_000, M1, 128_000, [], false, true],
    ['1M: 50 % announced, 75 % out of reach', at(0.5, M1), M1, 128_000, [0.5], false, false],
    ['1M: 50 % announced, the handoff threshold (75 %) within reach, not asked for', at(0.75, M1) - 1_000, M1, 128_000, [0.5, 0.75], false, false],
    ['1M: the same, auto mode still to ask', at(0.75, M1) - 1_000, M1, 128_000, [0.5, 0.75], true, true],
    ['1M: no bound on what came since', 1_000, M1, Number.POSITIVE_INFINITY, [], false, true],
    ['200K: a quiet turn at 30 % is within reach of 50 %', 60_000, K200, 128_000, [], false, true],
    ['200K: every milestone announced', 170_000, K200, 128_000, [0.5, 0.75, 0.9], false, false],
  ])('%s', (_name, tokens, window, reach, announced, handoffToAsk, could) => {
    expect(couldCross(readingAt(tokens, window), reach, DEFAULT_CONFIG, announced, handoffToAsk)).toBe(could);
  });

  it('never, when Claude Code does not compact', () => {
    expect(couldCross(readingAt(190_000, K200, { DISABLE_AUTO_COMPACT: '1' }), 128_000, DEFAULT_CONFIG, [], true)).toBe(false);
  });

  it.each<[string, number, NodeJS.ProcessEnv, number]>([
    ['nothing since the figure', 0, {}, 128_000],
    ['a prompt and tool results since', 5_000, {}, 133_000],
    ['CLAUDE_CODE_MAX_OUTPUT_TOKENS above the largest measured', 0, { CLAUDE_CODE_MAX_OUTPUT_TOKENS: '200000' }, 200_000],
    ['CLAUDE_CODE_MAX_OUTPUT_TOKENS below it', 0, { CLAUDE_CODE_MAX_OUTPUT_TOKENS: '16000' }, 128_000],
    ['CLAUDE_CODE_MAX_OUTPUT_TOKENS not a number', 0, { CLAUDE_CODE_MAX_OUTPUT_TOKENS: 'lots' }, 128_000],
    ['a line too long to hold since', Number.POSITIVE_INFINITY, {}, Number.POSITIVE_INFINITY],
  ])('replyReachTokens: %s', (_name, bytesSince, env, reach) => {
    expect(replyReachTokens({ bytesSince }, env)).toBe(reach);
  });

  const runtime = (fields: Partial<SessionRuntime>): SessionRuntime => ({
    announced: [],
    handoff_asked: false,
    model: null,
    seen: null,
    last_checkpoint_at: null,
    shown_workflow: null,
    checkpoint_transcript_size: 0,
    pending_notice: null,
    transcript_absent: false,
    ...fields,
  });
  it.each<[string, number, Partial<SessionRuntime>, boolean, boolean]>([
    ['far from every milestone, nothing due', 100_000, {}, false, false],
    ['far from every milestone, an interval checkpoint due (it saves the reply)', 100_000, {}, true, true],
    ['a milestone within reach', at(0.5, M1) - 1_000, {}, false, true],
    ['auto mode, the handoff threshold within reach, already asked', at(0.75, M1) - 1_000, { announced: [0.5, 0.75], handoff_asked: true }, false, false],
  ])('replyMatters: %s', (_name, tokens, fields, checkpointDue, matters) => {
    const config = { ...DEFAULT_CONFIG, mode: 'auto' as const };
    expect(replyMatters(readingAt(tokens, M1), 128_000, config, runtime(fields), checkpointDue)).toBe(matters);
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
    const notice = contextNotice({ ...readingAt(520_000, M1), tokenSource: 'estimate' }, below, null);
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
  function transcriptAt(tokens: number | null, extra: { model?: string; requestedModel?: string; version?: string } = {}): string {
    count += 1;
    const lines = [userPrompt('Refactor billing')];
    lines.push(
      tokens === null
        ? assistant('x'.repeat(4_000), { usage: null })
        : assistant('ok', { usage: { input_tokens: 5, cache_creation_input_tokens: 1_000, cache_read_input_tokens: tokens - 1_005 }, ...extra }),
    );
    return writeTranscript(dir, `m${count}.jsonl`, lines);
  }

  function statusline(ageMs: number, usedPercentage: number | null, size: number | null = K200): StatuslineRecord {
    return { at: new Date(NOW.getTime() - ageMs).toISOString(), used_percentage: usedPercentage, context_window_size: size, model: 'claude-opus-4-6' };
  }

  interface MeasureOptions {
    startModel?: string | null;
    config?: Partial<WorkflowConfig>;
    env?: NodeJS.ProcessEnv;
    settings?: Partial<ClaudeSettings>;
    seen?: SeenModel | null;
  }

  function measure(file: string, record: StatuslineRecord | null, options: MeasureOptions = {}): ContextReading {
    return measureContext({
      usage: readContextUsage(file),
      statusline: record,
      startModel: options.startModel ?? null,
      seen: options.seen ?? null,
      settings: { model: undefined, autoCompactWindow: undefined, autoCompactEnabled: undefined, env: {}, ...options.settings },
      config: { ...DEFAULT_CONFIG, ...options.config },
      env: options.env ?? {},
      now: NOW,
    });
  }

  it('takes the transcript figure when there is no status line record', () => {
    expect(measure(transcriptAt(105_000), null)).toMatchObject({
      tokens: 105_000,
      window: K200,
      percent: 52.5,
      autoCompactAt: 167_000,
      tokenSource: 'transcript',
      source: 'model',
    });
  });

  it('prefers a fresh status line record (30 s old) over an older, lower transcript figure', () => {
    expect(measure(transcriptAt(20_000), statusline(30_000, 80))).toMatchObject({
      tokens: 160_000,
      window: K200,
      percent: 80,
      autoCompactAt: 167_000,
      tokenSource: 'statusline',
      source: 'statusline',
    });
  });

  it("takes the transcript's newer, higher count over the previous turn's status line figure, in the exact window", () => {
    expect(measure(transcriptAt(170_000, { model: 'claude-opus-5-5', requestedModel: 'claude-opus-5-5', version: '2.1.332' }), statusline(10_000, 10, M1))).toMatchObject({
      tokens: 170_000,
      window: M1,
      percent: 17,
      tokenSource: 'transcript',
      source: 'statusline',
    });
  });

  it.each<[string, StatuslineRecord]>([
    ['61 s old', statusline(61_000, 80)],
    ['an hour old', statusline(3_600_000, 80)],
    ['fresh without a percentage', statusline(1_000, null)],
    ['fresh without a window size', statusline(1_000, 80, null)],
  ])('ignores a status line record %s', (_name, record) => {
    expect(measure(transcriptAt(20_000), record)).toMatchObject({ tokens: 20_000, tokenSource: 'transcript' });
  });

  it('takes the 1M window from a fresh status line', () => {
    expect(measure(transcriptAt(20_000), statusline(5_000, 30, M1))).toMatchObject({
      tokens: 300_000,
      window: M1,
      percent: 30,
      autoCompactAt: 967_000,
      tokenSource: 'statusline',
    });
  });

  it('flags a transcript without any usage as an estimate', () => {
    const reading = measure(transcriptAt(null), null);
    expect(reading.tokenSource).toBe('estimate');
    expect(reading.tokens).toBeGreaterThan(0);
  });

  it('says a missing transcript gives no figure', () => {
    expect(measure(`${dir}/does-not-exist.jsonl`, null).tokenSource).toBe('unknown');
  });

  it('160K on the default model of either release is 16 % of 1M, not 80 % of 200K', () => {
    const current = transcriptAt(160_000, { model: 'claude-opus-5-5', requestedModel: 'claude-opus-5-5', version: '2.1.332' });
    expect(measure(current, null)).toMatchObject({ window: M1, percent: 16, source: 'model', certain: true, autoCompactAt: 967_000 });
    const oldest = transcriptAt(160_000, { model: 'claude-opus-4-8', version: '2.1.197' });
    expect(measure(oldest, null)).toMatchObject({ window: M1, percent: 16, source: 'default', certain: false });
  });

  it('reads a [1m] choice from ANTHROPIC_MODEL or the model setting on the oldest release', () => {
    const file = transcriptAt(150_000, { model: 'claude-sonnet-4-6', version: '2.1.197' });
    expect(measure(file, null)).toMatchObject({ window: K200, percent: 75 });
    expect(measure(file, null, { env: { ANTHROPIC_MODEL: 'claude-sonnet-4-6[1m]' } })).toMatchObject({ window: M1, percent: 15 });
    expect(measure(file, null, { settings: { model: 'claude-sonnet-4-6[1m]' } })).toMatchObject({ window: M1, compaction: 'reactive' });
  });

  it('uses the auto-compact window of the settings, and of their env block', () => {
    const file = transcriptAt(150_000, { model: 'claude-opus-5-5', requestedModel: 'claude-opus-5-5', version: '2.1.332' });
    expect(measure(file, null, { settings: { autoCompactWindow: 300_000 } })).toMatchObject({ autoCompactAt: 267_000, budget: 300_000, budgetSource: 'setting' });
    expect(measure(file, null, { settings: { env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '400000' } } })).toMatchObject({ autoCompactAt: 367_000, budgetSource: 'env' });
    expect(measure(file, null, { settings: { autoCompactEnabled: false } })).toMatchObject({ compaction: 'off', autoCompactAt: null });
  });

  it('after a compaction, judges the window by the model seen before it', () => {
    const file = writeTranscript(dir, 'after-compact.jsonl', [userPrompt('go on'), compactBoundary(), compactSummary('so far')]);
    expect(measure(file, null, { seen: { model: 'claude-sonnet-4-6', requested_model: 'claude-sonnet-4-6', version: '2.1.332' } })).toMatchObject({
      window: K200,
      tokenSource: 'estimate',
    });
  });

  it('uses a configured window', () => {
    expect(measure(transcriptAt(150_000), null, { config: { context_window: 500_000 } })).toMatchObject({ window: 500_000, percent: 30, source: 'config' });
  });

  it('honours CLAUDE_AUTOCOMPACT_PCT_OVERRIDE in the reading', () => {
    expect(measure(transcriptAt(50_000), null, { env: { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '60' } }).autoCompactAt).toBe(108_000);
  });
});
