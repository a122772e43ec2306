// What Claude Code's settings files say about the model and its compaction, merged in Claude
// Code's precedence: managed over local over project over user. The files come with the project
// (project and local settings) and so may be hostile: only regular files, size-capped, are read.
import fs from 'node:fs';
import { ClaudeSettingsFile } from '../schemas.ts';
import { settingsFiles } from './settings-files.ts';

const MAX_SETTINGS_BYTES = 1024 * 1024;

export interface ClaudeSettings {
  model: string | undefined;
  autoCompactWindow: number | undefined;
  autoCompactEnabled: boolean | undefined;
  /** the `env` blocks: Claude Code exports them, so a hook already has them; the terminal CLI does not */
  env: Record<string, string>;
}

function readSettingsFile(file: string): ClaudeSettingsFile | null {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO planted in place of the file must not hang the hook
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_SETTINGS_BYTES) return null;
    const parsed = ClaudeSettingsFile.safeParse(JSON.parse(fs.readFileSync(fd, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // Claude Code reports its own broken settings; ours is only to read them
  } finally {
    fs.closeSync(fd);
  }
}

/** The merged settings Claude Code runs with in `startDir` (where the session started). */
export function readClaudeSettings(startDir: string, env: NodeJS.ProcessEnv): ClaudeSettings {
  const merged: ClaudeSettings = { model: undefined, autoCompactWindow: undefined, autoCompactEnabled: undefined, env: {} };
  for (const file of settingsFiles(startDir, env)) {
    const layer = readSettingsFile(file);
    if (!layer) continue;
    merged.model = layer.model ?? merged.model;
    merged.autoCompactWindow = layer.autoCompactWindow ?? merged.autoCompactWindow;
    merged.autoCompactEnabled = layer.autoCompactEnabled ?? merged.autoCompactEnabled;
    Object.assign(merged.env, layer.env ?? {});
  }
  return merged;
}
