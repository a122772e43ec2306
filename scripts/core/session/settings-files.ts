// Where Claude Code's settings files are for a session (claude-settings.ts reads them), apart from
// their schema so that the quiet-turn check can tell a changed file without building it.
import { homeDir } from '../shared/node-builtins.ts';
import path from 'node:path';

function managedSettingsFile(): string {
  if (process.platform === 'darwin') return '/Library/Application Support/ClaudeCode/managed-settings.json';
  if (process.platform === 'win32') return 'C:\\Program Files\\ClaudeCode\\managed-settings.json';
  return '/etc/claude-code/managed-settings.json';
}

/** Where the session started (`CLAUDE_PROJECT_DIR`, else `fallback`): Claude Code reads the project's settings there. */
export function sessionStartDir(fallback: string, env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_PROJECT_DIR || fallback;
}

/** The settings files, lowest precedence first. */
export function settingsFiles(startDir: string, env: NodeJS.ProcessEnv): string[] {
  const configDir = env.CLAUDE_CONFIG_DIR || path.join(homeDir(), '.claude');
  return [
    path.join(configDir, 'settings.json'),
    path.join(startDir, '.claude', 'settings.json'),
    path.join(startDir, '.claude', 'settings.local.json'),
    managedSettingsFile(),
  ];
}
