// loadConfig against real files: ~/.claude/workflow.json under a temp HOME, then
// <project>/.claude/workflow.json, then the environment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, loadConfig, type WorkflowConfig } from '../../scripts/core/shared/config.ts';
import { userConfigPath } from '../../scripts/core/shared/config-sources.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';

let home: string;
let project: string;

beforeEach(() => {
  home = tempDir('wf-config-home-');
  project = tempDir('wf-config-project-');
  vi.stubEnv('HOME', home);
});
afterEach(() => {
  vi.unstubAllEnvs();
  cleanupTempDirs();
});

const userFile = () => path.join(home, '.claude', 'workflow.json');
const projectFile = () => path.join(project, '.claude', 'workflow.json');

function write(file: string, content: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
}

describe('layers', () => {
  it('reads the user file from the HOME of the environment (the test really isolates it)', () => {
    expect(os.homedir()).toBe(home);
    expect(userConfigPath()).toBe(userFile());
  });

  it('gives the defaults when there is no file and no variable', () => {
    expect(loadConfig(project, {})).toEqual({ config: DEFAULT_CONFIG, problems: [] });
    expect(DEFAULT_CONFIG).toEqual({
      milestones: [0.5, 0.75, 0.9],
      handoff_threshold: 0.75,
      context_window: null,
      mode: 'suggest',
      checkpoint_interval_minutes: 5,
      auto_create: true,
      stale_after_days: 7,
      retention: { completed_days: 30, cancelled_days: 7 },
      sync: { remote: 'origin', auto: false, dir: '' },
    });
  });

  it('applies the user file, then the project file over it, then the environment over both, key by key', () => {
    write(userFile(), { milestones: [0.4, 0.8], mode: 'auto', checkpoint_interval_minutes: 10, stale_after_days: 3 });
    write(projectFile(), { milestones: [0.6], handoff_threshold: 0.6, checkpoint_interval_minutes: 1 });
    const { config, problems } = loadConfig(project, { WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0' });
    expect(problems).toEqual([]);
    expect(config).toEqual<WorkflowConfig>({
      milestones: [0.6], // project over user
      handoff_threshold: 0.6, // project only
      context_window: null, // default
      mode: 'auto', // user only
      checkpoint_interval_minutes: 0, // env over project over user
      auto_create: true,
      stale_after_days: 3,
      retention: { completed_days: 30, cancelled_days: 7 },
      sync: { remote: 'origin', auto: false, dir: '' },
    });
  });

  it('merges the retention ages key by key: a layer that sets one keeps the other', () => {
    write(userFile(), { retention: { completed_days: 90, cancelled_days: 14 } });
    write(projectFile(), { retention: { cancelled_days: 3 } });
    const { config, problems } = loadConfig(project, { WORKFLOW_RETENTION_COMPLETED_DAYS: '45' });
    expect(problems).toEqual([]);
    expect(config.retention).toEqual({ completed_days: 45, cancelled_days: 3 });
    expect(DEFAULT_CONFIG.retention).toEqual({ completed_days: 30, cancelled_days: 7 }); // not mutated by the merge
  });

  it('lets the user file alone change the defaults', () => {
    write(userFile(), { context_window: 1_000_000, auto_create: false });
    expect(loadConfig(project, {}).config).toEqual({ ...DEFAULT_CONFIG, context_window: 1_000_000, auto_create: false });
  });
});

describe('environment variables', () => {
  it.each<[string, NodeJS.ProcessEnv, Partial<WorkflowConfig>]>([
    ['milestones as a list', { WORKFLOW_MILESTONES: '0.6,0.8' }, { milestones: [0.6, 0.8] }],
    ['milestones with spaces', { WORKFLOW_MILESTONES: '0.6, 0.8 ,0.95' }, { milestones: [0.6, 0.8, 0.95] }],
    ['milestones as percents', { WORKFLOW_MILESTONES: '60%,85%' }, { milestones: [0.6, 0.85] }],
    ['handoff threshold', { WORKFLOW_HANDOFF_THRESHOLD: '0.7' }, { handoff_threshold: 0.7 }],
    ['handoff threshold as a percent', { WORKFLOW_HANDOFF_THRESHOLD: '80%' }, { handoff_threshold: 0.8 }],
    ['context window', { WORKFLOW_CONTEXT_WINDOW: '1000000' }, { context_window: 1_000_000 }],
    ['context window auto', { WORKFLOW_CONTEXT_WINDOW: 'auto' }, { context_window: null }],
    ['mode', { WORKFLOW_MODE: 'auto' }, { mode: 'auto' }],
    ['checkpoint interval 0', { WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '0' }, { checkpoint_interval_minutes: 0 }],
    ['checkpoint interval 2.5', { WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '2.5' }, { checkpoint_interval_minutes: 2.5 }],
    ['auto create 0', { WORKFLOW_AUTO_CREATE: '0' }, { auto_create: false }],
    ['auto create false', { WORKFLOW_AUTO_CREATE: 'false' }, { auto_create: false }],
    ['auto create off', { WORKFLOW_AUTO_CREATE: 'OFF' }, { auto_create: false }],
    ['auto create yes', { WORKFLOW_AUTO_CREATE: 'yes' }, { auto_create: true }],
    ['plugin option mode', { CLAUDE_PLUGIN_OPTION_MODE: 'auto' }, { mode: 'auto' }],
    ['WORKFLOW_MODE wins over the plugin option', { WORKFLOW_MODE: 'suggest', CLAUDE_PLUGIN_OPTION_MODE: 'auto' }, { mode: 'suggest' }],
    ['an empty variable is unset', { WORKFLOW_MODE: '', CLAUDE_PLUGIN_OPTION_MODE: 'auto' }, { mode: 'auto' }],
    ['plugin option auto create', { CLAUDE_PLUGIN_OPTION_AUTO_CREATE: 'false' }, { auto_create: false }],
    ['retention of completed workflows', { WORKFLOW_RETENTION_COMPLETED_DAYS: '60' }, { retention: { completed_days: 60, cancelled_days: 7 } }],
    ['retention of cancelled workflows 0', { WORKFLOW_RETENTION_CANCELLED_DAYS: '0' }, { retention: { completed_days: 30, cancelled_days: 0 } }],
    ['the sync remote', { WORKFLOW_SYNC_REMOTE: 'team' }, { sync: { remote: 'team', auto: false, dir: '' } }],
    ['the sync folder', { WORKFLOW_SYNC_DIR: '/home/ada/Dropbox/workflows' }, { sync: { remote: 'origin', auto: false, dir: '/home/ada/Dropbox/workflows' } }],
    ['automatic sync', { WORKFLOW_SYNC_AUTO: 'on' }, { sync: { remote: 'origin', auto: true, dir: '' } }],
    ['both retention ages', { WORKFLOW_RETENTION_COMPLETED_DAYS: '14', WORKFLOW_RETENTION_CANCELLED_DAYS: '1.5' }, { retention: { completed_days: 14, cancelled_days: 1.5 } }],
  ])('%s', (_name, env, expected) => {
    expect(loadConfig(project, env)).toEqual({ config: { ...DEFAULT_CONFIG, ...expected }, problems: [] });
  });

  it('plugin options (CLAUDE_PLUGIN_OPTION_*) sit below the files: Claude Code may pass their defaults', () => {
    write(userFile(), { mode: 'suggest' });
    write(projectFile(), { auto_create: true });
    const { config, problems } = loadConfig(project, { CLAUDE_PLUGIN_OPTION_MODE: 'auto', CLAUDE_PLUGIN_OPTION_AUTO_CREATE: 'false', CLAUDE_PLUGIN_OPTION_MILESTONES: '0.6,0.8' });
    expect(problems).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, mode: 'suggest', auto_create: true, milestones: [0.6, 0.8] });
  });

  it('wins over a project file that sets the same key', () => {
    write(projectFile(), { mode: 'auto', milestones: [0.3] });
    expect(loadConfig(project, { WORKFLOW_MODE: 'suggest', WORKFLOW_MILESTONES: '0.6,0.8' }).config).toMatchObject({
      mode: 'suggest',
      milestones: [0.6, 0.8],
    });
  });

  it.each<[string, string, string]>([
    ['WORKFLOW_MILESTONES', '0.5,abc', 'milestones'],
    ['WORKFLOW_MILESTONES', '0.5,1.5', 'milestones'],
    ['WORKFLOW_HANDOFF_THRESHOLD', '1.5', 'handoff_threshold'],
    ['WORKFLOW_HANDOFF_THRESHOLD', 'high', 'handoff_threshold'],
    ['WORKFLOW_CONTEXT_WINDOW', '-5', 'context_window'],
    ['WORKFLOW_MODE', 'loud', 'mode'],
    ['WORKFLOW_CHECKPOINT_INTERVAL_MINUTES', '-1', 'checkpoint_interval_minutes'],
    ['WORKFLOW_AUTO_CREATE', 'maybe', 'auto_create'],
    ['CLAUDE_PLUGIN_OPTION_MODE', 'sometimes', 'mode'],
    ['WORKFLOW_RETENTION_COMPLETED_DAYS', '-3', 'retention'],
    ['WORKFLOW_RETENTION_CANCELLED_DAYS', 'forever', 'retention'],
  ])('%s=%s is reported naming the variable and ignored', (name, value) => {
    const { config, problems } = loadConfig(project, { [name]: value, WORKFLOW_STALE_AFTER_DAYS: '2' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(name);
    expect(problems[0]).toContain(value);
    // the bad variable falls back; a good one next to it still applies
    expect(config).toEqual({ ...DEFAULT_CONFIG, stale_after_days: 2 });
  });
});

describe('a bad file', () => {
  it.each<[string, string, string]>([
    ['invalid JSON', '{"mode": "auto",', 'not valid JSON'],
    ['an unknown key', JSON.stringify({ mode: 'auto', colour: 'red' }), 'colour'],
    ['a milestone past 1', JSON.stringify({ mode: 'auto', milestones: [1.5] }), 'milestones'],
    ['a milestone of 0', JSON.stringify({ mode: 'auto', milestones: [0] }), 'milestones'],
    ['no milestones', JSON.stringify({ mode: 'auto', milestones: [] }), 'milestones'],
    ['a string where a number goes', JSON.stringify({ mode: 'auto', handoff_threshold: '0.8' }), 'handoff_threshold'],
    ['an unknown mode', JSON.stringify({ auto_create: false, mode: 'loud' }), 'mode'],
    ['a fractional window', JSON.stringify({ mode: 'auto', context_window: 1.5 }), 'context_window'],
    ['a negative retention age', JSON.stringify({ mode: 'auto', retention: { completed_days: -1 } }), 'retention.completed_days'],
    ['a retention age as a string', JSON.stringify({ mode: 'auto', retention: { cancelled_days: '7' } }), 'retention.cancelled_days'],
    ['an unknown retention key', JSON.stringify({ mode: 'auto', retention: { paused_days: 3 } }), 'retention.paused_days'],
    ['an array', '[]', 'workflow.json'],
    ['null', 'null', 'workflow.json'],
  ])('with %s: the project layer is skipped, the problem names the file and field', (_name, content, field) => {
    write(projectFile(), content);
    const { config, problems } = loadConfig(project, {});
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(projectFile());
    expect(problems[0]).toContain(field);
  });

  it('in the user file: reported with the user file path, and the project file still applies', () => {
    write(userFile(), { milestones: [1.5] });
    write(projectFile(), { mode: 'auto' });
    const { config, problems } = loadConfig(project, {});
    expect(config).toEqual({ ...DEFAULT_CONFIG, mode: 'auto' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(userFile());
    expect(problems[0]).toContain('milestones');
  });

  it('in the project file: the user file and the environment still apply', () => {
    write(userFile(), { stale_after_days: 3 });
    write(projectFile(), { milestones: [2] });
    const { config, problems } = loadConfig(project, { WORKFLOW_MODE: 'auto' });
    expect(config).toEqual({ ...DEFAULT_CONFIG, stale_after_days: 3, mode: 'auto' });
    expect(problems).toEqual([expect.stringContaining(projectFile())]);
  });

  it('that cannot be read (a directory in its place) is reported, not thrown', () => {
    fs.mkdirSync(projectFile(), { recursive: true });
    const { config, problems } = loadConfig(project, {});
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toEqual([expect.stringContaining(projectFile())]);
  });
});
