// The life-cycle commands as users run them: `node dist/cli.cjs complete|cancel|cleanup|archive|
// unarchive|list --archived` as child processes on real temp repositories and stores.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowStatus } from '../../scripts/core/schemas.ts';
import { parseJsonOutput, runCli, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, listFiles, tempDir, tempRepo, type TempRepo } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

const DAY_MS = 86_400_000;

interface CleanupJson {
  deleted: { id: string; status: WorkflowStatus; age_days: number; reason: string }[];
  kept: { id: string; reason: string }[];
  dry_run: boolean;
}
interface ArchiveJson {
  id: string;
  archive: string;
  bytes_before: number;
  archive_bytes: number;
  saved_percent: number;
}
interface ArchivedJson {
  archived: { id: string; task: string; status: WorkflowStatus; archived_at: string; size: number; original_size: number }[];
}

function ok(result: CliResult): CliResult {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  return result;
}

const storeOf = (repo: TempRepo) => path.join(repo.path, '.git', 'workflow');

/** A workflow saved `daysAgo` days ago with `status`; returns its id. */
async function seed(repo: TempRepo, task: string, status: WorkflowStatus, daysAgo: number, sessionId: string | null = null): Promise<string> {
  const saved = await seedHandoff(repo.path, { task, status }, { now: new Date(Date.now() - daysAgo * DAY_MS), session: { id: sessionId, transcript_path: null } });
  return saved.id;
}

function cli(repo: TempRepo, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(args, { cwd: repo.path, env });
}

