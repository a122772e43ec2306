// The context window and the auto-compact point, derived the way Claude Code derives them, from
// what a hook can see: the model ids of the transcript, SessionStart's model, the Claude Code
// version, its environment variables and its settings. Pure: the callers read those inputs.
// The rules are the measured ones (claude-code-windows.tsv in test/fixtures); where they leave the
// window open, the larger one is taken and the reading is marked uncertain, so that a handoff is
// never suggested from a window guessed too small.

const K = 1000;
const WINDOW_200K = 200 * K;
const WINDOW_1M = 1000 * K;
/** Claude Code reserves room for the summary: the auto-compact point is this far below its window. */
const SUMMARY_BUFFER_TOKENS = 13 * K;
/** ... after taking off the model's output room, at most this much. */
const MAX_OUTPUT_RESERVE_TOKENS = 20 * K;
/** `CLAUDE_CODE_AUTO_COMPACT_WINDOW` below this is read as this. */
const MIN_AUTO_COMPACT_WINDOW = 100 * K;
/** The releases the rules were measured on; between them either may hold. */
const OLDEST_MEASURED = [2, 1, 197] as const;
const CURRENT_MEASURED = [2, 1, 332] as const;

export type WindowSource = 'config' | 'statusline' | 'model' | 'setting' | 'default' | 'tokens' | 'unknown';
/** auto: at the threshold; reactive: only when the API refuses a request as too long; off. */
export type Compaction = 'auto' | 'reactive' | 'off';

export interface WindowFacts {
  /** `requestedModel` of the newest assistant line (2.1.332+): keeps a `[1m]` suffix */
  requestedModel: string | null;
  /** `message.model` of the newest assistant line: the id the API answered as, never `[1m]` */
  responseModel: string | null;
  /** SessionStart's `model` (interactive startup and compact only, never `[1m]`) */
  startModel: string | null;
  /** `ANTHROPIC_MODEL`, else the `model` setting: what the user chose, suffix included */
  configuredModel: string | null;
  /** the Claude Code version written on transcript lines */
  version: string | null;
  /** tokens in the context now: a count past a window proves the window larger */
  tokens: number;
  /** the plugin's own `context_window` setting: wins over everything */
  configWindow: number | null;
  /** the status line's exact `context_window_size`, when fresh */
  statuslineWindow: number | null;
  env: {
    CLAUDE_CODE_DISABLE_1M_CONTEXT?: string | undefined;
    CLAUDE_CODE_AUTO_COMPACT_WINDOW?: string | undefined;
    CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?: string | undefined;
    DISABLE_AUTO_COMPACT?: string | undefined;
    DISABLE_COMPACT?: string | undefined;
  };
  settings: { autoCompactWindow?: number | undefined; autoCompactEnabled?: boolean | undefined };
}

