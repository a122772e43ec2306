// The mark a checkpoint saving in the background leaves while it runs, and the wait of whatever
// saves the same session's workflow next (a milestone, PreCompact, SessionEnd).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { awaitCheckpointInFlight, clearCheckpointInFlight, markCheckpointInFlight } from '../../scripts/core/runtime/checkpoint-in-flight.ts';
import { makeTempDir, removeTempDir } from '../helpers/transcript-fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTempDir));

function runtime(): { env: NodeJS.ProcessEnv; mark: string } {
  const dir = makeTempDir();
  dirs.push(dir);
  return { env: { WORKFLOW_RUNTIME_DIR: dir }, mark: path.join(dir, 'sessions', 'sess-1.checkpointing') };
}

/** A pid that ran and is gone. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('awaitCheckpointInFlight', () => {
  it.each([
    ['no mark', () => null],
    ['a mark that is not a pid', () => 'saving\n'],
    ['the pid of a process that ended', () => `${deadPid()}\n`],
    ['the pid of the process asking', () => `${process.pid}\n`],
  ])('%s: none runs, nothing waited for', (_name, content) => {
    const { env, mark } = runtime();
    const text = content();
    if (text !== null) {
      fs.mkdirSync(path.dirname(mark), { recursive: true });
      fs.writeFileSync(mark, text);
    }
    expect(awaitCheckpointInFlight(env, 'sess-1', 5_000, 'Test')).toBe('none');
  });

  it('a link or a FIFO at the mark: never followed nor waited on, and marking over it fails quietly', () => {
    const { env, mark } = runtime();
    fs.mkdirSync(path.dirname(mark), { recursive: true });
    const child = spawn('sleep', ['30']);
    try {
      // a link to a file naming a live process: not read through
      const elsewhere = path.join(path.dirname(mark), 'elsewhere');
      fs.writeFileSync(elsewhere, `${child.pid}\n`);
      fs.symlinkSync(elsewhere, mark);
      expect(awaitCheckpointInFlight(env, 'sess-1', 5_000, 'Test')).toBe('none');
      markCheckpointInFlight(env, 'sess-1', 4242);
      expect(fs.readFileSync(elsewhere, 'utf8')).toBe(`${child.pid}\n`);
      fs.rmSync(mark);
      // a FIFO: a blocking read or write would hang the hook
      execFileSync('mkfifo', [mark]);
      expect(awaitCheckpointInFlight(env, 'sess-1', 5_000, 'Test')).toBe('none');
      markCheckpointInFlight(env, 'sess-1', 4242);
      clearCheckpointInFlight(env, 'sess-1', 4242);
      expect(fs.lstatSync(mark).isFIFO()).toBe(true);
    } finally {
      child.kill();
    }
  });

  it('a mark older than any save names a reused pid: none runs', () => {
    const { env, mark } = runtime();
    const child = spawn('sleep', ['30']);
    try {
      markCheckpointInFlight(env, 'sess-1', child.pid as number);
      const old = new Date(Date.now() - 5 * 60_000);
      fs.utimesSync(mark, old, old);
      expect(awaitCheckpointInFlight(env, 'sess-1', 5_000, 'Test')).toBe('none');
    } finally {
      child.kill();
    }
  });

  it('waits for a save that ends, and gives up on one that outlasts the wait', async () => {
    const { env, mark } = runtime();
    const done = path.join(path.dirname(mark), 'done');
    // a saver that finishes: it writes what it saves, then takes its mark away
    const finishing = spawn('sh', ['-c', 'sleep 0.2; : > "$1"; rm -f "$2"; sleep 5', 'sh', done, mark]);
    markCheckpointInFlight(env, 'sess-1', finishing.pid as number);
    expect(awaitCheckpointInFlight(env, 'sess-1', 10_000, 'Test')).toBe('finished');
    expect(fs.existsSync(done)).toBe(true);
    finishing.kill();

    const stuck = spawn('sleep', ['30']);
    markCheckpointInFlight(env, 'sess-1', stuck.pid as number);
    expect(awaitCheckpointInFlight(env, 'sess-1', 100, 'Test')).toBe('still running');
    // said in the hook log, under the hook that goes on without it
    expect(fs.readFileSync(path.join(env.WORKFLOW_RUNTIME_DIR as string, 'hooks.log'), 'utf8')).toContain(
      `Test: the checkpoint saving in the background (process ${stuck.pid}) was still running after 100 ms: went on without it`,
    );
    // the saver's own last step: the mark goes only if it is still its own
    clearCheckpointInFlight(env, 'sess-1', (stuck.pid as number) + 1);
    expect(fs.existsSync(mark)).toBe(true);
    clearCheckpointInFlight(env, 'sess-1', stuck.pid as number);
    expect(fs.existsSync(mark)).toBe(false);
    stuck.kill();
  });

  it('a saver that dies without taking its mark away is not waited for', async () => {
    const { env } = runtime();
    const dying = spawn('sh', ['-c', 'sleep 0.2']);
    markCheckpointInFlight(env, 'sess-1', dying.pid as number);
    await new Promise((resolve) => dying.on('exit', resolve));
    expect(awaitCheckpointInFlight(env, 'sess-1', 10_000, 'Test')).toBe('none');
  });
});
