// The window and the auto-compact point, checked against what Claude Code itself reported for
// every model id measured on both supported releases (test/fixtures/claude-code-windows.tsv:
// `modelUsage.<model>.contextWindow` of `claude -p --output-format json` against the stub API).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeModelId, resolveContextWindow, type WindowFacts } from '../../scripts/core/session/context-window.ts';

const OLDEST = '2.1.197';
const CURRENT = '2.1.332';

interface Measured {
  arg: string;
  key: string;
  current: number;
  oldest: number | null;
}

const measured: Measured[] = fs
  .readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'claude-code-windows.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [arg = '', key = '', current = '', , oldest = ''] = line.split('\t');
    return { arg, key, current: Number(current), oldest: oldest ? Number(oldest) : null };
  });

function facts(over: Partial<WindowFacts>): WindowFacts {
  return {
    requestedModel: null,
    responseModel: null,
    startModel: null,
    configuredModel: null,
    version: null,
    tokens: 0,
    configWindow: null,
    statuslineWindow: null,
    env: {},
    settings: {},
    ...over,
  };
}

const stripSuffix = (id: string) => id.replace(/\[1m\]$/, '');

describe(`the window on ${CURRENT}, from the transcript's requestedModel and message.model`, () => {
  it('has every measured row', () => expect(measured.length).toBeGreaterThan(100));
  it.each(measured.map((m) => [m.arg, m.key, m.current] as const))('%s (answered as %s) → %d', (arg, key, window) => {
    const requestedModel = arg === '(default)' ? key : arg;
    const reading = resolveContextWindow(facts({ requestedModel, responseModel: stripSuffix(key), version: CURRENT }));
    expect(reading.window).toBe(window);
    expect(reading.certain).toBe(true);
  });
});

describe(`the window on ${OLDEST}, where the transcript has only message.model`, () => {
  const rows = measured.filter((m) => m.oldest !== null);
  it.each(rows.map((m) => [m.arg, m.oldest] as const))('chosen in the settings or ANTHROPIC_MODEL: %s → %d', (arg, window) => {
    const configured = arg === '(default)' ? null : arg;
    // 2.1.197 sends the id it was given (aliases resolved, suffix dropped)
    const responseModel = configured === null ? 'claude-opus-4-8' : stripSuffix(configured);
    expect(resolveContextWindow(facts({ configuredModel: configured, responseModel, version: OLDEST })).window).toBe(window);
  });

  it('the default model (the [1m] variant) without a configured model: 1M, marked as assumed', () => {
    const reading = resolveContextWindow(facts({ responseModel: 'claude-opus-4-8', version: OLDEST }));
    expect(reading).toMatchObject({ window: 1_000_000, source: 'default', certain: false, compaction: 'reactive' });
  });

  it('a 200K model seen in the transcript: 200K', () => {
    expect(resolveContextWindow(facts({ responseModel: 'claude-sonnet-4-6', version: OLDEST }))).toMatchObject({
      window: 200_000,
      source: 'model',
      certain: true,
    });
  });
});

describe('normalizeModelId', () => {
  it.each([
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
    ['global.anthropic.claude-opus-5-5-v1', 'claude-opus-5-5'],
    ['anthropic.claude-opus-4-6-v1', 'claude-opus-4-6'],
    ['claude-opus-4-6@20260205', 'claude-opus-4-6'],
    ['claude-sonnet-4-6-20260217', 'claude-sonnet-4-6'],
    ['claude-opus-5-5[1m]', 'claude-opus-5-5'],
    ['claude-3-5-haiku-latest', 'claude-3-5-haiku'],
    ['Claude-Sonnet-5', 'claude-sonnet-5'],
  ])('%s → %s', (raw, id) => expect(normalizeModelId(raw)).toBe(id));

  // what it replaced: six patterns, applied in turn
  const byPatterns = (model: string): string =>
    model
      .trim()
      .toLowerCase()
      .replace(/\[1m\]$/, '')
      .replace(/^(?:(?:us|eu|apac|global|jp|au)\.)?(?:anthropic\.)?/, '')
      .replace(/:\d+$/, '')
      .replace(/@\d{8}$/, '')
      .replace(/-v\d+$/, '')
      .replace(/-(\d{8}|latest)$/, '');
  const prefixes = ['', 'us.', 'EU.', 'global.anthropic.', 'anthropic.', 'apac.anthropic.', 'jp', 'au.', 'uk.', 'us.us.', 'anthropic.us.'];
  const bases = ['claude-opus-4-6', 'claude-3-5-haiku', 'x', '', 'claude-opus-4-20250514', 'model-v', 'a:b', 'claude@1'];
  const suffixes = ['', '-20250929', '-2025092', '-202509290', '@20260205', '@2026020', '@202602051', '-v1', '-v', '-v12', ':0', ':', ':12', '-v1:0', '-20250929-v1:0', '-latest', '-20250101-latest', '-latest-20250101', '[1m]', '[1M]', '-v2[1m]', ' ', '\t[1m] ', '-v1@20260205', '١٢'];
  it('gives what the six patterns gave, for every prefix, id and suffix put together', () => {
    for (const prefix of prefixes) for (const base of bases) for (const suffix of suffixes) {
      const model = `${prefix}${base}${suffix}`;
      expect({ model, id: normalizeModelId(model) }).toEqual({ model, id: byPatterns(model) });
    }
  });
});

