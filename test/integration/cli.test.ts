// The CLI as users and the slash commands run it: a child process, argv, stdin, exit codes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { DIST_CLI, PLUGIN_ROOT, parseJsonOutput, runCli, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir, tempRepo } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';

// tests run concurrently (each spawns processes): the temp dirs go when the file is done
afterAll(cleanupTempDirs);

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
const STAMP = /-\d{8}-\d{6}$/;

interface HandoffJson {
  id: string;
  path: string;
  state: WorkflowState;
  warnings: string[];
}
interface ResumeJson {
  id: string;
  also_automatic: string | null;
  state: WorkflowState;
  changes: {
    new_commits: { sha: string; subject: string; author: string }[];
    files_changed: { status: string; path: string }[];
    branch_changed: boolean;
    current_branch: string | null;
    uncommitted: { status: string; path: string }[];
    conflicts: string[];
    missing_files: string[];
    upstream: { name: string; ahead: number; behind: number } | null;
  };
  compatibility: { check: string; at_handoff: string; now: string; level: string; note: string }[];
  staleness: { stale: boolean; reasons: string[] };
  warnings: string[];
}

function ok(result: CliResult): CliResult {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  return result;
}

async function handoffJson(cwd: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<HandoffJson> {
  return parseJsonOutput<HandoffJson>(ok(await runCli(['handoff', '--format', 'json', ...args], { cwd, ...options })));
}

function readState(file: string): Record<string, unknown> {
  const { checksum: _checksum, ...state } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  return state;
}

function history(storeDir: string, id: string): { event: string; summary: string; session_id: string | null }[] {
  return fs
    .readFileSync(path.join(storeDir, id, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; summary: string; session_id: string | null });
}

describe.concurrent('handoff', () => {
  it('saves from flags, prints a summary that ends with the resume command, and leaves git status clean', async () => {
    const repo = tempRepo();
    repo.write('src/wip.ts', 'work in progress\n');
    const result = ok(
      await runCli(
        [
          'handoff',
          '--task', 'Fix the login bug',
          '--summary', 'Cookie fix written',
          '--phase', '2: Implementation',
          '--accomplishment', 'Reproduced it',
          '--accomplishment', 'Wrote the fix',
          '--next', 'Add a test',
          '--decision', 'Keep SameSite=None',
          '--blocker', 'Staging is down',
          '--note', 'See OPS-7',
          '--ticket', 'AUTH-42',
        ],
        { cwd: repo.path },
      ),
    );
    const lines = result.stdout.trimEnd().split('\n');
    const id = /^Handoff saved: (\S+) \(paused\)$/.exec(lines[0] ?? '')?.[1];
    expect(id).toMatch(/^fix-the-login-bug-\d{8}-\d{6}$/);
    expect(lines.at(-2)).toBe(`Resume in Claude Code:  /workflow:resume ${id}`);
    // run as `node <path>`: the command printed runs the same file, from any directory
    expect(lines.at(-1)).toBe(`Resume from a terminal: node ${DIST_CLI} resume ${id}`);
    expect(result.stdout).toContain('  Git:      main @ ');
    expect(result.stdout).toContain('(1 uncommitted file)');

    const stateFile = path.join(repo.path, '.git', 'workflow', id!, 'state.json');
    expect(result.stdout).toContain(`  State:    ${stateFile}`);
    expect(readState(stateFile)).toMatchObject({
      id,
      status: 'paused',
      task: { description: 'Fix the login bug', ticket_id: 'AUTH-42' },
      summary: 'Cookie fix written',
      phase: { current: 2, name: 'Implementation' },
      accomplishments: ['Reproduced it', 'Wrote the fix'],
      next_steps: ['Add a test'],
      decisions: ['Keep SameSite=None'],
      blockers: ['Staging is down'],
      notes: ['See OPS-7'],
      git: { branch: 'main', commit: repo.head(), commit_message: 'Initial commit', status: { untracked: ['src/wip.ts'] } },
      project: { path: repo.path, name: path.basename(repo.path) },
      session: { id: null, transcript_path: null },
    });
    expect(history(path.join(repo.path, '.git', 'workflow'), id!).map((e) => e.event)).toEqual(['handoff']);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('?? src/wip.ts');
  });

  it('--format json prints exactly one JSON document {id, path, state}', async () => {
    const repo = tempRepo();
    const result = ok(await runCli(['handoff', '--format', 'json', '--task', 'JSON output'], { cwd: repo.path }));
    const doc = JSON.parse(result.stdout) as HandoffJson; // throws on anything after the document
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['id', 'path', 'state']));
    expect(doc.id).toMatch(ID_PATTERN);
    expect(doc.id).toMatch(STAMP);
    expect(doc.path).toBe(path.join(repo.path, '.git', 'workflow', doc.id, 'state.json'));
    expect(readState(doc.path)).toEqual(doc.state);
    expect(doc.state.id).toBe(doc.id);
  });

  it('reads the fields as JSON from --input - (stdin) and --input <file>, flags winning', async () => {
    const repo = tempRepo();
    const input = {
      task: 'Migrate the store',
      summary: 'Half done',
      phase: 'Phase 3 - Review',
      accomplishments: ['Moved reads'],
      next_steps: ['Move writes', 'Delete the old code'],
      decisions: ['Keep JSON'],
      blockers: [],
      notes: ['n'],
      todos: [
        { content: 'write', status: 'in_progress' },
        { content: 'read', status: 'completed' },
      ],
      files_modified: ['src/store.ts'],
    };
    const fromStdin = await handoffJson(repo.path, ['--input', '-', '--summary', 'From the flag'], { input: JSON.stringify(input) });
    expect(fromStdin.state).toMatchObject({
      task: { description: 'Migrate the store' },
      summary: 'From the flag',
      phase: { current: 3, name: 'Review' },
      next_steps: ['Move writes', 'Delete the old code'],
      todos: { active: [{ content: 'write', status: 'in_progress' }], completed: [{ content: 'read', status: 'completed' }] },
      files_modified: ['src/store.ts'],
    });

    fs.mkdirSync(path.join(repo.path, 'sub'));
    fs.writeFileSync(path.join(repo.path, 'sub', 'handoff.json'), JSON.stringify({ ...input, task: 'From a file' }));
    const fromFile = await handoffJson(path.join(repo.path, 'sub'), ['--input', 'handoff.json']);
    expect(fromFile.state.task.description).toBe('From a file');
    // run from a subfolder, the project is still the repository's top level
    expect(fromFile.path.startsWith(path.join(repo.path, '.git', 'workflow'))).toBe(true);
  });

  // every kind of bad input is covered in test/unit/handoff-input.test.ts; here, the exit code and streams
  it.each([
    ['not JSON', '{"task": ', /^claude-workflow: --input: standard input is not valid JSON/],
    ['a list given as a string', '{"task": "t", "next_steps": "one"}', /^claude-workflow: handoff input \(stdin\): field "next_steps": .*expected array/],
    ['an unknown key', '{"task": "t", "nextSteps": ["x"]}', /^claude-workflow: handoff input \(stdin\): unknown field\(s\) nextSteps/],
  ])('refuses --input that is %s: exit 1, one line naming the problem, nothing written', async (_label, input, message) => {
    const repo = tempRepo();
    const result = await runCli(['handoff', '--input', '-'], { cwd: repo.path, input });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(fs.existsSync(path.join(repo.path, '.claude'))).toBe(false);
  });

  it('refuses a new handoff without a task', async () => {
    const repo = tempRepo();
    const noTask = await runCli(['handoff', '--summary', 'x'], { cwd: repo.path });
    expect(noTask).toEqual({ status: 2, stdout: '', stderr: 'claude-workflow: a new handoff needs a task: pass --task "…" or "task" in the --input JSON\n' });
    expect(fs.existsSync(path.join(repo.path, '.claude'))).toBe(false);
  });

  it('--id updates that workflow and keeps the previous state.json as the backup', async () => {
    const repo = tempRepo();
    const first = await seedHandoff(repo.path, { task: 'Long task', accomplishments: ['a1'], next_steps: ['n1'] });
    const second = await handoffJson(repo.path, ['--id', first.id, '--accomplishment', 'a2', '--next', 'n2', '--status', 'waiting_approval']);
    expect(second.id).toBe(first.id);
    expect(second.path).toBe(first.path);
    expect(second.state).toMatchObject({ task: { description: 'Long task' }, status: 'waiting_approval', accomplishments: ['a1', 'a2'], next_steps: ['n2'] });
    expect(readState(path.join(path.dirname(first.path), 'state.backup.json'))).toEqual(first.state);
  });

  it('outside a git repository: saves, and says so', async () => {
    const dir = tempDir();
    const text = ok(await runCli(['handoff', '--task', 'No git here'], { cwd: dir }));
    expect(text.stdout).toContain('  Git:      not a git repository');
    expect(text.stdout).toContain(`  Warning:  ${dir} is not a git repository: saved without git context`);
    const id = /^Handoff saved: (\S+) /.exec(text.stdout)?.[1] ?? '';
    expect(readState(path.join(dir, '.workflow', id, 'state.json'))).toMatchObject({ git: null, task: { description: 'No git here' } });
  });
});

