// history.jsonl stays bounded (the oldest checkpoints go first, handoffs stay), and a resume reads
// the last handoff from the end of the file, so a history of 1M lines costs it nothing more.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../scripts/core/store/store-history.ts';
import { runCli } from '../helpers/cli.ts';
import { cleanupTempDirs, tempRepo } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const line = (event: string, i: number, summary = `${event} ${i}`) =>
  `${JSON.stringify({ at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(), event, device: 'old-laptop', branch: 'main', commit: null, summary, session_id: null, schema_version: 2 })}\n`;

async function saved() {
  const repo = tempRepo();
  const first = await runCli(['handoff', '--task', 'Long running', '--format', 'json'], { cwd: repo.path });
  const id = (JSON.parse(first.stdout) as { id: string }).id;
  return { repo, id, storeDir: path.join(repo.path, '.git', 'workflow'), file: path.join(repo.path, '.git', 'workflow', id, 'history.jsonl') };
}

describe('a long history', () => {
  it('is compacted when it passes 2 MB: the newest 1,000 checkpoints and every handoff stay, in order', async () => {
    const { repo, id, storeDir, file } = await saved();
    const lines: string[] = [];
    for (let i = 0; i < 24_000; i++) lines.push(line(i % 8 === 0 ? 'handoff' : 'checkpoint', i));
    fs.writeFileSync(file, lines.join(''));
    const handoffsBefore = readHistory(storeDir, id).filter((e) => e.event === 'handoff').length;
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);

    const next = await runCli(['handoff', '--id', id, '--summary', 'After the long run'], { cwd: repo.path });
    expect(next.status).toBe(0);
    const after = readHistory(storeDir, id);
    expect(after.filter((e) => e.event === 'checkpoint')).toHaveLength(1_000);
    expect(after.filter((e) => e.event === 'handoff')).toHaveLength(handoffsBefore + 1);
    expect(after.at(-1)).toMatchObject({ event: 'handoff', summary: 'After the long run' });
    expect(after.map((e) => e.at)).toEqual([...after.map((e) => e.at)].sort());
    expect(fs.statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    // log reads the compacted file like any other
    expect((await runCli(['log', id, '--limit', '1'], { cwd: repo.path })).stdout).toContain('After the long run');
  });

  it('of 1M lines: resume finds the last handoff from the end, and leaves the history bounded', async () => {
    const { repo, id, file } = await saved();
    const fd = fs.openSync(file, 'w');
    const block: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      block.push(i === 999_000 ? line('handoff', i, 'the last handoff, near the end') : line('checkpoint', i));
      if (block.length === 10_000) fs.writeSync(fd, block.splice(0).join(''));
    }
    fs.writeSync(fd, block.join(''));
    fs.closeSync(fd);
    const resumed = await runCli(['resume', id, '--format', 'json'], { cwd: repo.path });
    expect({ status: resumed.status, stderr: resumed.stderr }).toEqual({ status: 0, stderr: '' });
    const text = await runCli(['resume', id], { cwd: repo.path });
    // the device of the last handoff: read from the end of the 1M lines
    expect(text.stdout).toContain('on old-laptop');
    expect(fs.statSync(file).size).toBeLessThan(2 * 1024 * 1024);
  }, 60_000);
});
