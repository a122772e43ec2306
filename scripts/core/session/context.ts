// How full the context window is, and what to say about it. The arithmetic is pure; the callers
// feed it the figures they read (status line record, transcript tail, settings, config).
import type { ClaudeSettings } from './claude-settings.ts';
import type { WorkflowConfig } from '../shared/config.ts';
import { resolveContextWindow, type ContextWindow, type WindowFacts } from './context-window.ts';
import type { WorkflowState } from '../schemas.ts';
import type { StatuslineRecord } from '../runtime/session-runtime.ts';
import type { ContextUsage } from './transcript.ts';

/** A status line figure older than this is not trusted: the context has moved on since. */
const STATUSLINE_MAX_AGE_MS = 60_000;
/** Milestones are moved this far (a fraction of the budget) ahead of the auto-compact point. */
const COMPACT_MARGIN = 0.02;

export interface ContextReading extends ContextWindow {
  tokens: number;
  percent: number;
  /** where the token count came from */
  tokenSource: 'statusline' | 'transcript' | 'estimate' | 'unknown';
}

/** The model ids and release last seen in the session's transcript, kept for after a compaction. */
export interface SeenModel {
  model: string | null;
  requested_model: string | null;
  version: string | null;
}

/**
 * The variables a reading depends on, from the environment or the settings' env blocks: every key
 * of the window's facts (the type makes the list whole) and the configured model.
 */
const CONTEXT_VARIABLES: Record<keyof WindowFacts['env'] | 'ANTHROPIC_MODEL', true> = {
  ANTHROPIC_MODEL: true,
  CLAUDE_CODE_DISABLE_1M_CONTEXT: true,
  CLAUDE_CODE_AUTO_COMPACT_WINDOW: true,
  CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: true,
  DISABLE_AUTO_COMPACT: true,
  DISABLE_COMPACT: true,
};
type ContextVariables = { [K in keyof typeof CONTEXT_VARIABLES]?: string | undefined };

/**
 * Of `layers`, each over the one before as an object spread would lay them, what a reading depends
 * on (nothing else of them is kept, or shown to the arithmetic). Picked name by name: spreading
 * process.env asks it for every variable, about 0.1 ms of a quiet turn.
 */
