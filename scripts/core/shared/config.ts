// One validated configuration: defaults, then the plugin's options (userConfig, which Claude Code
// passes to hooks as CLAUDE_PLUGIN_OPTION_*), then ~/.claude/workflow.json, then
// <project>/.claude/workflow.json, then WORKFLOW_* variables. The plugin options sit lowest: Claude
// Code may pass their defaults, which must not hide a file the user wrote. A bad layer is reported
// with its file and field and skipped; it never stops a hook.
import { WorkflowError } from './errors.ts';
import { READ_CAPS, readRegularText } from './safe-fs.ts';
import * as z from 'zod/mini';
import { configFiles, type ConfigEnvSetting } from './config-sources.ts';
import '../schemas.ts'; // installs the English error messages

const Fraction = z.number().check(z.gt(0), z.lt(1));
const Minutes = z.number().check(z.nonnegative());
const Days = z.number().check(z.nonnegative());

/** How long `cleanup` keeps finished workflows; paused, active and waiting ones are always kept. */
const Retention = z.strictObject({
  completed_days: Days,
  cancelled_days: Days,
});

/** `claude-workflow sync`: the git remote it pushes to and fetches from, and whether hooks sync. */
const Sync = z.strictObject({
  remote: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a git remote name')),
  /** pull at session start (time-capped), push after each handoff */
  auto: z.boolean(),
  /**
   * a folder another tool already syncs between machines (iCloud Drive, Dropbox, Syncthing): when
   * set, sync goes through it instead of the git remote; '' means the git remote
   */
  dir: z.string(),
});

const ConfigShape = {
  /** fractions of the context window announced once each per session */
  milestones: z.array(Fraction).check(z.minLength(1)),
  /** fraction of the window at which the handoff is suggested (or, in auto mode, asked for) */
  handoff_threshold: Fraction,
  /** tokens; null: 200K, or 1M for [1m] models */
  context_window: z.nullable(z.int().check(z.positive())),
  /** suggest: never interrupt; auto: at the threshold the Stop hook asks Claude once to hand off */
  mode: z.enum(['suggest', 'auto']),
  checkpoint_interval_minutes: Minutes,
  /** create a workflow on its own once a session proves long */
  auto_create: z.boolean(),
  /** a handoff older than this is flagged as stale */
  stale_after_days: z.number().check(z.positive()),
  retention: Retention,
  sync: Sync,
};

export const WorkflowConfig = z.strictObject(ConfigShape);
export type WorkflowConfig = z.infer<typeof WorkflowConfig>;
// a layer may set one retention age and inherit the other
const ConfigLayer = z.partial(z.extend(WorkflowConfig, { retention: z.partial(Retention), sync: z.partial(Sync) }));
type ConfigLayer = z.infer<typeof ConfigLayer>;

export const DEFAULT_CONFIG: WorkflowConfig = {
  milestones: [0.5, 0.75, 0.9],
  handoff_threshold: 0.75,
  context_window: null,
  mode: 'suggest',
  checkpoint_interval_minutes: 5,
  auto_create: true,
  stale_after_days: 7,
  retention: { completed_days: 30, cancelled_days: 7 },
  sync: { remote: 'origin', auto: false, dir: '' },
};

interface LoadedConfig {
  config: WorkflowConfig;
  /** one line per rejected layer, naming the file (or variable) and the field */
  problems: string[];
}

function describeIssue(source: string, error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
    return `${source}: unknown setting(s) ${issue.keys.map((key) => `${prefix}${key}`).join(', ')}; ignored this file, using the other layers`;
  }
  const field = issue?.path.join('.') || '(root)';
  return `${source}: "${field}" ${issue?.message ?? 'is invalid'}; ignored, using the other layers`;
}

