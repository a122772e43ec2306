// How full the context window is, and what to say about it. The arithmetic is pure; the hooks
// feed it the figures they read (status line record, transcript tail, config).
import type { WorkflowConfig } from './config.ts';
import type { StatuslineRecord } from './session-runtime.ts';
import { autoCompactPoint, contextWindowFor, type ContextUsage } from './transcript.ts';

/** A status line figure older than this is not trusted: the context has moved on since. */
const STATUSLINE_MAX_AGE_MS = 60_000;
/** Milestones are moved this far (a fraction of the window) ahead of the auto-compact point. */
const COMPACT_MARGIN = 0.02;

export interface ContextReading {
  tokens: number;
  window: number;
  percent: number;
  autoCompactAt: number;
  source: 'statusline' | 'transcript' | 'estimate';
}

export function measureContext(options: {
  usage: () => ContextUsage;
  statusline: StatuslineRecord | null;
  model: string | null;
  config: WorkflowConfig;
  env: NodeJS.ProcessEnv;
  now: Date;
}): ContextReading {
  const { statusline, config, env, now } = options;
  const fresh =
    statusline !== null &&
    statusline.used_percentage !== null &&
    statusline.context_window_size !== null &&
    now.getTime() - Date.parse(statusline.at) <= STATUSLINE_MAX_AGE_MS;
  if (fresh && statusline.used_percentage !== null && statusline.context_window_size !== null) {
    const window = config.context_window ?? statusline.context_window_size;
    const tokens = Math.round((statusline.used_percentage / 100) * statusline.context_window_size);
    return reading(tokens, window, env, 'statusline');
  }
  const usage = options.usage();
  const window = contextWindowFor(options.model ?? usage.model, usage.tokens, config.context_window ?? undefined);
  return reading(usage.tokens, window, env, usage.estimated ? 'estimate' : 'transcript');
}

function reading(tokens: number, window: number, env: NodeJS.ProcessEnv, source: ContextReading['source']): ContextReading {
  return {
    tokens,
    window,
    percent: Math.round((tokens / window) * 1000) / 10,
    autoCompactAt: autoCompactPoint(window, env),
    source,
  };
}

/** The token count at which a fraction of the window fires: never at or past auto-compaction. */
export function thresholdTokens(fraction: number, window: number, autoCompactAt: number): number {
  return Math.min(Math.round(fraction * window), Math.round(autoCompactAt - COMPACT_MARGIN * window));
}

export interface MilestoneCrossing {
  /** milestones crossed now and not announced before in this session */
  crossed: number[];
  atHandoffThreshold: boolean;
}

export function crossMilestones(context: ContextReading, config: WorkflowConfig, announced: readonly number[]): MilestoneCrossing {
  const crossed = [...config.milestones]
    .sort((a, b) => a - b)
    .filter((m) => !announced.includes(m) && context.tokens >= thresholdTokens(m, context.window, context.autoCompactAt));
  return {
    crossed,
    atHandoffThreshold: context.tokens >= thresholdTokens(config.handoff_threshold, context.window, context.autoCompactAt),
  };
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
  const figures = `${context.percent}% (${kilo(context.tokens)} of ${kilo(context.window)} tokens${context.source === 'estimate' ? ', estimated' : ''})`;
  const compactAt = `auto-compact near ${kilo(context.autoCompactAt)}`;
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
