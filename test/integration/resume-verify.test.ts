// Resume checks the world before it trusts the note: upstream, lockfiles, staleness in the
// SessionStart summary, HEAD read without git, and one holder at a time across processes.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHeadCommit } from '../../scripts/core/git/git-head.ts';
import { LEASE_TTL_MS, readLease } from '../../scripts/core/store/lease.ts';
import { resumeWorkflow } from '../../scripts/core/workflows/resume.ts';
import { runCli, runHookCommand } from '../helpers/cli.ts';
import { cleanupTempDirs, git, tempDir, tempRepo } from '../helpers/repo.ts';
import { NO_SESSION, placeOf, seedHandoff } from '../helpers/workflows.ts';

afterEach(() => cleanupTempDirs());

const session = (id: string) => ({ id, transcript_path: null });

describe('verify before resume', () => {
  it('reports the branch against its upstream', async () => {
    const upstream = tempRepo();
    const clone = tempDir();
    upstream.git('clone', '-q', upstream.path, clone);
    git(clone, ['config', 'user.name', 'Clone']);
    git(clone, ['config', 'user.email', 'clone@example.com']);
    const saved = await seedHandoff(clone, { task: 'Upstream check' });
    fs.writeFileSync(path.join(clone, 'local.txt'), 'l');
    git(clone, ['add', 'local.txt']);
    git(clone, ['commit', '-q', '-m', 'local work']);
    upstream.commit('remote.txt', 'r', 'remote work');
    git(clone, ['fetch', '-q']);
    const result = await resumeWorkflow(placeOf(clone), saved.id, NO_SESSION, new Date());
    expect(result.changes.upstream).toEqual({ name: 'origin/main', ahead: 1, behind: 1 });
  });

  it('flags a dependency lockfile changed since the handoff, and a branch switch, in the compatibility table', async () => {
    const repo = tempRepo();
    repo.commit('package-lock.json', '{"lockfileVersion":3}\n', 'Lock dependencies');
    const saved = await seedHandoff(repo.path, { task: 'Lockfile check' });
    expect(Object.keys(saved.state.lockfiles)).toEqual(['package-lock.json']);
    repo.checkout('deps', { create: true });
    repo.commit('package-lock.json', '{"lockfileVersion":3,"packages":{}}\n', 'Bump dependencies');
    const result = await runCli(['resume', saved.id], { cwd: repo.path });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/## Compatibility\nCHECK +AT HANDOFF +NOW/);
    expect(result.stdout).toMatch(/package-lock\.json +[0-9a-f]{12} +[0-9a-f]{12} +WARNING: dependencies changed/);
    expect(result.stdout).toMatch(/branch +main +deps +WARNING: switch back with: git switch main/);
    expect(result.stdout).toMatch(/^STALE: .*1 commit landed since the handoff/m);
  });

  it('SessionStart flags a stale handoff: old, or HEAD moved since', async () => {
    const repo = tempRepo();
    const saved = await seedHandoff(repo.path, { task: 'Freshness check' }, { now: new Date() });
    const start = (env: NodeJS.ProcessEnv = {}) =>
      runHookCommand('session-start', {
        cwd: repo.path,
        input: JSON.stringify({ session_id: 's-1', cwd: repo.path, hook_event_name: 'SessionStart', source: 'startup' }),
        env: { WORKFLOW_RUNTIME_DIR: tempDir(), ...env },
      });
    const fresh = JSON.parse((await start()).stdout) as { hookSpecificOutput: { additionalContext: string } };
    expect(fresh.hookSpecificOutput.additionalContext).not.toContain('stale:');
    repo.commit('more.txt', 'm', 'Moved on');
    const moved = JSON.parse((await start()).stdout) as { systemMessage: string; hookSpecificOutput: { additionalContext: string } };
    expect(moved.hookSpecificOutput.additionalContext).toContain('stale: HEAD has moved since the handoff');
    expect(moved.systemMessage).toContain('stale: HEAD has moved since the handoff');
    const oldRepo = tempRepo();
    await seedHandoff(oldRepo.path, { task: 'Old work' }, { now: new Date(Date.now() - 10 * 86_400_000) });
    const oldRun = await runHookCommand('session-start', {
      cwd: oldRepo.path,
      input: JSON.stringify({ session_id: 's-2', cwd: oldRepo.path, hook_event_name: 'SessionStart', source: 'startup' }),
      env: { WORKFLOW_RUNTIME_DIR: tempDir(), WORKFLOW_STALE_AFTER_DAYS: '3' },
    });
    const old = JSON.parse(oldRun.stdout) as { hookSpecificOutput: { additionalContext: string } };
    expect(old.hookSpecificOutput.additionalContext).toMatch(/stale: "?handed off 10 days ago \(stale after 3\)/);
    expect(saved.id).toMatch(/^freshness-check-/);
  });

  it('reads HEAD from loose refs, packed refs and a detached HEAD, and gives up outside git', () => {
    const repo = tempRepo();
    expect(readHeadCommit(repo.path)).toBe(repo.head());
    repo.git('pack-refs', '--all');
    expect(fs.existsSync(path.join(repo.path, '.git', 'refs', 'heads', 'main'))).toBe(false);
    expect(readHeadCommit(path.join(repo.path))).toBe(repo.head());
    repo.git('checkout', '-q', '--detach');
    expect(readHeadCommit(repo.path)).toBe(repo.head());
    const worktree = path.join(tempDir(), 'wt');
    repo.git('worktree', 'add', '-q', '-b', 'side', worktree);
    expect(readHeadCommit(worktree)).toBe(repo.head());
    expect(readHeadCommit(tempDir())).toBeNull();
  });
});

describe('one holder at a time', () => {
  it('a second session is told who holds the workflow, and may take it over explicitly', async () => {
    const repo = tempRepo();
    const saved = await seedHandoff(repo.path, { task: 'Held work' });
    const resume = (sessionId: string, ...args: string[]) =>
      runCli(['resume', saved.id, ...args], { cwd: repo.path, env: { CLAUDE_CODE_SESSION_ID: sessionId, WORKFLOW_RUNTIME_DIR: tempDir() } });

    expect((await resume('session-a')).status).toBe(0);
    const lease = readLease(path.join(repo.path, '.git', 'workflow'), saved.id);
    expect(lease).toMatchObject({ session_id: 'session-a' });
    expect(Date.parse(lease?.expires_at ?? '') - Date.parse(lease?.renewed_at ?? '')).toBe(LEASE_TTL_MS);

    const stateFile = saved.path;
    const before = fs.readFileSync(stateFile, 'utf8');
    const refused = await resume('session-b');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/is held by session session-a on .+, resumed just now.*--take-over/);
    expect(fs.readFileSync(stateFile, 'utf8')).toBe(before);

    const again = await resume('session-a');
    expect(again.status).toBe(0);

    const taken = await resume('session-b', '--take-over');
    expect(taken.status).toBe(0);
    expect(taken.stdout).toContain('taken over from session session-a');
    expect(readLease(path.join(repo.path, '.git', 'workflow'), saved.id)).toMatchObject({ session_id: 'session-b' });

    const terminal = await runCli(['resume', saved.id], { cwd: repo.path });
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toContain('held by session session-b');
  });

  it('an expired lease holds nothing, and SessionEnd releases the lease', async () => {
    const repo = tempRepo();
    const store = path.join(repo.path, '.git', 'workflow');
    const saved = await seedHandoff(repo.path, { task: 'Lease expiry' });
    await resumeWorkflow(placeOf(repo.path), saved.id, session('old-session'), new Date(Date.now() - LEASE_TTL_MS - 60_000));
    await resumeWorkflow(placeOf(repo.path), saved.id, session('new-session'), new Date());
    expect(readLease(store, saved.id)?.session_id).toBe('new-session');

    const end = await runHookCommand('session-end', {
      cwd: repo.path,
      input: JSON.stringify({ session_id: 'new-session', cwd: repo.path, hook_event_name: 'SessionEnd', reason: 'exit' }),
      env: { WORKFLOW_RUNTIME_DIR: tempDir() },
    });
    expect(end.status).toBe(0);
    expect(readLease(store, saved.id)).toBeNull();
  });
});