describe('the auto-compact point', () => {
  const current = (model: string, over: Partial<WindowFacts> = {}) => resolveContextWindow(facts({ requestedModel: model, version: CURRENT, ...over }));
  it.each<[string, Partial<WindowFacts>, string, number | null, WindowFactsCompaction]>([
    ['1M default model', {}, 'claude-opus-5-5', 967_000, 'auto'],
    ['200K model', {}, 'claude-sonnet-4-6', 167_000, 'auto'],
    ['4K-output model', {}, 'claude-3-haiku-20240307', 200_000 - 4096 - 13_000, 'auto'],
    ['CLAUDE_CODE_AUTO_COMPACT_WINDOW 300K', { env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '300000' } }, 'claude-opus-5-5', 267_000, 'auto'],
    ['CLAUDE_CODE_AUTO_COMPACT_WINDOW below 100K reads as 100K', { env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '50000' } }, 'claude-opus-5-5', 67_000, 'auto'],
    ['CLAUDE_CODE_AUTO_COMPACT_WINDOW past the window', { env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '500000' } }, 'claude-sonnet-4-6', 167_000, 'auto'],
    ['autoCompactWindow setting 300K', { settings: { autoCompactWindow: 300_000 } }, 'claude-opus-5-5', 267_000, 'auto'],
    [
      'the variable wins over the setting',
      { env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '400000' }, settings: { autoCompactWindow: 300_000 } },
      'claude-opus-5-5',
      367_000,
      'auto',
    ],
    ['CLAUDE_AUTOCOMPACT_PCT_OVERRIDE 50', { env: { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '50' } }, 'claude-opus-5-5', 490_000, 'auto'],
    ['CLAUDE_AUTOCOMPACT_PCT_OVERRIDE 99 is capped', { env: { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: '99' } }, 'claude-sonnet-4-6', 167_000, 'auto'],
    ['CLAUDE_AUTOCOMPACT_PCT_OVERRIDE not a number', { env: { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: 'soon' } }, 'claude-sonnet-4-6', 167_000, 'auto'],
    ['DISABLE_AUTO_COMPACT', { env: { DISABLE_AUTO_COMPACT: '1' } }, 'claude-opus-5-5', null, 'off'],
    ['DISABLE_COMPACT', { env: { DISABLE_COMPACT: 'true' } }, 'claude-opus-5-5', null, 'off'],
    ['autoCompactEnabled false', { settings: { autoCompactEnabled: false } }, 'claude-opus-5-5', null, 'off'],
    ['a [1m] opt-in compacts on refusal', {}, 'claude-sonnet-4-6[1m]', 1_000_000, 'reactive'],
    ['a [1m] opt-in with a smaller window compacts at it', { env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '300000' } }, 'claude-sonnet-4-6[1m]', 267_000, 'auto'],
  ])('%s', (_name, over, model, at, compaction) => {
    expect(current(model, over)).toMatchObject({ autoCompactAt: at, compaction });
  });
});

type WindowFactsCompaction = 'auto' | 'reactive' | 'off';

describe('which fact decides', () => {
  it('CLAUDE_CODE_DISABLE_1M_CONTEXT makes every model 200K', () => {
    for (const model of ['claude-opus-5-5', 'claude-sonnet-5[1m]']) {
      expect(resolveContextWindow(facts({ requestedModel: model, version: CURRENT, env: { CLAUDE_CODE_DISABLE_1M_CONTEXT: '1' } }))).toMatchObject({
        window: 200_000,
        source: 'setting',
      });
    }
  });
  it('the status line window wins over the model, the plugin setting over both', () => {
    const base = facts({ requestedModel: 'claude-opus-5-5', version: CURRENT, statuslineWindow: 200_000 });
    expect(resolveContextWindow(base)).toMatchObject({ window: 200_000, source: 'statusline', certain: true });
    expect(resolveContextWindow({ ...base, configWindow: 500_000 })).toMatchObject({ window: 500_000, source: 'config' });
  });
  it('a count past the window proves it larger', () => {
    expect(resolveContextWindow(facts({ responseModel: 'claude-sonnet-4-6', version: OLDEST, tokens: 250_000 }))).toMatchObject({
      window: 1_000_000,
      source: 'tokens',
    });
  });
  it('no model seen yet: the releases default to 1M models', () => {
    expect(resolveContextWindow(facts({}))).toMatchObject({ window: 1_000_000, source: 'default', certain: false });
  });
  it('an unknown release where the two rule sets disagree: the larger window, uncertain', () => {
    expect(resolveContextWindow(facts({ responseModel: 'claude-sonnet-5' }))).toMatchObject({ window: 1_000_000, certain: false });
    expect(resolveContextWindow(facts({ responseModel: 'claude-sonnet-5', version: '2.1.250' }))).toMatchObject({ window: 1_000_000, certain: false });
    expect(resolveContextWindow(facts({ responseModel: 'claude-sonnet-5', version: '2.1.100' }))).toMatchObject({ window: 200_000, certain: true });
    expect(resolveContextWindow(facts({ responseModel: 'claude-sonnet-4-6', version: '2.1.250' }))).toMatchObject({ window: 200_000, certain: true });
    expect(resolveContextWindow(facts({ responseModel: 'claude-sonnet-5', version: '2.2.0' }))).toMatchObject({ window: 1_000_000, certain: true });
  });
});

describe('CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: a percentage of the effective window (window − 20K), never past the usual point', () => {
  it.each<[string, number]>([
    ['80', 144_000],
    [' 50 ', 90_000],
    ['100', 167_000],
    ['1', 1_800],
    ['92.5', 166_500],
    ['0', 167_000],
    ['101', 167_000],
    ['-5', 167_000],
    ['', 167_000],
    ['abc', 167_000],
    ['80%', 167_000],
    ['NaN', 167_000],
    ['Infinity', 167_000],
  ])('%j on a 200K model → %i', (pct, expected) => {
    const reading = resolveContextWindow(facts({ requestedModel: 'claude-sonnet-4-6', version: CURRENT, env: { CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: pct } }));
    expect(reading.autoCompactAt).toBe(expected);
  });
});
