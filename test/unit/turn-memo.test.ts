// The quiet-turn memo: what a turn read of the configuration and Claude Code's settings, kept
// with the signature of every file it came from and the variables that chose them. Real files in
// temporary folders; each way a source can change must make the next turn read them again.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../scripts/core/shared/config.ts';
import { readClaudeSettings } from '../../scripts/core/session/claude-settings.ts';
import { readTurnMemo, rememberTurn, signSources, turnSources } from '../../scripts/core/session/turn-memo.ts';
import { CONFIG_ENV_PREFIXES, CONFIG_ENV_SETTINGS } from '../../scripts/core/shared/config-sources.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const LONG_AGO = new Date('2026-01-01T00:00:00Z');
const SESSION = 'memo-1';

function setup(extraEnv: NodeJS.ProcessEnv = {}) {
  const project = tempDir('wf-project-');
  const configDir = tempDir('wf-claude-');
  const env: NodeJS.ProcessEnv = { WORKFLOW_RUNTIME_DIR: tempDir('wf-runtime-'), CLAUDE_CONFIG_DIR: configDir, ...extraEnv };
  const write = (file: string, value: unknown, at = LONG_AGO) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(value));
    fs.utimesSync(file, at, at);
  };
  const projectConfig = path.join(project, '.claude', 'workflow.json');
  const projectSettings = path.join(project, '.claude', 'settings.json');
  const userSettings = path.join(configDir, 'settings.json');
  /** one turn as the hook takes it: sign, read, remember (by default as if a few seconds after the files were written) */
  const turn = (turnEnv = env, now = new Date(Date.now() + 3_000)) => {
    const sources = turnSources(project, project, turnEnv);
    const signatures = signSources(sources);
    const { config } = loadConfig(project, turnEnv);
    rememberTurn(turnEnv, SESSION, sources, signatures, config, readClaudeSettings(project, turnEnv), now);
    return { config };
  };
  const recall = (turnEnv = env) => readTurnMemo(turnEnv, SESSION, turnSources(project, project, turnEnv));
  const memoFile = path.join(env.WORKFLOW_RUNTIME_DIR as string, 'sessions', `${SESSION}.turn.json`);
  return { project, env, write, projectConfig, projectSettings, userSettings, turn, recall, memoFile };
}

describe('the turn memo', () => {
  it('gives the next turn the configuration and settings this one read', () => {
    const t = setup({ WORKFLOW_MODE: 'auto' });
    t.write(t.projectConfig, { milestones: [0.4, 0.6], checkpoint_interval_minutes: 5 });
    t.write(t.userSettings, { model: 'opus[1m]', env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '400000', ANTHROPIC_API_KEY: 'sk-ant-secret' } });
    expect(t.recall()).toBeNull();
    t.turn();
    expect(t.recall()).toEqual({
      config: { milestones: [0.4, 0.6], handoff_threshold: expect.any(Number), context_window: null, mode: 'auto', checkpoint_interval_minutes: 5 },
      settings: { model: 'opus[1m]', autoCompactWindow: undefined, autoCompactEnabled: undefined, env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '400000' } },
    });
    // the settings' env blocks may hold secrets: only the variables a reading depends on are kept
    expect(fs.readFileSync(t.memoFile, 'utf8')).not.toContain('sk-ant-secret');
    expect(fs.statSync(t.memoFile).mode & 0o777).toBe(0o600);
  });

  it('is written again only when what it holds changed', () => {
    const t = setup();
    t.turn();
    const before = fs.statSync(t.memoFile);
    t.turn();
    const after = fs.statSync(t.memoFile);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it.each<[string, (t: ReturnType<typeof setup>) => void]>([
    ['the project config is written (same size)', (t) => t.write(t.projectConfig, { milestones: [0.5, 0.6] })],
    ['the project config appears', (t) => t.write(path.join(t.project, '.claude', 'workflow.json'), { mode: 'auto' })],
    ['the project settings appear', (t) => t.write(t.projectSettings, { model: 'sonnet' })],
    ['the local settings appear', (t) => t.write(path.join(t.project, '.claude', 'settings.local.json'), { model: 'sonnet' })],
    ['the user settings go', (t) => fs.rmSync(t.userSettings)],
    ['the user settings become a link to another file', (t) => {
      const other = path.join(path.dirname(t.userSettings), 'other.json');
      t.write(other, { model: 'opus' });
      fs.rmSync(t.userSettings);
      fs.symlinkSync(other, t.userSettings);
    }],
    ['a folder takes the place of the project config', (t) => {
      fs.rmSync(t.projectConfig, { force: true });
      fs.mkdirSync(t.projectConfig, { recursive: true });
    }],
  ])('is not used when %s', (_name, change) => {
    const t = setup();
    t.write(t.projectConfig, { milestones: [0.4, 0.6] });
    t.write(t.userSettings, { model: 'opus' });
    t.turn();
    expect(t.recall()).not.toBeNull();
    change(t);
    expect(t.recall()).toBeNull();
  });

  it.each([
    ...CONFIG_ENV_PREFIXES.flatMap((prefix) => CONFIG_ENV_SETTINGS.map((name) => `${prefix}${name}`)),
    'CLAUDE_CONFIG_DIR',
  ])('is not used when %s changes', (name) => {
    const t = setup();
    t.turn();
    expect(t.recall()).not.toBeNull();
    expect(t.recall({ ...t.env, [name]: `${t.env[name] ?? ''}1` })).toBeNull();
  });

  it('is not kept while a source was written within the last two seconds (its times may not show the next write)', () => {
    const t = setup();
    const now = new Date();
    // its change time is now, whatever its modification time says
    t.write(t.projectConfig, { mode: 'auto' });
    t.turn(t.env, now);
    expect(fs.existsSync(t.memoFile)).toBe(false);
    t.turn(t.env, new Date(now.getTime() + 2_500));
    expect(t.recall()).not.toBeNull();
  });

  it('names every variable the configuration and the settings read (a variable it missed would keep a stale memo)', () => {
    const t = setup();
    const read = new Set<string>();
    const watched = new Proxy(t.env, {
      get(target, key) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key);
      },
    });
    loadConfig(t.project, watched);
    readClaudeSettings(t.project, watched);
    const sources = turnSources(t.project, t.project, watched);
    const named = new Set([...CONFIG_ENV_PREFIXES.flatMap((prefix) => CONFIG_ENV_SETTINGS.map((name) => `${prefix}${name}`)), 'CLAUDE_CONFIG_DIR']);
    expect([...read].filter((key) => !named.has(key))).toEqual([]);
    expect(read.size).toBeGreaterThan(20);
    expect(sources.files).toHaveLength(6);
  });
});