function readFileLayer(file: string, problems: string[]): ConfigLayer {
  let text: string;
  try {
    text = readRegularText(file, READ_CAPS.config);
  } catch (error) {
    if (error instanceof WorkflowError) problems.push(error.message);
    else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON (${(error as Error).message}); ignored, using the other layers`);
    return {};
  }
  const parsed = ConfigLayer.safeParse(json);
  if (!parsed.success) {
    problems.push(describeIssue(file, parsed.error));
    return {};
  }
  return parsed.data;
}

// Environment values are strings; each is converted by the shape of its setting, then validated.
// The variable of a setting is <prefix><NAME>: WORKFLOW_MODE, CLAUDE_PLUGIN_OPTION_MODE.
const ENV_SETTINGS: { key: keyof WorkflowConfig; name: ConfigEnvSetting; convert: (raw: string) => unknown }[] = [
  { key: 'milestones', name: 'MILESTONES', convert: (raw) => raw.split(',').map(toNumber) },
  { key: 'handoff_threshold', name: 'HANDOFF_THRESHOLD', convert: toNumber },
  { key: 'context_window', name: 'CONTEXT_WINDOW', convert: (raw) => (raw === '' || raw === 'auto' ? null : toNumber(raw)) },
  { key: 'mode', name: 'MODE', convert: (raw) => raw },
  { key: 'checkpoint_interval_minutes', name: 'CHECKPOINT_INTERVAL_MINUTES', convert: toNumber },
  { key: 'auto_create', name: 'AUTO_CREATE', convert: toBoolean },
  { key: 'stale_after_days', name: 'STALE_AFTER_DAYS', convert: toNumber },
];
const RETENTION_ENV_SETTINGS: { key: keyof WorkflowConfig['retention']; name: ConfigEnvSetting }[] = [
  { key: 'completed_days', name: 'RETENTION_COMPLETED_DAYS' },
  { key: 'cancelled_days', name: 'RETENTION_CANCELLED_DAYS' },
];

function toNumber(raw: string): unknown {
  const trimmed = raw.trim();
  if (trimmed === '') return raw;
  const n = Number(trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : trimmed);
  return Number.isFinite(n) ? n : raw;
}

function toBoolean(raw: string): unknown {
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  return raw;
}

function readEnvLayer(env: NodeJS.ProcessEnv, prefix: string, problems: string[]): ConfigLayer {
  const layer: Record<string, unknown> = {};
  for (const setting of ENV_SETTINGS) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const parsed = ConfigShape[setting.key].safeParse(setting.convert(raw));
    if (parsed.success) layer[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? 'invalid'}; ignored`);
  }
  const retention: Record<string, unknown> = {};
  for (const setting of RETENTION_ENV_SETTINGS) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const parsed = Days.safeParse(toNumber(raw));
    if (parsed.success) retention[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? 'invalid'}; ignored`);
  }
  if (Object.keys(retention).length > 0) layer.retention = retention;
  const sync: Record<string, unknown> = {};
  const syncSettings: readonly { key: keyof WorkflowConfig['sync']; name: ConfigEnvSetting; convert: (raw: string) => unknown }[] = [
    { key: 'remote', name: 'SYNC_REMOTE', convert: (raw: string): unknown => raw },
    { key: 'auto', name: 'SYNC_AUTO', convert: toBoolean },
    { key: 'dir', name: 'SYNC_DIR', convert: (raw: string): unknown => raw },
  ];
  for (const setting of syncSettings) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const parsed = Sync.shape[setting.key].safeParse(setting.convert(raw));
    if (parsed.success) sync[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? 'invalid'}; ignored`);
  }
  if (Object.keys(sync).length > 0) layer.sync = sync;
  return ConfigLayer.parse(layer);
}

export function loadConfig(projectDir: string, env: NodeJS.ProcessEnv): LoadedConfig {
  const problems: string[] = [];
  const [userFile, projectFile] = configFiles(projectDir);
  const layers = [
    readEnvLayer(env, 'CLAUDE_PLUGIN_OPTION_', problems),
    readFileLayer(userFile, problems),
    readFileLayer(projectFile, problems),
    readEnvLayer(env, 'WORKFLOW_', problems),
  ];
  const config: WorkflowConfig = { ...DEFAULT_CONFIG };
  for (const { retention, sync, ...layer } of layers) {
    Object.assign(config, Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)));
    // merged key by key, so a file that sets one age keeps the other from the layers below
    if (retention) config.retention = { ...config.retention, ...Object.fromEntries(Object.entries(retention).filter(([, v]) => v !== undefined)) };
    if (sync) config.sync = { ...config.sync, ...Object.fromEntries(Object.entries(sync).filter(([, v]) => v !== undefined)) };
  }
  return { config, problems };
}