export interface ContextWindow {
  window: number;
  source: WindowSource;
  /** false when the facts allow a smaller window than `window` */
  certain: boolean;
  compaction: Compaction;
  /** where Claude Code compacts on its own; null when it does not (off) */
  autoCompactAt: number | null;
  /** the window compaction is measured against: the model window, or a smaller auto-compact window */
  budget: number;
  /** what set the budget when it is smaller than the window */
  budgetSource: 'env' | 'setting' | null;
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

function parseVersion(version: string | null): number[] | null {
  const match = version === null ? null : /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function atLeast(version: number[], floor: readonly number[]): boolean {
  for (let i = 0; i < floor.length; i++) {
    const a = version[i] ?? 0;
    const b = floor[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** Which rule sets can apply: one for a measured release or outside them, both between them or when unknown. */
function ruleSets(version: string | null): ('current' | 'oldest')[] {
  const parsed = parseVersion(version);
  if (parsed !== null && atLeast(parsed, CURRENT_MEASURED)) return ['current'];
  if (parsed !== null && !atLeast(parsed, [OLDEST_MEASURED[0], OLDEST_MEASURED[1], OLDEST_MEASURED[2] + 1])) return ['oldest'];
  return ['current', 'oldest'];
}

/** Whether the id asks for the 1M window explicitly. */
export function hasOneMillionSuffix(model: string): boolean {
  return /\[1m\]\s*$/i.test(model);
}

/**
 * The id without what providers and releases add: `[1m]`, a provider prefix (`us.`, `global.`,
 * `anthropic.`), an `@date` or `-date`, `-vN`, `:N`, and `-latest`.
 */
export function normalizeModelId(model: string): string {
  // string code rather than six patterns: each pattern is compiled at its first run and again at
  // its second, and a turn normalizes an id several times
  let id = withoutSuffix(model.trim().toLowerCase(), '[1m]');
  const region = REGION_PREFIXES.find((prefix) => id.startsWith(prefix));
  if (region) id = id.slice(region.length);
  if (id.startsWith('anthropic.')) id = id.slice('anthropic.'.length);
  id = withoutDigitsAfter(id, ':', 1);
  id = withoutDigitsAfter(id, '@', 8, 8);
  id = withoutDigitsAfter(id, '-v', 1);
  return id.endsWith('-latest') ? id.slice(0, -'-latest'.length) : withoutDigitsAfter(id, '-', 8, 8);
}

const REGION_PREFIXES = ['us.', 'eu.', 'apac.', 'global.', 'jp.', 'au.'];

const withoutSuffix = (id: string, suffix: string): string => (id.endsWith(suffix) ? id.slice(0, -suffix.length) : id);

/** `id` without a final `marker` and `min` to `max` ASCII digits after it (as /marker\d{min,max}$/ would replace). */
function withoutDigitsAfter(id: string, marker: string, min: number, max = Number.POSITIVE_INFINITY): string {
  let digits = 0;
  while (digits < id.length && isDigit(id.charCodeAt(id.length - 1 - digits))) digits++;
  // a longer run of digits than `max` has a digit, not the marker, before its last `max`
  if (digits < min || digits > max) return id;
  const end = id.length - digits;
  return id.slice(end - marker.length, end) === marker ? id.slice(0, end - marker.length) : id;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

// Retired ids that 2.1.332 sends as its default model (so they get its window); measured.
const RETIRED_TO_DEFAULT = new Set(['claude-opus-4-0', 'claude-opus-4-1', 'claude-opus-4-1-20250805', 'claude-opus-4-20250514']);
// The families that keep a 200K window on 2.1.332; every other id, unknown ones too, has 1M.
const FAMILIES_200K = [/^claude-3-/, /^claude-(?:opus|sonnet)-4(?:-[0-6])?$/, /^claude-haiku-4(?:-[0-5])?$/];
/** 2.1.197's default model is `claude-opus-4-8[1m]`; the transcript records it without the suffix. */
const OLDEST_DEFAULT_MODEL = 'claude-opus-4-8';

function native1M(model: string): boolean {
  const raw = model.trim().toLowerCase().replace(/\[1m\]$/, '');
  if (RETIRED_TO_DEFAULT.has(raw)) return true;
  const id = normalizeModelId(model);
  return !FAMILIES_200K.some((family) => family.test(id));
}

/** Output room per model: min(this, 20K) comes off the auto-compact window. */
function maxOutputTokens(model: string | null): number {
  const id = model === null ? '' : normalizeModelId(model);
  if (/^claude-3-(?:haiku|opus)/.test(id)) return 4096;
  if (/^claude-3-(?:5-|sonnet)/.test(id)) return 8192;
  return 32 * K;
}

interface ModelWindow {
  window: number;
  /** the model gets 1M only by opting in with [1m]: Claude Code then compacts on refusal */
  optIn: boolean;
  /** the window of the release's default model was assumed: another choice could be smaller */
  assumed: boolean;
}

/**
 * The window of one model id under one rule set. `suffixKnown` says whether the id could carry
 * `[1m]` (requestedModel, a configured model) or never does (message.model, SessionStart). A plain
 * id is taken as chosen plain (the `[1m]` opt-in is the exception), except the oldest release's
 * default model, which is the `[1m]` variant unless the user configured something.
 */
function modelWindow(model: string, rules: 'current' | 'oldest', suffixKnown: boolean, explicitChoice: boolean): ModelWindow {
  if (hasOneMillionSuffix(model)) return { window: WINDOW_1M, optIn: rules === 'oldest' || !native1M(model), assumed: false };
  if (rules === 'current') return { window: native1M(model) ? WINDOW_1M : WINDOW_200K, optIn: false, assumed: false };
  const id = normalizeModelId(model);
  if (id === 'default') return { window: WINDOW_1M, optIn: true, assumed: false };
  if (!suffixKnown && !explicitChoice && id === OLDEST_DEFAULT_MODEL) return { window: WINDOW_1M, optIn: true, assumed: true };
  return { window: WINDOW_200K, optIn: false, assumed: false };
}

interface ModelChoice {
  model: string;
  suffixKnown: boolean;
}

/** The best id to judge by: requestedModel, else a configured id naming the same model, else what was seen. */
function chooseModel(facts: WindowFacts): ModelChoice | null {
  if (facts.requestedModel) return { model: facts.requestedModel, suffixKnown: true };
  const seen = facts.responseModel ?? facts.startModel;
  const configured = facts.configuredModel;
  if (seen && configured && normalizeModelId(seen) === normalizeModelId(configured)) return { model: configured, suffixKnown: true };
  if (seen) return { model: seen, suffixKnown: false };
  if (configured) return { model: configured, suffixKnown: true };
  return null;
}

function parseTokens(raw: string | undefined): number | null {
  const value = raw === undefined ? Number.NaN : Number(raw.trim());
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : null;
}

/** The window, where Claude Code compacts, and how sure the reading is. */
export function resolveContextWindow(facts: WindowFacts): ContextWindow {
  const disable1M = truthy(facts.env.CLAUDE_CODE_DISABLE_1M_CONTEXT);
  const choice = chooseModel(facts);
  const explicitChoice = facts.configuredModel !== null;
  let window: number;
  let source: WindowSource;
  let certain: boolean;
  let optIn = false;
  if (choice === null) {
    // no model seen yet: both releases default to a 1M model
    window = disable1M ? WINDOW_200K : WINDOW_1M;
    source = disable1M ? 'setting' : 'default';
    certain = disable1M;
  } else {
    const candidates = ruleSets(facts.version).map((rules) => modelWindow(choice.model, rules, choice.suffixKnown, explicitChoice));
    const widest = candidates.reduce((a, b) => (b.window > a.window ? b : a));
    window = disable1M ? WINDOW_200K : widest.window;
    optIn = widest.optIn;
    source = disable1M ? 'setting' : widest.assumed ? 'default' : 'model';
    certain = disable1M || (candidates.every((c) => c.window === widest.window) && !widest.assumed);
  }
  if (facts.statuslineWindow !== null) {
    window = facts.statuslineWindow;
    source = 'statusline';
    certain = true;
  }
  if (facts.configWindow !== null) {
    window = facts.configWindow;
    source = 'config';
    certain = true;
  }
  if (facts.tokens > window) {
    // a count past the window proves it larger: the only larger window is 1M
    window = Math.max(WINDOW_1M, facts.tokens);
    source = 'tokens';
    certain = false;
  }
  return { window, source, certain, ...compactionPoint(window, facts, optIn && !disable1M, choice?.model ?? null) };
}

function compactionPoint(
  window: number,
  facts: WindowFacts,
  optIn: boolean,
  model: string | null,
): Pick<ContextWindow, 'compaction' | 'autoCompactAt' | 'budget' | 'budgetSource'> {
  const off = truthy(facts.env.DISABLE_AUTO_COMPACT) || truthy(facts.env.DISABLE_COMPACT) || facts.settings.autoCompactEnabled === false;
  const fromEnv = parseTokens(facts.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW);
  const fromSetting = typeof facts.settings.autoCompactWindow === 'number' && facts.settings.autoCompactWindow > 0 ? facts.settings.autoCompactWindow : null;
  const chosen = fromEnv !== null ? Math.max(fromEnv, MIN_AUTO_COMPACT_WINDOW) : fromSetting;
  const budget = chosen === null ? window : Math.min(window, chosen);
  const budgetSource = chosen === null || budget >= window ? null : fromEnv !== null ? 'env' : 'setting';
  if (off) return { compaction: 'off', autoCompactAt: null, budget, budgetSource };
  // an opt-in to 1M compacts only when the API refuses, unless a smaller window was asked for
  if (optIn && budgetSource === null) return { compaction: 'reactive', autoCompactAt: window, budget, budgetSource };
  const effective = budget - Math.min(maxOutputTokens(model), MAX_OUTPUT_RESERVE_TOKENS);
  let point = effective - SUMMARY_BUFFER_TOKENS;
  const pct = Number(facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() ?? '');
  if (facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() && Number.isFinite(pct) && pct > 0 && pct <= 100) {
    point = Math.min(Math.floor((effective * pct) / 100), point);
  }
  return { compaction: 'auto', autoCompactAt: Math.max(0, point), budget, budgetSource };
}
