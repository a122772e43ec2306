// What every turn would otherwise read and validate again: the configuration's layers and Claude
// Code's settings files. The hooks keep what they read per session, with each file's signature
// (inode, size, times) and the variables and folders that chose the files; a turn whose sources
// all look the same uses it, and reads none of them. See core/workflows/quiet-turn.ts.
import { homeDir } from '../shared/node-builtins.ts';
import type { TurnMemo } from '../schemas.ts';
import { CONFIG_ENV_PREFIXES, CONFIG_ENV_SETTINGS, configFiles } from '../shared/config-sources.ts';
import type { ClaudeSettings } from './claude-settings.ts';
import { settingsFiles } from './settings-files.ts';
import { contextVariables, type TurnConfig } from './context.ts';
import { changedSince, pathSignature } from '../shared/file-signature.ts';
import { readSessionFile, writeSessionFile } from '../runtime/session-files.ts';
import { isBoolean, isNumber, isNumberOrNull, isObject, isString } from '../shared/json-guards.ts';

const SUFFIX = '.turn.json';
/**
 * A file changed this recently may change again within its timestamps' resolution without its
 * signature changing (git's "racily clean" files): it is read again next turn rather than kept.
 */
const RACY_MS = 2_000;

function memoConfigOf(value: unknown): TurnMemo['config'] | null {
  if (!isObject(value)) return null;
  const { milestones, handoff_threshold, context_window, mode, checkpoint_interval_minutes } = value;
  if (!Array.isArray(milestones) || !milestones.every(isNumber) || !isNumber(handoff_threshold) || !isNumber(checkpoint_interval_minutes)) return null;
  if (!isNumberOrNull(context_window) || (mode !== 'suggest' && mode !== 'auto')) return null;
  return { milestones, handoff_threshold, context_window, mode, checkpoint_interval_minutes };
}

function memoSettingsOf(value: unknown): TurnMemo['settings'] | null {
  if (!isObject(value)) return null;
  const { model, autoCompactWindow, autoCompactEnabled, env } = value;
  if (!(model === undefined || isString(model)) || !(autoCompactWindow === undefined || isNumber(autoCompactWindow))) return null;
  if (!(autoCompactEnabled === undefined || isBoolean(autoCompactEnabled)) || !isObject(env) || !Object.values(env).every(isString)) return null;
  return {
    ...(model !== undefined ? { model } : {}),
    ...(autoCompactWindow !== undefined ? { autoCompactWindow } : {}),
    ...(autoCompactEnabled !== undefined ? { autoCompactEnabled } : {}),
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => isString(entry[1]))),
  };
}

/**
 * The memo as schemas.ts's TurnMemo declares it, checked by hand (the quiet-turn check runs without
 * zod; test/unit/turn-checks.test.ts holds the two to each other); null for anything else.
 */
export function turnMemoOf(json: unknown): TurnMemo | null {
  if (!isObject(json) || json.version !== 1 || !isString(json.key) || !Array.isArray(json.files)) return null;
  const files: [string, string][] = [];
  for (const entry of json.files) {
    if (!Array.isArray(entry) || entry.length !== 2 || !isString(entry[0]) || !isString(entry[1])) return null;
    files.push([entry[0], entry[1]]);
  }
  const config = memoConfigOf(json.config);
  const settings = memoSettingsOf(json.settings);
  return config && settings ? { version: 1, key: json.key, files, config, settings } : null;
}

export interface TurnSources {
  key: string;
  files: string[];
}

/** What the configuration and settings of a turn in `projectDir` (started in `startDir`) are read from. */
export function turnSources(projectDir: string, startDir: string, env: NodeJS.ProcessEnv): TurnSources {
  const variables = CONFIG_ENV_PREFIXES.flatMap((prefix) => CONFIG_ENV_SETTINGS.map((name) => env[`${prefix}${name}`] ?? null));
  return {
    key: JSON.stringify([projectDir, startDir, homeDir(), env.CLAUDE_CONFIG_DIR ?? null, variables]),
    files: [...configFiles(projectDir), ...settingsFiles(startDir, env)],
  };
}

/** The files' signatures now: taken before they are read, so that a change after it is a change next turn. */
export function signSources(sources: TurnSources): string[] {
  return sources.files.map(pathSignature);
}

/** Whether a memo's sources (`key`, `files` with their signatures) are the ones of `sources` and look the same now. */
export function sourcesUnchanged(memo: { key: string; files: readonly (readonly [string, string])[] }, sources: TurnSources): boolean {
  if (memo.key !== sources.key || memo.files.length !== sources.files.length) return false;
  return memo.files.every(([file, signature], i) => file === sources.files[i] && pathSignature(file) === signature);
}

/** Whether one of the files of `signatures` changed too recently to be kept by its signature (see RACY_MS). */
export function changedTooRecently(signatures: readonly string[], now: Date): boolean {
  return signatures.some((signature) => changedSince(signature, now.getTime() - RACY_MS));
}

/** The configuration and settings the session's turns read, if none of their sources changed since. */
export function readTurnMemo(env: NodeJS.ProcessEnv, sessionId: string, sources: TurnSources): { config: TurnConfig; settings: ClaudeSettings } | null {
  const memo = turnMemoOf(readSessionFile(env, sessionId, SUFFIX));
  if (!memo || !sourcesUnchanged(memo, sources)) return null;
  const { model, autoCompactWindow, autoCompactEnabled, env: variables } = memo.settings;
  return { config: memo.config, settings: { model, autoCompactWindow, autoCompactEnabled, env: variables } };
}

/**
 * Keeps what this turn read for the session's next turns (only when it changed). `signatures`
 * are of before the read; `now` tells a racily recent file.
 */
export function rememberTurn(
  env: NodeJS.ProcessEnv,
  sessionId: string,
  sources: TurnSources,
  signatures: readonly string[],
  config: TurnConfig,
  settings: ClaudeSettings,
  now: Date,
): void {
  if (changedTooRecently(signatures, now)) return;
  const memo: TurnMemo = {
    version: 1,
    key: sources.key,
    files: sources.files.map((file, i) => [file, signatures[i] ?? 'unsigned']),
    config: {
      milestones: config.milestones,
      handoff_threshold: config.handoff_threshold,
      context_window: config.context_window,
      mode: config.mode,
      checkpoint_interval_minutes: config.checkpoint_interval_minutes,
    },
    settings: {
      ...(settings.model !== undefined ? { model: settings.model } : {}),
      ...(settings.autoCompactWindow !== undefined ? { autoCompactWindow: settings.autoCompactWindow } : {}),
      ...(settings.autoCompactEnabled !== undefined ? { autoCompactEnabled: settings.autoCompactEnabled } : {}),
      env: Object.fromEntries(Object.entries(contextVariables(settings.env)).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    },
  };
  if (JSON.stringify(readSessionFile(env, sessionId, SUFFIX)) === JSON.stringify(memo)) return;
  try {
    writeSessionFile(env, sessionId, SUFFIX, memo);
  } catch {
    // without a memo the next turn reads the files again, as it always did
  }
}
