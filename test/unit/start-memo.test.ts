// The session-start memo: the two settings a start needs, kept per project with the signature of
// each configuration file and the variables that chose them. Real files in temporary folders; each
// way a source can change must make the next start read the configuration again.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../scripts/core/shared/config.ts';
import { readStartConfig, rememberStartConfig, startConfigOf, startSources } from '../../scripts/core/session/start-memo.ts';
import { signSources } from '../../scripts/core/session/turn-memo.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const LONG_AGO = new Date('2026-01-01T00:00:00Z');

function setup() {
  const project = tempDir('wf-project-');
  const env: NodeJS.ProcessEnv = { WORKFLOW_RUNTIME_DIR: tempDir('wf-runtime-') };
  const projectConfig = path.join(project, '.claude', 'workflow.json');
  const write = (value: unknown) => {
    fs.mkdirSync(path.dirname(projectConfig), { recursive: true });
    fs.writeFileSync(projectConfig, JSON.stringify(value));
    fs.utimesSync(projectConfig, LONG_AGO, LONG_AGO);
  };
  /** one start as the hook takes it: sign, read, remember (by default a few seconds after the files were written) */
  const start = (startEnv = env, now = new Date(Date.now() + 3_000)) => {
    const sources = startSources(project, startEnv);
    const signatures = signSources(sources);
    const { config, problems } = loadConfig(project, startEnv);
    if (problems.length === 0) rememberStartConfig(startEnv, sources, signatures, startConfigOf(config), now);
  };
  const recall = (startEnv = env) => readStartConfig(startEnv, startSources(project, startEnv));
  return { project, env, write, start, recall };
}

describe('the session-start memo', () => {
  it('gives the next start the settings this one read, in a private file', () => {
    const t = setup();
    t.write({ stale_after_days: 3, sync: { auto: true } });
    expect(t.recall()).toBeNull();
    t.start();
    expect(t.recall()).toEqual({ sync_auto: true, stale_after_days: 3, auto_create: true });
    const [file = ''] = fs.readdirSync(path.join(t.env.WORKFLOW_RUNTIME_DIR as string, 'start-memo'));
    expect(fs.statSync(path.join(t.env.WORKFLOW_RUNTIME_DIR as string, 'start-memo', file)).mode & 0o777).toBe(0o600);
  });

  it.each<[string, (t: ReturnType<typeof setup>) => NodeJS.ProcessEnv | void]>([
    ['the project config is written (same size)', (t) => t.write({ stale_after_days: 4 })],
    ['the project config goes', (t) => fs.rmSync(path.join(t.project, '.claude', 'workflow.json'))],
    ['a variable sets a setting', (t) => ({ ...t.env, WORKFLOW_STALE_AFTER_DAYS: '9' })],
    ["the plugin's option sets one", (t) => ({ ...t.env, CLAUDE_PLUGIN_OPTION_SYNC_AUTO: 'true' })],
  ])('is not used once %s', (_name, change) => {
    const t = setup();
    t.write({ stale_after_days: 3 });
    t.start();
    const changedEnv = change(t) ?? t.env;
    expect(t.recall(changedEnv)).toBeNull();
    // the hook reads the configuration then, and keeps it for the next start
    t.start(changedEnv);
    expect(t.recall(changedEnv)).not.toBeNull();
  });

  it('keeps nothing read from a file written too recently to be known again by its signature', () => {
    const t = setup();
    t.write({ stale_after_days: 3 });
    t.start(t.env, new Date(LONG_AGO.getTime() + 1_000));
    expect(t.recall()).toBeNull();
  });

  it('is not taken from a file anyone else may write', () => {
    const t = setup();
    t.start();
    const dir = path.join(t.env.WORKFLOW_RUNTIME_DIR as string, 'start-memo');
    const [file = ''] = fs.readdirSync(dir);
    fs.chmodSync(path.join(dir, file), 0o666);
    expect(t.recall()).toBeNull();
  });
});
