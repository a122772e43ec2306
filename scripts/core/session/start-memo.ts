// What a session start would read and validate of the configuration only to learn three settings
// (whether it pulls, when a handoff is stale, whether a compaction makes the session a workflow): kept per project under the runtime folder, with each
// configuration file's signature taken before it was read and the variables that chose them. A
// start whose sources all look the same takes the two from here (core/workflows/held-start.ts);
// any other reads the configuration as the hook always did, and keeps it for the next.
import fs from 'node:fs';
import { homeDir } from '../shared/node-builtins.ts';
import path from 'node:path';
import type { StartMemo } from '../schemas.ts';
import { runtimeDir } from '../runtime/runtime-dir.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { CONFIG_ENV_PREFIXES, CONFIG_ENV_SETTINGS, configFiles } from '../shared/config-sources.ts';
import { isBoolean, isNumber, isObject, isString } from '../shared/json-guards.ts';
import { readOwnFile } from '../shared/safe-fs.ts';
import { fnv1a64Hex } from '../shared/short-hash.ts';
import { changedTooRecently, sourcesUnchanged, type TurnSources } from './turn-memo.ts';

export type StartConfig = StartMemo['config'];

/** What a start keeps of the configuration. */
export function startConfigOf(config: { sync: { auto: boolean }; stale_after_days: number; auto_create: boolean }): StartConfig {
  return { sync_auto: config.sync.auto, stale_after_days: config.stale_after_days, auto_create: config.auto_create };
}

const MEMO_MAX_BYTES = 64 * 1024;

/** What the configuration of a start in `projectDir` is read from. */
export function startSources(projectDir: string, env: NodeJS.ProcessEnv): TurnSources {
  const variables = CONFIG_ENV_PREFIXES.flatMap((prefix) => CONFIG_ENV_SETTINGS.map((name) => env[`${prefix}${name}`] ?? null));
  return { key: JSON.stringify([projectDir, homeDir(), variables]), files: configFiles(projectDir) };
}

const memoFile = (env: NodeJS.ProcessEnv, sources: TurnSources): string => path.join(runtimeDir(env), 'start-memo', `${fnv1a64Hex(sources.key)}.json`);

/**
 * The memo as schemas.ts's StartMemo declares it, checked by hand (the quick path runs without zod;
 * test/unit/turn-checks.test.ts holds the two to each other); null for anything else.
 */
export function startMemoOf(json: unknown): StartMemo | null {
  if (!isObject(json) || json.version !== 1 || !isString(json.key) || !Array.isArray(json.files) || !isObject(json.config)) return null;
  const files: [string, string][] = [];
  for (const entry of json.files) {
    if (!Array.isArray(entry) || entry.length !== 2 || !isString(entry[0]) || !isString(entry[1])) return null;
    files.push([entry[0], entry[1]]);
  }
  const { sync_auto, stale_after_days, auto_create } = json.config;
  if (!isBoolean(sync_auto) || !isNumber(stale_after_days) || !isBoolean(auto_create)) return null;
  return { version: 1, key: json.key, files, config: { sync_auto, stale_after_days, auto_create } };
}

/** The settings a start needs, if none of their sources changed since they were kept. */
export function readStartConfig(env: NodeJS.ProcessEnv, sources: TurnSources): StartConfig | null {
  try {
    const bytes = readOwnFile(memoFile(env, sources), MEMO_MAX_BYTES);
    const memo = bytes ? startMemoOf(JSON.parse(bytes.toString('utf8'))) : null;
    return memo && sourcesUnchanged(memo, sources) ? memo.config : null;
  } catch {
    return null;
  }
}

/** Keeps what a start read for the next (only when it changed). `signatures` are of before the read. */
export function rememberStartConfig(env: NodeJS.ProcessEnv, sources: TurnSources, signatures: readonly string[], config: StartConfig, now: Date): void {
  if (changedTooRecently(signatures, now)) return;
  const memo: StartMemo = { version: 1, key: sources.key, files: sources.files.map((file, i) => [file, signatures[i] ?? 'unsigned']), config };
  const text = JSON.stringify(memo);
  const file = memoFile(env, sources);
  try {
    if (readOwnFile(file, MEMO_MAX_BYTES)?.toString('utf8') === text) return;
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileAtomic(file, text);
  } catch {
    // without a memo the next start reads the configuration, as it always did
  }
}
