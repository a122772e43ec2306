// A save on a nearly full disk (a real tmpfs of 512 KB holding the store): it fails, says the disk
// is full, and leaves state.json and its backup as they were; a hook's checkpoint fails open the
// same way. Mounting needs root (CI runs as root); elsewhere the test says why it did not run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkflow } from '../../scripts/core/store/store.ts';
import { DIST_CLI, runCli } from '../helpers/cli.ts';
import { cleanupTempDirs, isolatedEnv, tempDir, tempRepo } from '../helpers/repo.ts';

let mountPoint = '';
let mounted = false;
let why = '';
beforeAll(() => {
  mountPoint = tempDir('wf-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    why = String((error as { stderr?: Buffer }).stderr ?? error).trim();
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  cleanupTempDirs();
});

/** Fills the file system, then frees `free` bytes of it. */
function fillLeaving(dir: string, free: number): void {
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - free));
}

const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));

describe('a full disk', () => {
  it('a handoff fails, says the disk is full, and the previous state.json and backup stay as they were', async (context) => {
    if (!mounted) context.skip(`no tmpfs could be mounted here (needs root): ${why}`);
    const repo = tempRepo();
    const storeDir = path.join(mountPoint, 'store');
    const env = { WORKFLOW_STATE_DIR: storeDir };
    const first = await runCli(['handoff', '--task', 'Keep me', '--summary', 'First save', '--format', 'json'], { cwd: repo.path, env });
    expect(first.stderr).toBe('');
    const id = (JSON.parse(first.stdout) as { id: string }).id;
    expect((await runCli(['handoff', '--id', id, '--summary', 'Second save'], { cwd: repo.path, env })).status).toBe(0);
    const dir = path.join(storeDir, id);
    const before = snapshot(dir);
    expect(Object.keys(before)).toEqual(['history.jsonl', 'state.backup.json', 'state.json', 'state.toon']);

    for (const free of [8 * 1024, 20 * 1024]) {
      fillLeaving(mountPoint, free);
      const big = await runCli(['handoff', '--id', id, '--summary', 'x'.repeat(40_000)], { cwd: repo.path, env });
      expect(big.status).not.toBe(0);
      expect(big.stdout).not.toContain('Handoff saved');
      expect(big.stderr).toMatch(/the disk is full; nothing was changed/);
      // byte for byte what was there, nothing half-written beside it
      expect(snapshot(dir)).toEqual(before);
      expect(loadWorkflow(storeDir, id)).toMatchObject({ state: { summary: 'Second save' }, warnings: [] });

      // a hook's checkpoint on the same disk: exit 0, nothing broken
      const hook = execFileSync(process.execPath, [DIST_CLI, 'hook', 'pre-compact'], {
        cwd: repo.path,
        env: isolatedEnv({ ...env, CLAUDE_PROJECT_DIR: repo.path, WORKFLOW_RUNTIME_DIR: path.join(mountPoint, 'runtime') }),
        input: JSON.stringify({ session_id: 'sess-full', transcript_path: null, cwd: repo.path, hook_event_name: 'PreCompact', trigger: 'auto' }),
        encoding: 'utf8',
      });
      expect(hook).not.toMatch(/Error|at .*\.mjs/);
      expect(snapshot(dir)).toEqual(before);
      fs.rmSync(path.join(mountPoint, 'filler'));
    }

    // room again: the next save goes through
    expect((await runCli(['handoff', '--id', id, '--summary', 'x'.repeat(40_000)], { cwd: repo.path, env })).status).toBe(0);
    expect(loadWorkflow(storeDir, id).state.summary).toHaveLength(40_000);
  });
});

describe('a read-only store', () => {
  it('a handoff fails with one line naming the file and the reason, exit 1, not an internal error', async (context) => {
    if (!mounted) context.skip(`no tmpfs could be mounted here (needs root): ${why}`);
    const repo = tempRepo();
    const storeDir = path.join(mountPoint, 'read-only-store');
    const env = { WORKFLOW_STATE_DIR: storeDir };
    const first = await runCli(['handoff', '--task', 'Keep me', '--format', 'json'], { cwd: repo.path, env });
    const id = (JSON.parse(first.stdout) as { id: string }).id;
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const refused = await runCli(['handoff', '--id', id, '--summary', 'Second save'], { cwd: repo.path, env });
      expect(refused.status).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(new RegExp(`^claude-workflow: cannot write ${storeDir}\\S*: the file system is read-only\\n$`));
      expect(loadWorkflow(storeDir, id).state.summary).not.toBe('Second save');
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
  });
});

describe('a repository git refuses', () => {
  it("one owned by another user: git's reason and its advice in one line, exit 1, not an internal error", async (context) => {
    if (process.getuid?.() !== 0) context.skip('changing a repository owner needs root');
    const repo = tempRepo();
    execFileSync('chown', ['-R', '65534:65534', repo.path]);
    const result = await runCli(['handoff', '--task', 'Not mine'], { cwd: repo.path });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^claude-workflow: git refused: detected dubious ownership in repository at '[^']+' \(to allow it: git config --global --add safe\.directory \S+\)\n$/);
  });

  it('a resume there says so and saves nothing: the workflow stays as it was handed off, its history without a resume', async (context) => {
    if (process.getuid?.() !== 0) context.skip('changing a repository owner needs root');
    const repo = tempRepo();
    const handedOff = await runCli(['handoff', '--task', 'Mine until the chown', '--format', 'json'], { cwd: repo.path });
    expect(handedOff.status).toBe(0);
    const id = (JSON.parse(handedOff.stdout) as { id: string }).id;
    const storeDir = path.join(repo.path, '.git', 'workflow');
    const before = fs.readFileSync(path.join(storeDir, id, 'state.json'), 'utf8');
    const history = fs.readFileSync(path.join(storeDir, id, 'history.jsonl'), 'utf8');
    execFileSync('chown', ['-R', '65534:65534', repo.path]);
    const result = await runCli(['resume', id], { cwd: repo.path });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^claude-workflow: git refused: detected dubious ownership/);
    expect(fs.readFileSync(path.join(storeDir, id, 'state.json'), 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(storeDir, id, 'history.jsonl'), 'utf8')).toBe(history);
  });
});
