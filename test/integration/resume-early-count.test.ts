// `resume`'s entry starts git's count of the commits since the handoff before the command loads
// (held-resume.ts, early-git.ts): the count it starts must be the one the command runs, which
// takes its output instead of running it again, and git must see the same environment either way.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countArgs } from '../../scripts/core/git/commit-walk.ts';
import { simpleGitEnvironment, startGitEarly, takeEarlyGit } from '../../scripts/core/git/early-git.ts';
import { useStateMemo } from '../../scripts/core/store/state-memo.ts';
import { existingIds } from '../../scripts/core/store/store-ids.ts';
import { handlesOf } from '../../scripts/core/store/workflow-ref.ts';
import { heldResumeCount } from '../../scripts/core/workflows/held-resume.ts';
import { resumeWorkflow } from '../../scripts/core/workflows/resume.ts';
import { PLUGIN_ROOT, REPO_ROOT, parseJsonOutput, runCli, runDamagedInstall } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir, tempRepo } from '../helpers/repo.ts';
import { NO_SESSION, placeOf, seedHandoff } from '../helpers/workflows.ts';

// the memo is per process: on for this file only, and off again for the next file in this worker
const PROCESS_MEMOS = Symbol.for('claude-workflow.state-memo');
beforeAll(() => useStateMemo({ WORKFLOW_RUNTIME_DIR: tempDir('wf-early-runtime-') }));
afterAll(() => {
  const held = (globalThis as unknown as Record<symbol, { dir: string | null; memos: Map<string, unknown> } | undefined>)[PROCESS_MEMOS];
  if (held) {
    held.dir = null;
    held.memos.clear();
  }
  cleanupTempDirs();
});

const NEW_COMMITS = 7;

/** A repository with a handoff (and an older one), then NEW_COMMITS commits. */
async function handedOff() {
  const repo = tempRepo();
  await seedHandoff(repo.path, { task: 'Older work' }, { startNew: true });
  const saved = await seedHandoff(repo.path, { task: 'Parser work' }, { startNew: true });
  const base = repo.head();
  for (let i = 1; i <= NEW_COMMITS; i++) repo.commit(`src/part${i}.ts`, `export const part = ${i};\n`, `Change ${i}`);
  return { repo, id: saved.id, base, head: repo.head(), place: placeOf(repo.path) };
}

describe('heldResumeCount: the count resume will run, told before the command loads', () => {
  it.each([
    ['the id', (id: string) => [id]],
    ['the id and --dir', (id: string, dir: string) => [id, '--dir', dir]],
    ['--dir=DIR before the id', (id: string, dir: string) => [`--dir=${dir}`, id]],
    ['a bare resume (the current workflow)', () => []],
    ['its handle', (id: string, _dir: string, handle: string) => [handle]],
    ['the start of its id', (id: string) => [id.slice(0, 14)]],
    ['--take-over and --format json', (id: string) => [id, '--take-over', '--format', 'json']],
    ['--format=json', (id: string) => ['--format=json', id]],
  ])('%s: the command takes the count started for it', async (_, argsOf) => {
    const { repo, id, base, head, place } = await handedOff();
    const handle = handlesOf(existingIds(place.storeDir)).get(id) ?? '';
    const held = heldResumeCount(argsOf(id, repo.path, handle), {}, repo.path);
    expect(held).toEqual({ cwd: repo.path, args: countArgs(base, head) });
    if (!held) return;
    startGitEarly(held.cwd, held.args, process.env);
    const resumed = await resumeWorkflow(place, id, NO_SESSION, new Date());
    expect(resumed.changes.new_commit_count).toBe(NEW_COMMITS);
    // taken by the command: nothing left to take
    expect(takeEarlyGit(held.cwd, held.args)).toBeUndefined();
  });

  it.each([
    ['--help', () => ['--help']],
    ['an option resume does not have', (id: string) => [id, '--bogus']],
    ['two ids', (id: string) => [id, id]],
    ['--dir without its value', (id: string) => [id, '--dir']],
    ['a workflow that does not exist', () => ['no-such-work-20260101-000000']],
  ])('%s: nothing to start', async (_, argsOf) => {
    const { repo, id } = await handedOff();
    expect(heldResumeCount(argsOf(id), {}, repo.path)).toBeNull();
  });

  it('nothing to start where the memo does not vouch for the state: a state.json changed since it was read', async () => {
    const { repo, id, place } = await handedOff();
    const file = path.join(place.storeDir, id, 'state.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"Parser work"', '"Parser work!"'));
    expect(heldResumeCount([id], {}, repo.path)).toBeNull();
  });

  it('nothing to start where HEAD is still the handoff commit, or outside a repository', async () => {
    const repo = tempRepo();
    const saved = await seedHandoff(repo.path, { task: 'Fresh work' }, { startNew: true });
    expect(heldResumeCount([saved.id], {}, repo.path)).toBeNull();
    const outside = tempDir('wf-early-outside-');
    const loose = await seedHandoff(outside, { task: 'Loose work' }, { startNew: true });
    expect(heldResumeCount([loose.id], {}, outside)).toBeNull();
  });

  it('the count the command does not run is not taken, and the command runs its own', async () => {
    const { repo, id, base, head, place } = await handedOff();
    // the count up to another HEAD: what a guess made before a commit landed would start
    const other = countArgs(base, execFileSync('git', ['rev-parse', `${head}~1`], { cwd: repo.path, encoding: 'utf8' }).trim());
    startGitEarly(repo.path, other, process.env);
    const resumed = await resumeWorkflow(place, id, NO_SESSION, new Date());
    expect(resumed.changes.new_commit_count).toBe(NEW_COMMITS);
    const left = takeEarlyGit(repo.path, other);
    expect(left).toBeDefined();
    await expect(left).resolves.toBe(`0\t${NEW_COMMITS - 1}\n`);
  });
});

