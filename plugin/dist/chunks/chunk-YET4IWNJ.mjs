import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/context-window.ts
var K = 1e3;
var WINDOW_200K = 200 * K;
var WINDOW_1M = 1e3 * K;
var SUMMARY_BUFFER_TOKENS = 13 * K;
var MAX_OUTPUT_RESERVE_TOKENS = 20 * K;
var MIN_AUTO_COMPACT_WINDOW = 100 * K;
var OLDEST_MEASURED = [2, 1, 197];
var CURRENT_MEASURED = [2, 1, 332];
function truthy(value) {
  return value !== void 0 && /^(1|true|yes|on)$/i.test(value.trim());
}
function parseVersion(version) {
  const match = version === null ? null : /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}
function atLeast(version, floor) {
  for (let i = 0; i < floor.length; i++) {
    const a = version[i] ?? 0;
    const b = floor[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
function ruleSets(version) {
  const parsed = parseVersion(version);
  if (parsed !== null && atLeast(parsed, CURRENT_MEASURED)) return ["current"];
  if (parsed !== null && !atLeast(parsed, [OLDEST_MEASURED[0], OLDEST_MEASURED[1], OLDEST_MEASURED[2] + 1])) return ["oldest"];
  return ["current", "oldest"];
}
function hasOneMillionSuffix(model) {
  return /\[1m\]\s*$/i.test(model);
}
function normalizeModelId(model) {
  let id = model.trim().toLowerCase().replace(/\[1m\]$/, "");
  id = id.replace(/^(?:(?:us|eu|apac|global|jp|au)\.)?(?:anthropic\.)?/, "");
  id = id.replace(/:\d+$/, "");
  id = id.replace(/@\d{8}$/, "");
  id = id.replace(/-v\d+$/, "");
  id = id.replace(/-(\d{8}|latest)$/, "");
  return id;
}
var RETIRED_TO_DEFAULT = /* @__PURE__ */ new Set(["claude-opus-4-0", "claude-opus-4-1", "claude-opus-4-1-20250805", "claude-opus-4-20250514"]);
var FAMILIES_200K = [/^claude-3-/, /^claude-(?:opus|sonnet)-4(?:-[0-6])?$/, /^claude-haiku-4(?:-[0-5])?$/];
var OLDEST_DEFAULT_MODEL = "claude-opus-4-8";
function native1M(model) {
  const raw = model.trim().toLowerCase().replace(/\[1m\]$/, "");
  if (RETIRED_TO_DEFAULT.has(raw)) return true;
  const id = normalizeModelId(model);
  return !FAMILIES_200K.some((family) => family.test(id));
}
function maxOutputTokens(model) {
  const id = model === null ? "" : normalizeModelId(model);
  if (/^claude-3-(?:haiku|opus)/.test(id)) return 4096;
  if (/^claude-3-(?:5-|sonnet)/.test(id)) return 8192;
  return 32 * K;
}
function modelWindow(model, rules, suffixKnown, explicitChoice) {
  if (hasOneMillionSuffix(model)) return { window: WINDOW_1M, optIn: rules === "oldest" || !native1M(model), assumed: false };
  if (rules === "current") return { window: native1M(model) ? WINDOW_1M : WINDOW_200K, optIn: false, assumed: false };
  const id = normalizeModelId(model);
  if (id === "default") return { window: WINDOW_1M, optIn: true, assumed: false };
  if (!suffixKnown && !explicitChoice && id === OLDEST_DEFAULT_MODEL) return { window: WINDOW_1M, optIn: true, assumed: true };
  return { window: WINDOW_200K, optIn: false, assumed: false };
}
function chooseModel(facts) {
  if (facts.requestedModel) return { model: facts.requestedModel, suffixKnown: true };
  const seen = facts.responseModel ?? facts.startModel;
  const configured = facts.configuredModel;
  if (seen && configured && normalizeModelId(seen) === normalizeModelId(configured)) return { model: configured, suffixKnown: true };
  if (seen) return { model: seen, suffixKnown: false };
  if (configured) return { model: configured, suffixKnown: true };
  return null;
}
function parseTokens(raw) {
  const value = raw === void 0 ? Number.NaN : Number(raw.trim());
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : null;
}
function resolveContextWindow(facts) {
  const disable1M = truthy(facts.env.CLAUDE_CODE_DISABLE_1M_CONTEXT);
  const choice = chooseModel(facts);
  const explicitChoice = facts.configuredModel !== null;
  let window;
  let source;
  let certain;
  let optIn = false;
  if (choice === null) {
    window = disable1M ? WINDOW_200K : WINDOW_1M;
    source = disable1M ? "setting" : "default";
    certain = disable1M;
  } else {
    const candidates = ruleSets(facts.version).map((rules) => modelWindow(choice.model, rules, choice.suffixKnown, explicitChoice));
    const widest = candidates.reduce((a, b) => b.window > a.window ? b : a);
    window = disable1M ? WINDOW_200K : widest.window;
    optIn = widest.optIn;
    source = disable1M ? "setting" : widest.assumed ? "default" : "model";
    certain = disable1M || candidates.every((c) => c.window === widest.window) && !widest.assumed;
  }
  if (facts.statuslineWindow !== null) {
    window = facts.statuslineWindow;
    source = "statusline";
    certain = true;
  }
  if (facts.configWindow !== null) {
    window = facts.configWindow;
    source = "config";
    certain = true;
  }
  if (facts.tokens > window) {
    window = Math.max(WINDOW_1M, facts.tokens);
    source = "tokens";
    certain = false;
  }
  return { window, source, certain, ...compactionPoint(window, facts, optIn && !disable1M, choice?.model ?? null) };
}
function compactionPoint(window, facts, optIn, model) {
  const off = truthy(facts.env.DISABLE_AUTO_COMPACT) || truthy(facts.env.DISABLE_COMPACT) || facts.settings.autoCompactEnabled === false;
  const fromEnv = parseTokens(facts.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW);
  const fromSetting = typeof facts.settings.autoCompactWindow === "number" && facts.settings.autoCompactWindow > 0 ? facts.settings.autoCompactWindow : null;
  const chosen = fromEnv !== null ? Math.max(fromEnv, MIN_AUTO_COMPACT_WINDOW) : fromSetting;
  const budget = chosen === null ? window : Math.min(window, chosen);
  const budgetSource = chosen === null || budget >= window ? null : fromEnv !== null ? "env" : "setting";
  if (off) return { compaction: "off", autoCompactAt: null, budget, budgetSource };
  if (optIn && budgetSource === null) return { compaction: "reactive", autoCompactAt: window, budget, budgetSource };
  const effective = budget - Math.min(maxOutputTokens(model), MAX_OUTPUT_RESERVE_TOKENS);
  let point = effective - SUMMARY_BUFFER_TOKENS;
  const pct = Number(facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() ?? "");
  if (facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() && Number.isFinite(pct) && pct > 0 && pct <= 100) {
    point = Math.min(Math.floor(effective * pct / 100), point);
  }
  return { compaction: "auto", autoCompactAt: Math.max(0, point), budget, budgetSource };
}

// scripts/core/context.ts
var STATUSLINE_MAX_AGE_MS = 6e4;
var COMPACT_MARGIN = 0.02;
var round1 = (value) => Math.round(value * 10) / 10;
function measureContext(inputs) {
  const { statusline, usage, settings, config, now } = inputs;
  const env = { ...settings.env, ...inputs.env };
  const fresh = statusline !== null && statusline.used_percentage !== null && statusline.context_window_size !== null && now.getTime() - Date.parse(statusline.at) <= STATUSLINE_MAX_AGE_MS;
  const statuslineWindow = fresh ? statusline.context_window_size : null;
  let tokens = usage.tokens;
  let tokenSource = usage.kind === "measured" ? "transcript" : usage.kind === "estimated" ? "estimate" : "unknown";
  if (fresh && statusline.used_percentage !== null && statusline.context_window_size !== null) {
    const exact = Math.round(statusline.used_percentage / 100 * statusline.context_window_size);
    if (usage.kind !== "measured" || usage.tokens <= exact) {
      tokens = exact;
      tokenSource = "statusline";
    }
  }
  const measured = usage.kind === "measured" ? usage : null;
  const window = resolveContextWindow({
    requestedModel: measured ? measured.requestedModel : inputs.seen?.requested_model ?? null,
    responseModel: measured ? measured.model : inputs.seen?.model ?? null,
    startModel: inputs.startModel,
    configuredModel: env.ANTHROPIC_MODEL || settings.model || null,
    version: measured?.version ?? inputs.seen?.version ?? null,
    tokens,
    configWindow: config.context_window,
    statuslineWindow,
    env,
    settings
  });
  return { ...window, tokens, percent: round1(tokens / window.window * 100), tokenSource };
}
function tokensOfReading(context) {
  if (context.tokenSource === "unknown") return null;
  return {
    context_tokens: context.tokens,
    context_window: context.window,
    percent: context.percent,
    window_source: context.source,
    window_certain: context.certain,
    token_source: context.tokenSource,
    compaction: context.compaction,
    auto_compact_at: context.autoCompactAt
  };
}
function thresholdTokens(fraction, context) {
  if (context.compaction === "off" || context.autoCompactAt === null) return Number.POSITIVE_INFINITY;
  return Math.min(Math.round(fraction * context.budget), Math.round(context.autoCompactAt - COMPACT_MARGIN * context.budget));
}
function crossMilestones(context, config, announced) {
  const crossed = [...config.milestones].sort((a, b) => a - b).filter((m) => !announced.includes(m) && context.tokens >= thresholdTokens(m, context));
  return {
    crossed,
    atHandoffThreshold: context.tokens >= thresholdTokens(config.handoff_threshold, context)
  };
}
function kilo(tokens) {
  return tokens >= 1e6 ? `${Math.round(tokens / 1e5) / 10}M` : `${Math.round(tokens / 1e3)}K`;
}
function contextNotice(context, crossing, workflowId) {
  const highest = crossing.crossed.at(-1);
  if (highest === void 0) return null;
  const figures = describeFigures(context);
  const compactAt = describeCompaction(context);
  const target = workflowId ? ` (updates workflow ${workflowId})` : "";
  if (!crossing.atHandoffThreshold) {
    return {
      user: `workflow: context ${figures} used; ${compactAt}.`,
      model: `[workflow] Context window ${figures} used; ${compactAt}. No action needed yet.`
    };
  }
  return {
    user: `workflow: context ${figures} used; ${compactAt}. Save the work with /workflow:handoff${target}.`,
    model: `[workflow] Context window ${figures} used; ${compactAt}. At the next natural stopping point, suggest to the user to run /workflow:handoff${target} so a fresh session can continue. Do not stop the current task for it.`
  };
}
function describeFigures(context) {
  if (context.tokenSource === "unknown") return `unknown (no readable transcript yet; window ${kilo(context.window)} tokens${context.certain ? "" : ", assumed"})`;
  const flags = [context.tokenSource === "estimate" ? "estimated" : null, context.certain ? null : "window assumed"].filter((f) => f !== null);
  return `${context.percent}% (${kilo(context.tokens)} of ${kilo(context.window)} tokens${flags.map((f) => `, ${f}`).join("")})`;
}
function describeCompaction(context) {
  switch (context.compaction) {
    case "off":
      return "auto-compact is off";
    case "reactive":
      return "Claude Code compacts only when the window is full";
    case "auto": {
      const budget = context.budgetSource === null ? "" : ` (auto-compact window ${kilo(context.budget)})`;
      return `auto-compact near ${kilo(context.autoCompactAt ?? 0)}${budget}`;
    }
    default:
      return context.compaction;
  }
}
var WINDOW_SOURCES = {
  config: "window from the context_window setting",
  statusline: "exact figures from the status line",
  model: "window of the model",
  setting: "window set by CLAUDE_CODE_DISABLE_1M_CONTEXT",
  default: "window assumed from the default model: uncertain",
  tokens: "window inferred from the count: uncertain",
  unknown: "window unknown"
};
function describeWindowSource(source, certain) {
  const words = WINDOW_SOURCES[source];
  return certain || words.endsWith("uncertain") ? words : `${words}: uncertain`;
}
function describeReading(context) {
  return `${describeFigures(context)}; ${describeCompaction(context)}; ${describeWindowSource(context.source, context.certain)}`;
}

export {
  measureContext,
  tokensOfReading,
  crossMilestones,
  kilo,
  contextNotice,
  describeWindowSource,
  describeReading
};
