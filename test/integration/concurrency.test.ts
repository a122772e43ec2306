// Several processes saving the same workflow at once: the lock serialises the read-modify-write
// cycles, so no handoff is lost and every file stays valid.
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistory } from '../../scripts/core/store/store-history.ts';
import { loadWorkflow } from '../../scripts/core/store/store.ts';
import { REPO_ROOT, runCli } from '../helpers/cli.ts';
import { cleanupTempDirs, isolatedEnv, listFiles, tempRepo } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';

afterEach(cleanupTempDirs);

const WORKER = path.join(REPO_ROOT, 'test', 'helpers', 'handoff-worker.ts');

function worker(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: REPO_ROOT, env: isolatedEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('concurrent handoffs', () => {
  it('4 processes × 10 handoffs with --id on one workflow: all 40 accomplishments kept, history complete', async () => {
    const repo = tempRepo();
    const { id, path: stateFile } = await seedHandoff(repo.path, { task: 'Contended workflow', accomplishments: ['seed'] });
    const storeDir = path.dirname(path.dirname(stateFile));

    const results = await Promise.all(['p0', 'p1', 'p2', 'p3'].map((label) => worker([repo.path, id, label, '10'])));
    expect(results).toEqual(Array.from({ length: 4 }, () => ({ status: 0, stderr: '' })));

    const expected = ['seed', ...['p0', 'p1', 'p2', 'p3'].flatMap((label) => Array.from({ length: 10 }, (_, i) => `${label}-${i}`))];
    const loaded = loadWorkflow(storeDir, id);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.state.accomplishments.sort()).toEqual(expected.sort());
    // each process's own saves stay in the order it made them
    for (const label of ['p0', 'p1', 'p2', 'p3']) {
      const own = loaded.state.accomplishments.filter((a) => a.startsWith(`${label}-`));
      expect(own).toEqual(Array.from({ length: 10 }, (_, i) => `${label}-${i}`));
    }
    // next_steps are replaced by each save: the last one written wins, and it is one of the last saves
    expect(loaded.state.next_steps).toHaveLength(1);
    expect(loaded.state.next_steps[0]).toMatch(/^after p[0-3]-9$/);
    const history = readHistory(storeDir, id);
    expect(history.filter((e) => e.event === 'handoff')).toHaveLength(41);
    expect(fs.readFileSync(path.join(storeDir, id, 'history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(41);
    // the backup is a valid, earlier state with one accomplishment fewer
    const backup = JSON.parse(fs.readFileSync(path.join(storeDir, id, 'state.backup.json'), 'utf8')) as { accomplishments: string[] };
    expect(backup.accomplishments).toHaveLength(40);
    expect(listFiles(path.join(storeDir, id))).toEqual(['history.jsonl', 'state.backup.json', 'state.json', 'state.toon']);
  });
});

describe('a lock left behind', () => {
  it('by a process of this host that is gone: the next save breaks it at once and goes through', async () => {
    const repo = tempRepo();
    const { id, path: stateFile } = await seedHandoff(repo.path, { task: 'Locked workflow', accomplishments: ['seed'] });
    // a real process that held the lock and died without releasing it (as under kill -9)
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const lock = path.join(path.dirname(stateFile), '.lock');
    fs.writeFileSync(lock, `${dead} ${os.hostname()} ${new Date().toISOString()}\n`);

    const saved = await runCli(['handoff', '--id', id, '--accomplishment', 'after the crash'], { cwd: repo.path });
    expect({ status: saved.status, stderr: saved.stderr }).toEqual({ status: 0, stderr: '' });
    expect(loadWorkflow(path.dirname(path.dirname(stateFile)), id).state.accomplishments).toEqual(['seed', 'after the crash']);
    expect(fs.existsSync(lock)).toBe(false);
    expect(fs.existsSync(`${lock}.break`)).toBe(false);
  });

  it('by a live process: it is respected, and the message names the holder', async () => {
    const repo = tempRepo();
    const { id, path: stateFile } = await seedHandoff(repo.path, { task: 'Busy workflow' });
    const lock = path.join(path.dirname(stateFile), '.lock');
    // this test process is alive: its lock must not be broken
    fs.writeFileSync(lock, `${process.pid} ${os.hostname()} ${new Date().toISOString()}\n`);
    const saved = await runCli(['handoff', '--id', id, '--accomplishment', 'must wait'], { cwd: repo.path });
    expect(saved.status).toBe(1);
    expect(saved.stderr).toContain(`is held by another process (${process.pid} ${os.hostname()}`);
    expect(fs.existsSync(lock)).toBe(true);
    expect(loadWorkflow(path.dirname(path.dirname(stateFile)), id).state.accomplishments).toEqual([]);
  }, 30_000);
});