export function contextVariables(...layers: readonly Readonly<Record<string, string | undefined>>[]): ContextVariables {
  const picked: Record<string, string> = {};
  for (const name of Object.keys(CONTEXT_VARIABLES)) {
    let value: string | undefined;
    for (const layer of layers) if (Object.hasOwn(layer, name)) value = layer[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/** The configuration a turn's reading and its milestones use. */
export type TurnConfig = Pick<WorkflowConfig, 'milestones' | 'handoff_threshold' | 'context_window' | 'mode' | 'checkpoint_interval_minutes'>;

export interface ContextInputs {
  usage: ContextUsage;
  statusline: StatuslineRecord | null;
  /** SessionStart's model, when it came */
  startModel: string | null;
  /** what an earlier reading of this session's transcript saw */
  seen: SeenModel | null;
  settings: ClaudeSettings;
  config: Pick<TurnConfig, 'context_window'>;
  env: NodeJS.ProcessEnv;
  now: Date;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function measureContext(inputs: ContextInputs): ContextReading {
  const { statusline, usage, settings, config, now } = inputs;
  // Claude Code exports the settings' env blocks to hooks; the terminal CLI reads them here
  const env = contextVariables(settings.env ?? {}, inputs.env);
  const fresh =
    statusline !== null &&
    statusline.used_percentage !== null &&
    statusline.context_window_size !== null &&
    now.getTime() - Date.parse(statusline.at) <= STATUSLINE_MAX_AGE_MS;
  const statuslineWindow = fresh ? statusline.context_window_size : null;
  let tokens = usage.tokens;
  let tokenSource: ContextReading['tokenSource'] = usage.kind === 'measured' ? 'transcript' : usage.kind === 'estimated' ? 'estimate' : 'unknown';
  if (fresh && statusline.used_percentage !== null && statusline.context_window_size !== null) {
    const exact = Math.round((statusline.used_percentage / 100) * statusline.context_window_size);
    // the Stop hook may run before the status line has seen this turn's reply: a newer, higher
    // count in the transcript wins over the previous turn's exact figure
    if (usage.kind !== 'measured' || usage.tokens <= exact) {
      tokens = exact;
      tokenSource = 'statusline';
    }
  }
  const measured = usage.kind === 'measured' ? usage : null;
  const window = resolveContextWindow({
    requestedModel: measured ? measured.requestedModel : (inputs.seen?.requested_model ?? null),
    responseModel: measured ? measured.model : (inputs.seen?.model ?? null),
    startModel: inputs.startModel,
    configuredModel: env.ANTHROPIC_MODEL || settings.model || null,
    version: measured?.version ?? inputs.seen?.version ?? null,
    tokens,
    configWindow: config.context_window,
    statuslineWindow,
    env,
    settings,
  });
  return { ...window, tokens, percent: round1((tokens / window.window) * 100), tokenSource };
}

/** The session's `seen` after this usage, when it differs from what the bookkeeping holds (the caller writes it). */
export function changedSeen(seen: SeenModel | null, usage: ContextUsage): SeenModel | null {
  if (usage.kind !== 'measured') return null;
  const now: SeenModel = { model: usage.model, requested_model: usage.requestedModel, version: usage.version };
  return JSON.stringify(now) === JSON.stringify(seen) ? null : now;
}

/** What a saved state records of a reading: the figures and where the window came from; null when unknown. */
export function tokensOfReading(context: ContextReading): WorkflowState['tokens'] {
  if (context.tokenSource === 'unknown') return null;
  return {
    context_tokens: context.tokens,
    context_window: context.window,
    percent: context.percent,
    window_source: context.source,
    window_certain: context.certain,
    token_source: context.tokenSource,
    compaction: context.compaction,
    auto_compact_at: context.autoCompactAt,
  };
}

/** The token count at which a fraction fires: a fraction of the compaction budget, never at or past auto-compaction. */
export function thresholdTokens(fraction: number, context: Pick<ContextReading, 'budget' | 'autoCompactAt' | 'compaction'>): number {
  if (context.compaction === 'off' || context.autoCompactAt === null) return Number.POSITIVE_INFINITY;
  return Math.min(Math.round(fraction * context.budget), Math.round(context.autoCompactAt - COMPACT_MARGIN * context.budget));
}

export interface MilestoneCrossing {
  /** milestones crossed now and not announced before in this session */
  crossed: number[];
  atHandoffThreshold: boolean;
}

export function crossMilestones(context: ContextReading, config: Pick<TurnConfig, 'milestones' | 'handoff_threshold'>, announced: readonly number[]): MilestoneCrossing {
  // with compaction off there is nothing to get ahead of: no milestone, no handoff request
  const crossed = [...config.milestones]
    .sort((a, b) => a - b)
    .filter((m) => !announced.includes(m) && context.tokens >= thresholdTokens(m, context));
  return {
    crossed,
    atHandoffThreshold: context.tokens >= thresholdTokens(config.handoff_threshold, context),
  };
}

/**
 * Whether `reach` tokens more than the reading would cross a milestone not announced yet, or the
 * handoff threshold when a request to hand off is still to come (`handoffToAsk`). The window stays
 * the reading's: a larger count may only show a larger window, whose thresholds are higher.
 */
export function couldCross(context: ContextReading, reach: number, config: Pick<TurnConfig, 'milestones' | 'handoff_threshold'>, announced: readonly number[], handoffToAsk: boolean): boolean {
  const crossing = crossMilestones({ ...context, tokens: context.tokens + reach }, config, announced);
  return crossing.crossed.length > 0 || (handoffToAsk && crossing.atHandoffThreshold);
}

export function kilo(tokens: number): string {
  return tokens >= 1_000_000 ? `${Math.round(tokens / 100_000) / 10}M` : `${Math.round(tokens / 1000)}K`;
}

export interface ContextNotice {
  user: string;
  model: string;
}

/** One notice for the highest milestone crossed; at the handoff threshold it names the command. */
export function contextNotice(context: ContextReading, crossing: MilestoneCrossing, workflowId: string | null): ContextNotice | null {
  const highest = crossing.crossed.at(-1);
  if (highest === undefined) return null;
  const figures = describeFigures(context);
  const compactAt = describeCompaction(context);
  const target = workflowId ? ` (updates workflow ${workflowId})` : '';
  if (!crossing.atHandoffThreshold) {
    return {
      user: `workflow: context ${figures} used; ${compactAt}.`,
      model: `[workflow] Context window ${figures} used; ${compactAt}. No action needed yet.`,
    };
  }
  return {
    user: `workflow: context ${figures} used; ${compactAt}. Save the work with /workflow:handoff${target}.`,
    model:
      `[workflow] Context window ${figures} used; ${compactAt}. At the next natural stopping point, ` +
      `suggest to the user to run /workflow:handoff${target} so a fresh session can continue. Do not stop the current task for it.`,
  };
}

/** `52.5% (105K of 200K tokens)`, saying when the count is estimated or the window assumed. */
export function describeFigures(context: ContextReading): string {
  // no readable transcript and no status line: there is no figure to give
  if (context.tokenSource === 'unknown') return `unknown (no readable transcript yet; window ${kilo(context.window)} tokens${context.certain ? '' : ', assumed'})`;
  const flags = [context.tokenSource === 'estimate' ? 'estimated' : null, context.certain ? null : 'window assumed'].filter((f) => f !== null);
  return `${context.percent}% (${kilo(context.tokens)} of ${kilo(context.window)} tokens${flags.map((f) => `, ${f}`).join('')})`;
}

/** Where Claude Code compacts, in words. */
export function describeCompaction(context: Pick<ContextReading, 'compaction' | 'autoCompactAt' | 'budget' | 'budgetSource'>): string {
  switch (context.compaction) {
    case 'off':
      return 'auto-compact is off';
    case 'reactive':
      return 'Claude Code compacts only when the window is full';
    case 'auto': {
      const budget = context.budgetSource === null ? '' : ` (auto-compact window ${kilo(context.budget)})`;
      return `auto-compact near ${kilo(context.autoCompactAt ?? 0)}${budget}`;
    }
    default:
      return context.compaction satisfies never;
  }
}

const WINDOW_SOURCES: Record<ContextReading['source'], string> = {
  config: 'window from the context_window setting',
  statusline: 'exact figures from the status line',
  model: 'window of the model',
  setting: 'window set by CLAUDE_CODE_DISABLE_1M_CONTEXT',
  default: 'window assumed from the default model: uncertain',
  tokens: 'window inferred from the count: uncertain',
  unknown: 'window unknown',
};

/** Where the window came from, in words, for `status`. */
export function describeWindowSource(source: ContextReading['source'], certain: boolean): string {
  const words = WINDOW_SOURCES[source];
  return certain || words.endsWith('uncertain') ? words : `${words}: uncertain`;
}

/** One line for `status`: the figures, the compaction point and where the window came from. */
export function describeReading(context: ContextReading): string {
  return `${describeFigures(context)}; ${describeCompaction(context)}; ${describeWindowSource(context.source, context.certain)}`;
}