async function cleanupJson(repo: TempRepo, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CleanupJson> {
  return parseJsonOutput<CleanupJson>(ok(await cli(repo, ['cleanup', '--format', 'json', ...args], env)));
}

function readStatus(repo: TempRepo, id: string): string {
  return (JSON.parse(fs.readFileSync(path.join(storeOf(repo), id, 'state.json'), 'utf8')) as { status: string }).status;
}

function historyOf(repo: TempRepo, id: string): { event: string; summary: string }[] {
  return fs
    .readFileSync(path.join(storeOf(repo), id, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; summary: string });
}

/** Every file of a directory with its bytes, for "byte-identical" and "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]));
}

describe.concurrent('complete and cancel', () => {
  it('complete sets the status, records it in the history, prints one line; list shows it', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Fix the login bug', 'active', 0.1);
    const text = ok(await cli(repo, ['complete', id]));
    expect(text.stdout).toBe(`Completed ${id} (was active): Fix the login bug\n`);
    expect(readStatus(repo, id)).toBe('completed');
    expect(historyOf(repo, id).map((e) => e.event)).toEqual(['handoff', 'complete']);
    expect(historyOf(repo, id).at(-1)?.summary).toBe('completed (was active)');
    const list = parseJsonOutput<{ workflows: { id: string; status: string }[] }>(ok(await cli(repo, ['list', '--format', 'json'])));
    expect(list.workflows).toEqual([expect.objectContaining({ id, status: 'completed' })]);
    expect(ok(await cli(repo, ['list'])).stdout).toContain('completed');
  });

  it('cancel --reason: json {id, status}, the reason in the history', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Spike payments', 'paused', 1);
    const json = ok(await cli(repo, ['cancel', id, '--reason', 'Superseded by the billing rewrite', '--format', 'json']));
    expect(JSON.parse(json.stdout)).toEqual({ id, status: 'cancelled' });
    expect(readStatus(repo, id)).toBe('cancelled');
    expect(historyOf(repo, id).at(-1)).toMatchObject({ event: 'cancel', summary: 'cancelled: Superseded by the billing rewrite (was paused)' });
  });

  it('a second complete changes nothing and says so', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Done twice', 'paused', 1);
    ok(await cli(repo, ['complete', id]));
    const before = snapshot(path.join(storeOf(repo), id));
    expect(ok(await cli(repo, ['complete', id])).stdout).toBe(`${id} is already completed; nothing changed\n`);
    expect(snapshot(path.join(storeOf(repo), id))).toEqual(before);
    // a finished workflow can still be cancelled (or resumed)
    expect(ok(await cli(repo, ['cancel', id])).stdout).toBe(`Cancelled ${id} (was completed): Done twice\n`);
  });

  it('an unknown id: exit 1 naming the ids that exist, nothing created; no id: usage error', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Only one', 'paused', 1);
    for (const command of ['complete', 'cancel']) {
      const result = await cli(repo, [command, 'no-such-workflow']);
      expect(result).toEqual({ status: 1, stdout: '', stderr: `claude-workflow: no workflow "no-such-workflow"; existing workflows: ${id}\n` });
      const missing = await cli(repo, [command]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe(`claude-workflow: ${command} needs the workflow id (claude-workflow ${command} --help lists the options)\n`);
    }
    expect(fs.readdirSync(storeOf(repo)).sort()).toEqual(['.gitignore', id]);
    const bad = await cli(repo, ['complete', '../escape']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('invalid workflow id');
  });
});

describe.concurrent('cleanup', () => {
  /** one workflow of each case, named after what cleanup should do with it by default */
  async function seedMix(repo: TempRepo) {
    return {
      oldCompleted: await seed(repo, 'Old completed', 'completed', 40),
      youngCompleted: await seed(repo, 'Young completed', 'completed', 10),
      oldCancelled: await seed(repo, 'Old cancelled', 'cancelled', 8),
      youngCancelled: await seed(repo, 'Young cancelled', 'cancelled', 3),
      oldPaused: await seed(repo, 'Old paused', 'paused', 100),
      oldActive: await seed(repo, 'Old active', 'active', 100),
      oldWaiting: await seed(repo, 'Old waiting', 'waiting_approval', 100),
    };
  }


  it('an unknown id in a store of many: one line naming the nearest five, the intended id first', async () => {
    const repo = tempRepo();
    const ids: string[] = [];
    for (const task of ['Billing export', 'Billing import', 'Parser', 'Parser tests', 'Docs', 'Release notes', 'Login flake']) ids.push(await seed(repo, task, 'paused', 1));
    const intended = ids[0] ?? '';
    const typo = `${intended.slice(0, -1)}${intended.endsWith('0') ? '1' : '0'}`;
    const result = await cli(repo, ['complete', typo]);
    expect(result.status).toBe(1);
    const named = /^claude-workflow: no workflow "[^"]+"; the nearest of 7: (.+) \(claude-workflow list shows them all\)\n$/.exec(result.stderr)?.[1]?.split(', ');
    expect(named, result.stderr).toHaveLength(5);
    expect(named?.[0]).toBe(intended);
    expect(named).toContain(ids[1]);
    expect(named?.every((name) => ids.includes(name))).toBe(true);
  });
  it('--dry-run reports what the retention policy would delete and deletes nothing', async () => {
    const repo = tempRepo();
    const ids = await seedMix(repo);
    const before = snapshot(storeOf(repo));
    const json = await cleanupJson(repo, ['--dry-run']);
    expect(json.dry_run).toBe(true);
    expect(json.deleted.map((d) => [d.id, d.status])).toEqual(
      expect.arrayContaining([
        [ids.oldCompleted, 'completed'],
        [ids.oldCancelled, 'cancelled'],
      ]),
    );
    expect(json.deleted).toHaveLength(2);
    expect(json.deleted.find((d) => d.id === ids.oldCompleted)?.age_days).toBeCloseTo(40, 0);
    expect(json.kept).toHaveLength(5);
    expect(snapshot(storeOf(repo))).toEqual(before);

    const text = ok(await cli(repo, ['cleanup', '--dry-run'])).stdout;
    expect(text).toMatch(/^Would delete 2 workflows \(dry run: nothing was deleted\):\n/);
    expect(text).toMatch(new RegExp(`\\n  ${ids.oldCompleted} +completed 40 days ago, past the 30 days retention of completed workflows\\n`));
    expect(text).toContain('Kept 5 workflows:');
    expect(snapshot(storeOf(repo))).toEqual(before);
  });

  it('deletes completed workflows past 30 days and cancelled past 7; keeps paused, active and waiting ones whatever their age', async () => {
    const repo = tempRepo();
    const ids = await seedMix(repo);
    const json = await cleanupJson(repo, []);
    expect(json.dry_run).toBe(false);
    expect(json.deleted.map((d) => d.id).sort()).toEqual([ids.oldCompleted, ids.oldCancelled].sort());
    const kept = Object.fromEntries(json.kept.map((k) => [k.id, k.reason]));
    expect(kept).toEqual({
      [ids.youngCompleted]: 'completed 10 days ago, within the 30 days retention of completed workflows',
      [ids.youngCancelled]: 'cancelled 3 days ago, within the 7 days retention of cancelled workflows',
      [ids.oldPaused]: 'paused: kept whatever its age',
      [ids.oldActive]: 'active: kept whatever its age',
      [ids.oldWaiting]: 'waiting_approval: kept whatever its age',
    });
    const left = fs.readdirSync(storeOf(repo)).sort();
    expect(left).toEqual(['.gitignore', ids.youngCompleted, ids.youngCancelled, ids.oldPaused, ids.oldActive, ids.oldWaiting].sort());
    // a second run has nothing left to do
    expect(ok(await cli(repo, ['cleanup'])).stdout).toMatch(/^Nothing to delete\.\nKept 5 workflows:/);
  });

  it('--pattern, --status and --older-than narrow or override the policy', async () => {
    const repo = tempRepo();
    const ids = await seedMix(repo);
    const deleted = async (args: string[]) => (await cleanupJson(repo, ['--dry-run', ...args])).deleted.map((d) => d.id).sort();
    expect(await deleted(['--pattern', 'old-c*'])).toEqual([ids.oldCompleted, ids.oldCancelled].sort());
    expect(await deleted(['--pattern', 'old-completed-*'])).toEqual([ids.oldCompleted]);
    expect(await deleted(['--pattern', 'young-*'])).toEqual([]);
    expect(await deleted(['--status', 'cancelled'])).toEqual([ids.oldCancelled]);
    expect(await deleted(['--older-than', '5'])).toEqual([ids.oldCompleted, ids.youngCompleted, ids.oldCancelled].sort());
    expect(await deleted(['--status', 'cancelled', '--older-than', '1'])).toEqual([ids.oldCancelled, ids.youngCancelled].sort());
    expect(await deleted(['--status', 'paused', '--status', 'active', '--older-than', '50'])).toEqual([ids.oldPaused, ids.oldActive].sort());

    // for real: only the selection goes
    const json = await cleanupJson(repo, ['--status', 'completed', '--older-than', '5', '--pattern', '*-completed-*']);
    expect(json.deleted.map((d) => d.id).sort()).toEqual([ids.oldCompleted, ids.youngCompleted].sort());
    expect(json.kept).toContainEqual({ id: ids.oldCancelled, reason: 'does not match --pattern "*-completed-*"' });
    expect(fs.existsSync(path.join(storeOf(repo), ids.oldCompleted))).toBe(false);
    expect(fs.existsSync(path.join(storeOf(repo), ids.youngCompleted))).toBe(false);
    expect(fs.existsSync(path.join(storeOf(repo), ids.oldCancelled))).toBe(true);
  });

  it('takes the retention ages from the project config file and the environment', async () => {
    const repo = tempRepo();
    const ids = await seedMix(repo);
    repo.write('.claude/workflow.json', JSON.stringify({ retention: { completed_days: 5 } }));
    const deleted = async (env: NodeJS.ProcessEnv = {}) => (await cleanupJson(repo, ['--dry-run'], env)).deleted.map((d) => d.id).sort();
    expect(await deleted()).toEqual([ids.oldCompleted, ids.youngCompleted, ids.oldCancelled].sort());
    expect(await deleted({ WORKFLOW_RETENTION_CANCELLED_DAYS: '1' })).toEqual([ids.oldCompleted, ids.youngCompleted, ids.oldCancelled, ids.youngCancelled].sort());
    // a bad value is reported and ignored: the other layers apply
    const bad = await cli(repo, ['cleanup', '--dry-run', '--format', 'json'], { WORKFLOW_RETENTION_COMPLETED_DAYS: 'never' });
    expect(bad.status).toBe(0);
    expect(bad.stderr).toContain('WORKFLOW_RETENTION_COMPLETED_DAYS=never');
    expect(parseJsonOutput<CleanupJson>(bad).deleted.map((d) => d.id).sort()).toEqual([ids.oldCompleted, ids.youngCompleted, ids.oldCancelled].sort());
  });

  it('never deletes a workflow held by a live session (fresh runtime file, or a lease); a quiet session does not hold it', async () => {
    const repo = tempRepo();
    const runtime = tempDir('wf-runtime-');
    const env = { WORKFLOW_RUNTIME_DIR: runtime };
    const live = await seed(repo, 'Live session', 'completed', 60, 'session-live');
    const quiet = await seed(repo, 'Quiet session', 'completed', 60, 'session-quiet');
    const leased = await seed(repo, 'Leased', 'cancelled', 60);
    fs.mkdirSync(path.join(runtime, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(runtime, 'sessions', 'session-live.statusline.json'), '{}');
    const quietFile = path.join(runtime, 'sessions', 'session-quiet.json');
    fs.writeFileSync(quietFile, '{}');
    const longAgo = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(quietFile, longAgo, longAgo);
    const at = new Date().toISOString();
    const lease = { session_id: 'session-other', device: 'ada-desktop', acquired_at: at, renewed_at: at, expires_at: new Date(Date.now() + 600_000).toISOString() };
    fs.writeFileSync(path.join(storeOf(repo), leased, 'lease.json'), JSON.stringify(lease));

    const json = await cleanupJson(repo, [], env);
    expect(json.deleted.map((d) => d.id)).toEqual([quiet]);
    const kept = Object.fromEntries(json.kept.map((k) => [k.id, k.reason]));
    expect(kept[live]).toMatch(/^held by a live session session-live \(active (just now|\d+ min ago); .*session-live\.statusline\.json\)$/);
    expect(kept[leased]).toMatch(/^held by a live session session-other .*lease\.json\)$/);
    expect(fs.existsSync(path.join(storeOf(repo), live))).toBe(true);
    expect(fs.existsSync(path.join(storeOf(repo), leased))).toBe(true);
    expect(fs.existsSync(path.join(storeOf(repo), quiet))).toBe(false);
    expect(ok(await cli(repo, ['cleanup', '--dry-run'], env)).stdout).toContain(`${live}  held by a live session session-live`);
  });

  it('keeps a workflow it cannot read, saying what is wrong with it', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Damaged and old', 'completed', 90);
    fs.writeFileSync(path.join(storeOf(repo), id, 'state.json'), '{"truncated": ');
    const json = await cleanupJson(repo, ['--older-than', '0']);
    expect(json.deleted).toEqual([]);
    expect(json.kept).toEqual([{ id, reason: expect.stringMatching(/^cannot be read: .*state\.json is not valid JSON/) }]);
    expect(fs.existsSync(path.join(storeOf(repo), id))).toBe(true);
  });

  it('never follows a symlink out of the store', async () => {
    const repo = tempRepo();
    const outside = tempDir('wf-outside-');
    fs.writeFileSync(path.join(outside, 'precious.txt'), 'keep');
    const id = await seed(repo, 'Old with a link', 'completed', 40);
    fs.symlinkSync(outside, path.join(storeOf(repo), id, 'linked-dir'));
    fs.symlinkSync(path.join(outside, 'precious.txt'), path.join(storeOf(repo), id, 'linked-file'));
    // a link in the place of a workflow directory is not a workflow at all
    fs.symlinkSync(outside, path.join(storeOf(repo), 'linked-20260101-000000'));
    const json = await cleanupJson(repo, ['--older-than', '0']);
    expect(json.deleted.map((d) => d.id)).toEqual([id]);
    expect(fs.readFileSync(path.join(outside, 'precious.txt'), 'utf8')).toBe('keep');
    expect(fs.readdirSync(storeOf(repo)).sort()).toEqual(['.gitignore', 'linked-20260101-000000']);
  });

  it('refuses bad options with a usage error (exit 2) and touches nothing', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Ancient paused', 'paused', 400);
    for (const [args, message] of [
      [['--status', 'paused'], '--status paused: paused workflows have no retention age and are always kept; add --older-than <days> to delete them'],
      [['--status', 'done'], '--status done: expected one of active, paused, waiting_approval, completed, cancelled'],
      [['--older-than', 'a week'], '--older-than a week: expected a number of days, 0 or more'],
    ] as const) {
      expect(await cli(repo, ['cleanup', ...args])).toEqual({ status: 2, stdout: '', stderr: `claude-workflow: ${message}\n` });
    }
    expect(fs.existsSync(path.join(storeOf(repo), id))).toBe(true);
  });

  it('in a project without workflows there is nothing to do', async () => {
    const repo = tempRepo();
    expect(ok(await cli(repo, ['cleanup'])).stdout).toBe('Nothing to delete.\n');
    expect(await cleanupJson(repo, ['--dry-run'])).toEqual({ deleted: [], kept: [], dry_run: true });
    expect(fs.existsSync(path.join(repo.path, '.claude'))).toBe(false);
  });
});