describe('early git runs as simple-git runs it', () => {
  it("git started early in an environment naming another repository counts this one's commits, as simple-git does", async () => {
    const { repo, id, base, head, place } = await handedOff();
    const elsewhere = tempRepo();
    startGitEarly(repo.path, countArgs(base, head), { ...process.env, GIT_DIR: path.join(elsewhere.path, '.git'), GIT_WORK_TREE: elsewhere.path });
    const resumed = await resumeWorkflow(place, id, NO_SESSION, new Date());
    expect(resumed.warnings).toEqual([]);
    expect(resumed.changes.new_commit_count).toBe(NEW_COMMITS);
    expect(takeEarlyGit(repo.path, countArgs(base, head))).toBeUndefined();
  });

  it.each([
    ['GIT_DIR', false],
    ['git_index_file', false],
    ['GIT_CONFIG_PARAMETERS', false],
    ['EDITOR', false],
    ['PAGER', false],
    ['VISUAL', false],
    ['SSH_ASKPASS', false],
    ['PREFIX', false],
    ['PATH', true],
    ['HOME', true],
    ['GITHUB_TOKEN', true],
  ])('%s kept: %s (simple-git\'s environment guard)', (name, kept) => {
    const env = simpleGitEnvironment({ [name]: 'x', PATH: '/usr/bin' });
    expect(Object.hasOwn(env, name)).toBe(kept);
    expect(env.GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS).toBe('true');
  });

  it("reads the guard's list from the very copy simple-git uses", () => {
    const ours = createRequire(path.join(REPO_ROOT, 'package.json')).resolve('@simple-git/argv-parser');
    const simpleGits = createRequire(createRequire(path.join(REPO_ROOT, 'package.json')).resolve('simple-git')).resolve('@simple-git/argv-parser');
    expect(ours).toBe(simpleGits);
  });
});

describe('resume through dist/cli.cjs', () => {
  it('a resume and a slash command resume after new commits count them, run after run', async () => {
    const { repo, id } = await handedOff();
    const env = { WORKFLOW_RUNTIME_DIR: tempDir('wf-early-cli-') };
    for (const run of [1, 2]) {
      const result = await runCli(['resume', id, '--format', 'json'], { cwd: repo.path, env });
      expect(result.status, `run ${run}: ${result.stderr}`).toBe(0);
      expect(parseJsonOutput<{ changes: { new_commit_count: number } }>(result).changes.new_commit_count).toBe(NEW_COMMITS);
    }
    const slash = await runCli(['resume', '--arguments-from-stdin'], { cwd: repo.path, env, input: `${id.slice(0, 14)} --format json\nWORKFLOW_ARGUMENTS_END\n` });
    expect(slash.status, slash.stderr).toBe(0);
    expect(parseJsonOutput<{ id: string; changes: { new_commit_count: number } }>(slash)).toMatchObject({ id, changes: { new_commit_count: NEW_COMMITS } });
  });

  it('a slash command resume whose arguments were cut short says so, as the command does', async () => {
    const { repo } = await handedOff();
    const result = await runCli(['resume', '--arguments-from-stdin'], { cwd: repo.path, input: 'abc\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^claude-workflow resume failed: the arguments were cut short/);
  });

  it('its entry has neither zod nor simple-git nor the secret patterns: those load with the command', () => {
    const entry = fs.readFileSync(path.join(PLUGIN_ROOT, 'dist', 'cli-resume.cjs'), 'utf8');
    expect(entry).not.toMatch(/\b_zod\b|\$ZodType/);
    expect(entry).not.toContain('// scripts/core/redact/');
    expect(entry).not.toContain('// node_modules/simple-git/');
  });

  it('an install without its entry (damaged) still resumes: the walk starts with the command', async () => {
    const { repo, id } = await handedOff();
    const result = await runDamagedInstall('../../cli-resume.cjs', ['resume', id, '--dir', repo.path, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(parseJsonOutput<{ changes: { new_commit_count: number } }>(result).changes.new_commit_count).toBe(NEW_COMMITS);
  });
});
