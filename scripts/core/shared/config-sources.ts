// Where the configuration comes from (config.ts reads and validates it): its two files and the
// environment variables of its settings. Kept apart from the schemas so that the quiet-turn memo
// can tell a changed source without building them.
import path from 'node:path';
import { homeDir } from './node-builtins.ts';

/** The prefixes of a setting's variables, lowest layer first: the plugin's options, then the user's own. */
export const CONFIG_ENV_PREFIXES = ['CLAUDE_PLUGIN_OPTION_', 'WORKFLOW_'] as const;

/** Every setting a variable can set, by its name after the prefix (WORKFLOW_MODE, CLAUDE_PLUGIN_OPTION_MODE). */
export const CONFIG_ENV_SETTINGS = [
  'MILESTONES',
  'HANDOFF_THRESHOLD',
  'CONTEXT_WINDOW',
  'MODE',
  'CHECKPOINT_INTERVAL_MINUTES',
  'AUTO_CREATE',
  'STALE_AFTER_DAYS',
  'RETENTION_COMPLETED_DAYS',
  'RETENTION_CANCELLED_DAYS',
  'SYNC_REMOTE',
  'SYNC_AUTO',
  'SYNC_DIR',
] as const;
export type ConfigEnvSetting = (typeof CONFIG_ENV_SETTINGS)[number];

export function userConfigPath(): string {
  return path.join(homeDir(), '.claude', 'workflow.json');
}

/** The configuration files, lowest layer first. */
export function configFiles(projectDir: string): [user: string, project: string] {
  return [userConfigPath(), path.join(projectDir, '.claude', 'workflow.json')];
}