describe('the record of a workflow', () => {
  it('a sub-phase from the line format shows in the list', async () => {
    const repo = tempRepo();
    const saved = await runCli(['handoff', '--input', '-', '--format', 'json'], {
      cwd: repo.path,
      input: 'task: Build the API\nphase: 2: Implementation\nsub_phase: Auth endpoints\n',
    });
    expect(saved.status).toBe(0);
    expect((JSON.parse(saved.stdout) as { state: { phase: unknown } }).state.phase).toEqual({ current: 2, name: 'Implementation', sub: 'Auth endpoints' });
    const list = await runCli(['list'], { cwd: repo.path });
    expect(list.stdout).toContain('2 · Implementation › Auth endpoints');
  });

  it('a history line torn by a crash does not swallow the next one', async () => {
    const repo = tempRepo();
    const saved = await seedHandoff(repo.path, { task: 'Torn history' });
    const history = path.join(repo.path, '.git', 'workflow', saved.id, 'history.jsonl');
    fs.appendFileSync(history, '{"at":"2026-03-14T09:00:00.000Z","event":"checkp');
    await seedHandoff(repo.path, { id: saved.id, summary: 'After the crash' });
    const lines = fs.readFileSync(history, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2] ?? '{}')).toMatchObject({ event: 'handoff', summary: 'After the crash' });
  });
});