describe.concurrent('archive and unarchive', () => {
  async function archived(repo: TempRepo, id: string): Promise<ArchiveJson> {
    return parseJsonOutput<ArchiveJson>(ok(await cli(repo, ['archive', id, '--format', 'json'])));
  }

  it('archive packs the directory and removes it; list --archived shows it; unarchive restores every file byte for byte', async () => {
    const repo = tempRepo();
    const first = await seedHandoff(repo.path, { task: 'Refactor billing', summary: 'Split the invoice module', next_steps: ['Move taxes'] });
    await seedHandoff(repo.path, { id: first.id, accomplishments: ['Moved invoices'] }); // a backup and two history lines
    ok(await cli(repo, ['complete', first.id]));
    const other = await seed(repo, 'Still going', 'paused', 1);
    const dir = path.join(storeOf(repo), first.id);
    const before = snapshot(dir);
    const bytesBefore = listFiles(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);

    const json = await archived(repo, first.id);
    const file = path.join(storeOf(repo), '.archive', `${first.id}.json.gz`);
    expect(json).toMatchObject({ id: first.id, archive: file, bytes_before: bytesBefore, archive_bytes: fs.statSync(file).size });
    expect(json.archive_bytes).toBeLessThan(json.bytes_before);
    expect(json.saved_percent).toBe(Math.round((1 - json.archive_bytes / json.bytes_before) * 1000) / 10);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.join(storeOf(repo), '.archive'))).toEqual([`${first.id}.json.gz`]); // no temp files left
    // the archive is self-describing
    expect(JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'))).toMatchObject({ format: 'workflow-archive', version: 1, id: first.id });

    const list = parseJsonOutput<{ workflows: { id: string }[] }>(ok(await cli(repo, ['list', '--format', 'json'])));
    expect(list.workflows.map((w) => w.id)).toEqual([other]);
    const archivedList = parseJsonOutput<ArchivedJson>(ok(await cli(repo, ['list', '--archived', '--format', 'json'])));
    expect(archivedList.archived).toEqual([
      { id: first.id, task: 'Refactor billing', status: 'completed', archived_at: expect.any(String), size: json.archive_bytes, original_size: bytesBefore },
    ]);
    const table = ok(await cli(repo, ['list', '--archived'])).stdout.split('\n');
    expect(table[0]).toMatch(/^ID\s+TASK\s+STATUS\s+ARCHIVED\s+SIZE\s+ORIGINAL\s+SAVED$/);
    expect(table[1]).toMatch(new RegExp(`^${first.id}\\s+Refactor billing\\s+completed\\s+just now\\s+\\d`));

    const restored = ok(await cli(repo, ['unarchive', first.id]));
    expect(restored.stdout).toBe(`Restored ${first.id} (completed): Refactor billing\n  State: ${path.join(dir, 'state.json')} (${Object.keys(before).length} files)\n`);
    expect(snapshot(dir)).toEqual(before);
    expect(fs.statSync(path.join(dir, 'state.json')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.join(storeOf(repo), '.archive'))).toEqual([]);
    expect(ok(await cli(repo, ['list', '--archived'])).stdout).toBe('No archived workflows in this project. Archive one with `claude-workflow archive <id>`.\n');
    // the restored workflow works like any other
    expect((JSON.parse(ok(await cli(repo, ['status', '--format', 'json'])).stdout) as { workflows: unknown[] }).workflows).toHaveLength(2);
  });

  it('prints the space saved', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Text output', 'completed', 1);
    const text = ok(await cli(repo, ['archive', id])).stdout.split('\n');
    expect(text[0]).toBe(`Archived ${id} (completed): Text output`);
    expect(text[1]).toBe(`  Archive: ${path.join(storeOf(repo), '.archive', `${id}.json.gz`)}`);
    expect(text[2]).toMatch(/^ {2}Size: {4}\d+\.\d KB → \d+(\.\d KB| B) \(\d+(\.\d)?% saved\)$/);
    expect(text[3]).toBe(`Restore it with: claude-workflow unarchive ${id}`);
  });

  it('refuses to restore over a workflow with the same id, and to archive twice', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Twice', 'completed', 1);
    const other = await seed(repo, 'Other', 'paused', 1);
    await archived(repo, id);
    const archiveFile = path.join(storeOf(repo), '.archive', `${id}.json.gz`);
    const packed = fs.readFileSync(archiveFile);
    fs.cpSync(path.join(storeOf(repo), other), path.join(storeOf(repo), id), { recursive: true });
    const occupied = snapshot(path.join(storeOf(repo), id));
    const result = await cli(repo, ['unarchive', id]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`claude-workflow: a workflow ${id} already exists (${path.join(storeOf(repo), id)}); archive or delete it before restoring the archived one\n`);
    expect(fs.readFileSync(archiveFile).equals(packed)).toBe(true);
    expect(snapshot(path.join(storeOf(repo), id))).toEqual(occupied);
    const again = await cli(repo, ['archive', id]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${archiveFile} already exists`);
    expect(fs.readFileSync(archiveFile).equals(packed)).toBe(true);
  });

  it('unknown ids: exit 1 naming what exists; a workflow held by a live session is not archived', async () => {
    const repo = tempRepo();
    const runtime = tempDir('wf-runtime-');
    const id = await seed(repo, 'Held', 'active', 0, 'session-live');
    const unknown = await cli(repo, ['archive', 'nope']);
    expect(unknown).toEqual({ status: 1, stdout: '', stderr: `claude-workflow: no workflow "nope"; existing workflows: ${id}\n` });
    const noArchive = await cli(repo, ['unarchive', 'nope']);
    expect(noArchive.status).toBe(1);
    expect(noArchive.stderr).toContain('no archived workflow "nope": this project has no archives');

    fs.mkdirSync(path.join(runtime, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(runtime, 'sessions', 'session-live.json'), '{}');
    const before = snapshot(storeOf(repo));
    const held = await cli(repo, ['archive', id], { WORKFLOW_RUNTIME_DIR: runtime });
    expect(held.status).toBe(1);
    expect(held.stderr).toMatch(new RegExp(`^claude-workflow: workflow ${id} is held by a live session session-live `));
    expect(snapshot(storeOf(repo))).toEqual(before);
  });

  describe.concurrent('a damaged or tampered archive: exit 1, a message naming the file, nothing changed', () => {
    type Damage = (packed: Buffer, id: string) => Buffer;
    const edit = (change: (doc: { id: string; files: Record<string, { text?: string; sha256: string; size: number }> }) => void): Damage => (packed) => {
      const doc = JSON.parse(zlib.gunzipSync(packed).toString('utf8')) as Parameters<typeof change>[0];
      change(doc);
      return zlib.gzipSync(JSON.stringify(doc));
    };
    it.each<[string, Damage, RegExp]>([
      ['truncated', (packed) => packed.subarray(0, Math.floor(packed.length / 2)), /is damaged: not a readable gzip-compressed JSON document/],
      ['not gzip at all', () => Buffer.from('hello'), /is damaged: not a readable gzip-compressed JSON document/],
      ['gzip of something that is not JSON', () => zlib.gzipSync('{"format": '), /is damaged: not a readable gzip-compressed JSON document/],
      [
        'state.json edited without its hash',
        edit((doc) => {
          const state = doc.files['state.json'];
          if (state?.text) state.text = state.text.replace('Tampered task', 'Something else');
        }),
        /is damaged: state\.json does not match its recorded SHA-256/,
      ],
      [
        'a file name that climbs out of the workflow',
        edit((doc) => {
          const state = doc.files['state.json'];
          if (state) doc.files['../../escape.txt'] = state;
        }),
        /is damaged: field files\["\.\.\/\.\.\/escape\.txt"\] is not a relative path inside the workflow directory; nothing was changed$/m,
      ],
      ['another workflow\'s archive', edit((doc) => (doc.id = 'someone-else-20260101-000000')), /holds workflow "someone-else-20260101-000000", not /],
      ['an unknown format', edit((doc) => Object.assign(doc, { format: 'zip' })), /is damaged: field format Invalid input: expected "workflow-archive"/],
    ])('%s', async (_name, damage, message) => {
      const repo = tempRepo();
      const id = await seed(repo, 'Tampered task', 'completed', 1);
      await archived(repo, id);
      const file = path.join(storeOf(repo), '.archive', `${id}.json.gz`);
      fs.writeFileSync(file, damage(fs.readFileSync(file), id));
      const before = snapshot(storeOf(repo));
      const result = await cli(repo, ['unarchive', id]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`claude-workflow: ${file} `);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(snapshot(storeOf(repo))).toEqual(before);
      expect(fs.readdirSync(path.join(storeOf(repo), '.archive'))).toEqual([`${id}.json.gz`]); // no staging left behind
      // list --archived reports it and goes on
      const list = await cli(repo, ['list', '--archived', '--format', 'json']);
      expect(list.status).toBe(0);
      expect(parseJsonOutput<ArchivedJson>(list).archived).toEqual([]);
      expect(list.stderr).toContain(`warning: ${file} `);
    });
  });

  it('a state.json that fails its own checks is refused when nothing can stand in for it', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Only one save', 'completed', 1); // no backup yet
    await archived(repo, id);
    const file = path.join(storeOf(repo), '.archive', `${id}.json.gz`);
    // a consistent archive whose state.json was altered by hand: its hash in the archive matches,
    // but the state's own checksum does not
    const doc = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as { files: Record<string, { text: string; sha256: string; size: number }> };
    const state = doc.files['state.json'];
    if (!state) throw new Error('no state.json in the archive');
    state.text = state.text.replace('Only one save', 'Rewritten');
    const { createHash } = await import('node:crypto');
    state.sha256 = createHash('sha256').update(state.text).digest('hex');
    state.size = Buffer.byteLength(state.text);
    fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(doc)));
    const before = snapshot(storeOf(repo));
    const result = await cli(repo, ['unarchive', id]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file} holds a workflow that does not load: `);
    expect(result.stderr).toContain('fails its checksum');
    expect(snapshot(storeOf(repo))).toEqual(before);
    expect(fs.existsSync(path.join(storeOf(repo), id))).toBe(false);
  });

  it('cleanup leaves the archives alone', async () => {
    const repo = tempRepo();
    const id = await seed(repo, 'Archived long ago', 'completed', 100);
    await archived(repo, id);
    const before = snapshot(path.join(storeOf(repo), '.archive'));
    expect(await cleanupJson(repo, ['--older-than', '0'])).toEqual({ deleted: [], kept: [], dry_run: false });
    expect(snapshot(path.join(storeOf(repo), '.archive'))).toEqual(before);
  });
});