describe.concurrent('argument errors', () => {
  it('an unknown flag: exit 2, one line naming it and pointing at the help, nothing written', async () => {
    const repo = tempRepo();
    const result = await runCli(['handoff', '--task', 't', '--bogus'], { cwd: repo.path });
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'claude-workflow: unknown option --bogus (claude-workflow handoff --help lists the options)\n' });
    expect(fs.existsSync(path.join(repo.path, '.claude'))).toBe(false);
  });

  it.each([
    [['frobnicate'], 2, /^claude-workflow: unknown command "frobnicate"; the commands are handoff, resume, list/],
    [['list', '--format', 'xml'], 2, /^claude-workflow: --format xml: expected text or json \(claude-workflow list --help lists the options\)\n$/],
    [['resume', '--dir', 'does/not/exist'], 1, /^claude-workflow: --dir does\/not\/exist: not a directory\n$/],
    [['log', '--limit', '-1'], 2, /^claude-workflow: --limit "-1": expected a whole number \(0 for no limit\)\n$/],
    [['log', '--limit'], 2, /^claude-workflow: --limit needs a value \(claude-workflow log --help lists the options\)\n$/],
    [['list', '--archived=yes'], 2, /^claude-workflow: --archived takes no value \(claude-workflow list --help lists the options\)\n$/],
    [['handoff', '--task', 't', '--status', 'done'], 2, /^claude-workflow: --status done: expected one of active, paused, waiting_approval, completed, cancelled\n$/],
    [['complete'], 2, /^claude-workflow: complete needs the workflow id \(claude-workflow complete --help lists the options\)\n$/],
    [['sync', 'frob'], 2, /^claude-workflow: sync needs push, pull, status or resolve \(claude-workflow sync --help lists the options\)\n$/],
  ])('%j: exit %i, one line on stderr', async (args, status, message) => {
    const result = await runCli(args, { cwd: tempRepo().path });
    expect(result.status).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('help goes to stdout with exit 0: every command with what it does, in 80 columns', async () => {
    const result = ok(await runCli(['--help'], { cwd: tempDir() }));
    for (const name of ['handoff', 'resume', 'list', 'status', 'hook']) expect(result.stdout).toMatch(new RegExp(`^  ${name} +[A-Z]`, 'm'));
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it.each(['handoff', 'log', 'export', 'sync'])('%s --help: a row for each option, in 80 columns', async (name) => {
    const result = ok(await runCli([name, '--help'], { cwd: tempDir() }));
    expect(result.stdout).toMatch(new RegExp(`^usage: claude-workflow ${name}`));
    expect(result.stdout).toMatch(/^ {2}--format text\|json +text for people/m);
    if (name === 'handoff') for (const option of ['--task', '--ticket', '--summary', '--id', '--status', '--input']) expect(result.stdout).toMatch(new RegExp(`^  ${option} `, 'm'));
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('--version prints the version, alone or after a command', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(ok(await runCli(['--version'], { cwd: tempDir() })).stdout).toBe(`${version}\n`);
    expect(ok(await runCli(['status', '--version'], { cwd: tempDir() })).stdout).toBe(`${version}\n`);
  });
});

describe.concurrent('resume', () => {
  it('json {id, state, changes, warnings}: marks the workflow active, logs a resume, reports what changed', async () => {
    const repo = tempRepo();
    repo.commit('src/session.ts', 'v1\n', 'Add session');
    repo.write('src/session.ts', 'in flight\n');
    const saved = await seedHandoff(repo.path, { task: 'Resume me', next_steps: ['Finish it'] });
    repo.git('stash', '-q');
    const sha = repo.commit('src/session.ts', 'v2\n', 'Teammate edit', { author: 'Other Dev <other@example.com>' });
    repo.checkout('other', { create: true });

    const result = ok(await runCli(['resume', saved.id, '--format', 'json'], { cwd: repo.path }));
    const doc = JSON.parse(result.stdout) as ResumeJson; // exactly one document
    expect(Object.keys(doc).sort()).toEqual(['also_automatic', 'changes', 'compatibility', 'id', 'staleness', 'state', 'warnings']);
    expect(doc.id).toBe(saved.id);
    // named by id: no automatic workflow was passed over
    expect(doc.also_automatic).toBeNull();
    expect(doc.state.status).toBe('active');
    expect(doc.state.next_steps).toEqual(['Finish it']);
    expect(doc.warnings).toEqual([]);
    expect(doc.changes).toEqual({
      new_commits: [{ sha, subject: 'Teammate edit', author: 'Other Dev' }],
      new_commit_count: 1,
      files_changed: [{ status: 'M', path: 'src/session.ts' }],
      branch_changed: true,
      current_branch: 'other',
      uncommitted: [],
      conflicts: ['src/session.ts'],
      missing_files: [],
      upstream: null,
    });
    expect(doc.staleness.stale).toBe(true);
    expect(doc.staleness.reasons).toContain('1 commit landed since the handoff');
    expect(doc.compatibility).toContainEqual(expect.objectContaining({ check: 'branch', now: 'other', level: 'warning' }));
    expect(readState(saved.path)).toEqual(doc.state);
    expect(history(path.dirname(path.dirname(saved.path)), saved.id).map((e) => e.event)).toEqual(['handoff', 'resume']);
  });

  it('text, without an id: the full summary of the most recent resumable workflow, with the changes', async () => {
    const repo = tempRepo();
    await seedHandoff(repo.path, { task: 'Older task' });
    const saved = await seedHandoff(repo.path, { task: 'Text resume', next_steps: ['Step one'] });
    await seedHandoff(repo.path, { task: 'Newest but done', status: 'completed' });
    repo.commit('a.txt', 'a', 'Work after the handoff');
    const result = ok(await runCli(['resume'], { cwd: repo.path }));
    expect(result.stdout).toMatch(new RegExp(`^# Resuming workflow ${saved.id}\nTask: Text resume\nStatus: paused · last saved \\d+ (days|h) ago on `));
    expect(result.stdout).toContain('## Next steps\n1. Step one');
    expect(result.stdout).toMatch(/## Changes since the handoff\n- 1 new commit:\n {4}[0-9a-f]{8} Work after the handoff \(Test Author\)\n- Files changed by those commits: A a\.txt/);
  });

  it('an unknown id: exit 1, nothing on stdout, stderr names the ids that exist', async () => {
    const repo = tempRepo();
    const a = await seedHandoff(repo.path, { task: 'Alpha' });
    const b = await seedHandoff(repo.path, { task: 'Beta' });
    const before = fs.readFileSync(a.path, 'utf8');
    const result = await runCli(['resume', 'no-such-workflow', '--format', 'json'], { cwd: repo.path });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`claude-workflow: no workflow "no-such-workflow"; existing workflows: ${[a.id, b.id].sort().join(', ')}\n`);
    expect(fs.readFileSync(a.path, 'utf8')).toBe(before);
  });

  it('an invalid id is refused before touching the disk; no workflow at all is explained', async () => {
    const dir = tempDir();
    const invalid = await runCli(['resume', '../etc'], { cwd: dir });
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/^claude-workflow: invalid workflow id "\.\.\/etc"/);
    const none = await runCli(['resume'], { cwd: dir });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^claude-workflow: no workflow to resume in this project/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('outside a git repository: resumes with a warning', async () => {
    const dir = tempDir();
    const saved = await seedHandoff(dir, { task: 'No git' });
    const doc = parseJsonOutput<ResumeJson>(ok(await runCli(['resume', '--format', 'json'], { cwd: dir })));
    expect(doc.id).toBe(saved.id);
    expect(doc.state.status).toBe('active');
    expect(doc.warnings).toEqual([`${dir} is not a git repository: changes since the handoff cannot be checked`]);
  });
});

describe.concurrent('list and status', () => {
  it('list --format json: {workflows: [{id, handle, status, task, phase, updated_at, branch, device, read_note}]}, newest first; a text table in 80 columns; the handle names the workflow', async () => {
    const repo = tempRepo();
    const a = await seedHandoff(repo.path, { task: 'Alpha', phase: '1: Design' });
    repo.checkout('feature', { create: true });
    const b = await seedHandoff(repo.path, { task: 'Beta' });
    const doc = parseJsonOutput<{ workflows: { handle: string }[] }>(ok(await runCli(['list', '--format', 'json'], { cwd: repo.path })));
    const [hb = '', ha = ''] = doc.workflows.map((w) => w.handle);
    expect(hb).toMatch(/^[0-9a-f]{4,}$/);
    expect(doc).toEqual({
      workflows: [
        { id: b.id, handle: hb, status: 'paused', task: 'Beta', phase: '—', updated_at: b.state.updated_at, branch: 'feature', device: b.state.device.hostname, read_note: null },
        { id: a.id, handle: ha, status: 'paused', task: 'Alpha', phase: '1 · Design', updated_at: a.state.updated_at, branch: 'main', device: a.state.device.hostname, read_note: null },
      ],
    });
    const text = ok(await runCli(['list'], { cwd: repo.path })).stdout.split('\n');
    // two branches: a BRANCH column; one device: none for it
    expect(text[0]).toMatch(/^ID +TASK +PHASE +STATUS +BRANCH +AGE$/);
    expect(text[1]).toMatch(new RegExp(`^${hb} +Beta +— +paused +feature +(just now|\\d+ (days|h|min))$`));
    expect(text[2]).toMatch(new RegExp(`^${ha} +Alpha +1 · Design +paused +main `));
    for (const line of text) expect([...line].length).toBeLessThanOrEqual(80);

    // the handle, or the start of the id, wherever an id is taken
    expect(ok(await runCli(['resume', ha, '--format', 'json'], { cwd: repo.path })).stdout).toContain(`"id": "${a.id}"`);
    expect(ok(await runCli(['log', 'bet'], { cwd: repo.path })).stdout).toContain(`Work log of ${b.id}`);
    const other = await seedHandoff(repo.path, { task: 'Alpha two' });
    const ambiguous = await runCli(['complete', 'alpha'], { cwd: repo.path });
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toMatch(/^claude-workflow: "alpha" names 2 workflows \(/);
    expect(ambiguous.stderr).toContain(a.id);
    expect(ambiguous.stderr).toContain(other.id);
  });

  it('list reports an unreadable workflow on stderr and still lists the others; an empty store lists nothing', async () => {
    const repo = tempRepo();
    expect(parseJsonOutput(ok(await runCli(['list', '--format', 'json'], { cwd: repo.path })))).toEqual({ workflows: [] });
    const good = await seedHandoff(repo.path, { task: 'Good' });
    const bad = await seedHandoff(repo.path, { task: 'Bad' });
    fs.writeFileSync(bad.path, 'garbage');
    const result = await runCli(['list', '--format', 'json'], { cwd: repo.path });
    expect(result.status).toBe(0);
    expect(parseJsonOutput<{ workflows: { id: string }[] }>(result).workflows.map((w) => w.id)).toEqual([good.id]);
    expect(result.stderr).toMatch(new RegExp(`^warning: .*${bad.id}.*is not valid JSON`));
  });

  it('status shows the current workflow in text and json', async () => {
    const repo = tempRepo();
    expect(ok(await runCli(['status'], { cwd: repo.path })).stdout).toBe('No active or paused workflow in this project. Save one with /workflow:handoff.\n');
    await seedHandoff(repo.path, { task: 'Other' });
    const current = await seedHandoff(repo.path, { task: 'Current', next_steps: ['Do the thing'], phase: 'Review' });
    const text = ok(await runCli(['status'], { cwd: repo.path })).stdout;
    expect(text).toMatch(new RegExp(`^Current workflow: ${current.id} \\(paused, saved .+ ago on \\S+\\)\n  Handle: [0-9a-f]{4,}\n  Task:   Current\n  Phase:  Review\n`));
    expect(text).toContain('  Next:   Do the thing');
    expect(text).toContain('  Also:   1 other workflow (claude-workflow list)');
    const json = parseJsonOutput<{ current: { id: string; state: WorkflowState }; workflows: { id: string }[] }>(ok(await runCli(['status', '--format', 'json'], { cwd: repo.path })));
    expect(json.current.id).toBe(current.id);
    expect(json.current.state).toEqual(current.state);
    // the same rows as list's
    const listed = parseJsonOutput<{ workflows: unknown[] }>(ok(await runCli(['list', '--format', 'json'], { cwd: repo.path })));
    expect(json.workflows).toEqual(listed.workflows);
    expect(json.workflows.map((w) => w.id)).toHaveLength(2);
  });
});

describe.concurrent('where the store is', () => {
  it('--dir wins over CLAUDE_PROJECT_DIR, which wins over the cwd', async () => {
    const project = tempRepo();
    const decoy = tempDir();
    const elsewhere = tempDir();
    const viaDir = await handoffJson(elsewhere, ['--dir', project.path, '--task', 'Via dir'], { env: { CLAUDE_PROJECT_DIR: decoy } });
    expect(viaDir.path).toBe(path.join(project.path, '.git', 'workflow', viaDir.id, 'state.json'));
    expect(viaDir.state.project.path).toBe(project.path);
    expect(viaDir.state.git?.branch).toBe('main');

    // a subfolder given with --dir is its repository, as when the command runs from there
    fs.mkdirSync(path.join(project.path, 'src', 'deep'), { recursive: true });
    const viaSub = await handoffJson(elsewhere, ['--dir', path.join(project.path, 'src', 'deep'), '--task', 'Via subfolder']);
    expect(viaSub.path).toBe(path.join(project.path, '.git', 'workflow', viaSub.id, 'state.json'));

    const viaEnv = await handoffJson(elsewhere, ['--task', 'Via env'], { env: { CLAUDE_PROJECT_DIR: project.path } });
    expect(viaEnv.path).toBe(path.join(project.path, '.git', 'workflow', viaEnv.id, 'state.json'));
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(fs.readdirSync(decoy)).toEqual([]);
  });

  it('WORKFLOW_STATE_DIR replaces <git dir>/workflow', async () => {
    const project = tempRepo();
    const store = path.join(tempDir(), 'custom-store');
    const inStore = await seedHandoff(project.path, { task: 'In the custom store' }, { storeDir: store });
    await seedHandoff(project.path, { task: 'In the default store' });
    const list = parseJsonOutput<{ workflows: { id: string }[] }>(
      ok(await runCli(['list', '--format', 'json'], { cwd: project.path, env: { WORKFLOW_STATE_DIR: store } })),
    );
    expect(list.workflows.map((w) => w.id)).toEqual([inStore.id]);
    const saved = await handoffJson(project.path, ['--task', 'Via the env'], { env: { WORKFLOW_STATE_DIR: store } });
    expect(saved.path).toBe(path.join(store, saved.id, 'state.json'));
  });
});

describe.concurrent('inside a Claude Code session', () => {
  it('a handoff after a resume in the same session (CLAUDE_CODE_SESSION_ID) updates the resumed workflow', async () => {
    const repo = tempRepo();
    const configDir = tempDir();
    const saved = await seedHandoff(repo.path, { task: 'Session work', accomplishments: ['a1'] }, { session: { id: 'session-a', transcript_path: null } });
    await seedHandoff(repo.path, { task: 'Unrelated work' }); // newer, outside any session
    const sessionB = { CLAUDE_CODE_SESSION_ID: 'session-b', CLAUDE_CONFIG_DIR: configDir };

    ok(await runCli(['resume', saved.id], { cwd: repo.path, env: sessionB }));
    const again = await handoffJson(repo.path, ['--task', 'Session work, continued', '--accomplishment', 'a2'], { env: sessionB });
    expect(again.id).toBe(saved.id);
    expect(again.state.accomplishments).toEqual(['a1', 'a2']);
    expect(again.state.task.description).toBe('Session work, continued');
    expect(again.state.session.id).toBe('session-b');
    expect(history(path.dirname(path.dirname(saved.path)), saved.id).map((e) => [e.event, e.session_id])).toEqual([
      ['handoff', 'session-a'],
      ['resume', 'session-b'],
      ['handoff', 'session-b'],
    ]);
  });
});

describe("inside Claude Code's sandbox", () => {
  it('a store it keeps read-only gets one line naming the sandbox and what to do, not an internal error', async () => {
    const repo = tempRepo();
    const blocked = path.join(repo.path, 'a-file');
    fs.writeFileSync(blocked, '');
    const env = { WORKFLOW_STATE_DIR: path.join(blocked, 'store'), SANDBOX_RUNTIME: '1' };
    const result = await runCli(['handoff', '--task', 'Sandboxed'], { cwd: repo.path, env });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^claude-workflow: cannot write .*: Claude Code's sandbox keeps it read-only\. /);
    expect(result.stderr).toContain('sandbox.filesystem.allowWrite');
    // outside the sandbox the same failure stays what it is
    const outside = await runCli(['handoff', '--task', 'Sandboxed'], { cwd: repo.path, env: { WORKFLOW_STATE_DIR: env.WORKFLOW_STATE_DIR } });
    expect(outside.status).toBe(70);
  });
});

describe('as the shell step of a slash command (--arguments-from-stdin)', () => {
  const slash = (command: string, args: string, cwd: string, env?: NodeJS.ProcessEnv) =>
    runCli([command, '--arguments-from-stdin'], { cwd, env, input: `${args}\nWORKFLOW_ARGUMENTS_END\n` });

  it.each([
    ['resume', 'no-such-workflow', /^claude-workflow resume failed: no workflow "no-such-workflow"/],
    ['log', '--limit -1', /^claude-workflow log failed: /],
    ['log', '--no-such-option', /^claude-workflow log failed: /],
    ['resume', '"unclosed', /^claude-workflow resume failed: the arguments have an unclosed double quote/],
  ])('%s %s: the failure is the output, on stdout, and the step exits 0', async (command, args, expected) => {
    const repo = tempRepo();
    await seedHandoff(repo.path, { task: 'Refactor billing' });
    const result = await slash(command, args, repo.path);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(expected);
    expect(result.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(3);
  });

  it('with no workflow yet, and for an id held by another session: exit 0, the reason on stdout', async () => {
    const empty = tempRepo();
    const none = await slash('resume', '', empty.path);
    expect(none).toMatchObject({ status: 0, stderr: '' });
    expect(none.stdout).toMatch(/^claude-workflow resume failed: .*no workflow/i);

    const repo = tempRepo();
    const { id } = await seedHandoff(repo.path, { task: 'Refactor billing' });
    expect((await slash('resume', id, repo.path, { CLAUDE_CODE_SESSION_ID: 'session-a' })).status).toBe(0);
    const held = await slash('resume', id, repo.path, { CLAUDE_CODE_SESSION_ID: 'session-b' });
    expect(held).toMatchObject({ status: 0, stderr: '' });
    expect(held.stdout).toMatch(/^claude-workflow resume failed: .*session-a/);
    expect(held.stdout).toContain('--take-over');
  });

  it('from a terminal the same failures keep their exit codes and go to stderr', async () => {
    const repo = tempRepo();
    const unknown = await runCli(['resume', 'no-such-workflow'], { cwd: repo.path });
    expect(unknown.status).not.toBe(0);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^claude-workflow: /);
  });
});

describe('which workflow a handoff updates', () => {
  const save = async (cwd: string, args: string[], env?: NodeJS.ProcessEnv) =>
    parseJsonOutput<HandoffJson & { created: boolean; into: string }>(ok(await runCli(['handoff', '--format', 'json', ...args], { cwd, env })));

  it("without --id: the project's current workflow, when the task is the same or not given; --new and another task start a new one", async () => {
    const repo = tempRepo();
    const first = await save(repo.path, ['--task', 'Fix the login loop', '--next', 'Write the test']);
    expect(first).toMatchObject({ created: true, into: 'a new workflow' });
    const again = await save(repo.path, ['--summary', 'Test written']);
    expect(again).toMatchObject({ id: first.id, created: false, into: "updated the project's current workflow (--new starts another)" });
    expect((await save(repo.path, ['--task', 'fix the  login loop'])).id).toBe(first.id);

    const text = ok(await runCli(['handoff', '--summary', 'Once more'], { cwd: repo.path })).stdout;
    expect(text.split('\n').slice(0, 2)).toEqual([`Handoff saved: ${first.id} (paused)`, "  Into:     updated the project's current workflow (--new starts another)"]);

    const other = await save(repo.path, ['--task', 'Upgrade the build']);
    expect(other).toMatchObject({ created: true, into: `a new workflow: the task differs from the current workflow's (--id ${first.id} updates that one)` });
    const fresh = await save(repo.path, ['--task', 'Upgrade the build', '--new']);
    expect(fresh.id).not.toBe(other.id);
    expect(fresh.created).toBe(true);

    const both = await runCli(['handoff', '--new', '--id', first.id], { cwd: repo.path });
    expect(both).toMatchObject({ status: 2, stdout: '' });
    expect(both.stderr).toBe('claude-workflow: --new starts a new workflow and --id updates one: give only one of them\n');
  });

  it('a finished workflow is not current: the next handoff starts a new one', async () => {
    const repo = tempRepo();
    const first = await save(repo.path, ['--task', 'Ship it']);
    ok(await runCli(['complete', first.id], { cwd: repo.path }));
    expect((await save(repo.path, ['--task', 'Ship it'])).id).not.toBe(first.id);
  });

  it('one held by another live session is not updated: nothing saved, the holder named, the two ways on given', async () => {
    const repo = tempRepo();
    const first = await save(repo.path, ['--task', 'Refactor billing']);
    ok(await runCli(['resume', first.id], { cwd: repo.path, env: { CLAUDE_CODE_SESSION_ID: 'session-b' } }));
    const before = fs.readFileSync(first.path, 'utf8');

    const refused = await runCli(['handoff', '--summary', 'From session A'], { cwd: repo.path, env: { CLAUDE_CODE_SESSION_ID: 'session-a' } });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`the project's current workflow ${first.id} is held by session session-b on `);
    expect(refused.stderr).toContain(`Save into it anyway with --id ${first.id}`);
    expect(refused.stderr).toContain('or start a new workflow with --new.');
    expect(fs.readFileSync(first.path, 'utf8')).toBe(before);

    expect((await save(repo.path, ['--summary', 'From session A', '--id', first.id], { CLAUDE_CODE_SESSION_ID: 'session-a' })).id).toBe(first.id);
    expect((await save(repo.path, ['--task', 'Refactor billing', '--new'], { CLAUDE_CODE_SESSION_ID: 'session-a' })).id).not.toBe(first.id);
  });

  it('blockers and next steps are cleared with "none" or --clear-blockers / --clear-next', async () => {
    const repo = tempRepo();
    const first = await save(repo.path, ['--task', 'Deploy', '--blocker', 'Staging is down', '--next', 'Deploy to staging']);
    expect(first.state.blockers).toEqual(['Staging is down']);
    const none = parseJsonOutput<HandoffJson>(ok(await runCli(['handoff', '--format', 'json', '--input', '-'], { cwd: repo.path, input: 'blocker: none\nnext: Deploy to production\n' })));
    expect(none.state.blockers).toEqual([]);
    expect(none.state.next_steps).toEqual(['Deploy to production']);
    const again = await save(repo.path, ['--blocker', 'Prod freeze']);
    expect(again.state.blockers).toEqual(['Prod freeze']);
    const cleared = await save(repo.path, ['--clear-blockers', '--clear-next']);
    expect(cleared.state).toMatchObject({ blockers: [], next_steps: [] });
    const replaced = await save(repo.path, ['--clear-next', '--next', 'Tag the release']);
    expect(replaced.state.next_steps).toEqual(['Tag the release']);
    const dash = await save(repo.path, ['--blocker', 'Prod freeze', '--blocker', '—']);
    expect(dash.state.blockers).toEqual(['Prod freeze']);
  });
});

describe("the plugin's bin/claude-workflow", () => {
  it('runs the CLI by name, and what it prints to run again uses the name', async () => {
    const repo = tempRepo();
    const bin = path.join(PLUGIN_ROOT, 'bin', 'claude-workflow');
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(bin, ['handoff', '--task', 'By name'], { cwd: repo.path, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: repo.path } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\nResume from a terminal: claude-workflow resume by-name-\d{8}-\d{6}\n$/);

    // linked into a folder on the PATH, it still finds the plugin
    const dir = tempDir();
    fs.symlinkSync(bin, path.join(dir, 'claude-workflow'));
    const linked = spawnSync('claude-workflow', ['--version'], { cwd: repo.path, encoding: 'utf8', env: { PATH: `${dir}:${process.env.PATH}`, HOME: repo.path } });
    expect(linked.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
