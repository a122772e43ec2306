// The store moved from <project>/.claude/workflows (where Claude Code 2.1.332 keeps its own
// workflow scripts, and which its sandbox keeps read-only) to <git dir>/workflow. A store an older
// version saved is moved on the next session start, or by the first CLI command; nothing of
// Claude Code's is touched.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hookSandbox, type HookSandbox } from '../helpers/hook-sandbox.ts';

const LEGACY_GITIGNORE = `# Workflow state is personal (paths, hostnames, session ids) and stays out of commits.
# Delete this file to commit the workflows with the project.
*
`;

/** An older version's store: saved by the CLI into .claude/workflows (WORKFLOW_STATE_DIR), plus Claude Code's own script. */
async function legacyStore(sandbox: HookSandbox, tasks: string[]): Promise<{ legacy: string; ids: string[] }> {
  const legacy = path.join(sandbox.repo.path, '.claude', 'workflows');
  const ids: string[] = [];
  for (const task of tasks) {
    const saved = await sandbox.cli(['handoff', '--task', task, '--format', 'json'], { env: { WORKFLOW_STATE_DIR: legacy } });
    expect(saved.status, saved.stderr).toBe(0);
    ids.push((JSON.parse(saved.stdout) as { id: string }).id);
  }
  fs.writeFileSync(path.join(legacy, '.gitignore'), LEGACY_GITIGNORE);
  fs.writeFileSync(path.join(legacy, 'review-pr.js'), 'export default async function () {}\n');
  return { legacy, ids };
}

describe('moving the store out of .claude/workflows', () => {
  it('SessionStart moves the workflows, says so once, and leaves Claude Code\'s scripts where they are, no longer hidden from git', async () => {
    const sandbox = hookSandbox();
    const { legacy, ids } = await legacyStore(sandbox, ['Fix the login', 'Port the parser']);
    const session = sandbox.session('sess-move');
    const started = await session.hook('SessionStart', { source: 'startup' });
    expect(started.status).toBe(0);
    expect(started.json?.systemMessage).toContain('moved 2 saved workflow(s) from .claude/workflows to .git/workflow');
    for (const id of ids) expect(fs.existsSync(path.join(sandbox.repo.path, '.git', 'workflow', id, 'state.json'))).toBe(true);
    expect(fs.readdirSync(legacy)).toEqual(['review-pr.js']);
    expect(sandbox.repo.git('status', '--porcelain', '--untracked-files=all')).toContain('.claude/workflows/review-pr.js');
    // the summary of the moved workflow came with the same start
    expect(started.json?.hookSpecificOutput?.additionalContext).toContain('Port the parser');

    const again = await sandbox.session('sess-again').hook('SessionStart', { source: 'startup' });
    expect(again.json?.systemMessage ?? '').not.toContain('moved');
  });

  it('the first CLI command moves them too, and the folder goes when nothing else was in it', async () => {
    const sandbox = hookSandbox();
    const { legacy, ids } = await legacyStore(sandbox, ['Fix the login']);
    fs.rmSync(path.join(legacy, 'review-pr.js'));
    const listed = await sandbox.cli(['list', '--format', 'json']);
    expect(listed.status).toBe(0);
    expect(listed.stderr).toContain('workflow: moved 1 saved workflow(s) from .claude/workflows to .git/workflow');
    expect((JSON.parse(listed.stdout) as { workflows: { id: string }[] }).workflows.map((w) => w.id)).toEqual(ids);
    expect(fs.existsSync(legacy)).toBe(false);
  });

  it('keeps a workflow whose id the new store already has where it is, and says so', async () => {
    const sandbox = hookSandbox();
    const { legacy, ids } = await legacyStore(sandbox, ['Fix the login']);
    const id = ids[0] ?? '';
    fs.mkdirSync(path.join(sandbox.repo.path, '.git', 'workflow'), { recursive: true });
    fs.cpSync(path.join(legacy, id), path.join(sandbox.repo.path, '.git', 'workflow', id), { recursive: true });
    const listed = await sandbox.cli(['list']);
    expect(listed.stderr).toContain(`left ${id} in .claude/workflows`);
    expect(fs.existsSync(path.join(legacy, id, 'state.json'))).toBe(true);
    expect(fs.existsSync(path.join(legacy, '.gitignore'))).toBe(true);
  });

  it('does not follow a .claude/workflows that is a link out of the project', async () => {
    const sandbox = hookSandbox();
    const elsewhere = fs.mkdtempSync(path.join(path.dirname(sandbox.repo.path), 'elsewhere-'));
    fs.mkdirSync(path.join(elsewhere, 'fix-login-20260101-000000'));
    fs.writeFileSync(path.join(elsewhere, 'fix-login-20260101-000000', 'state.json'), '{}');
    fs.mkdirSync(path.join(sandbox.repo.path, '.claude'));
    fs.symlinkSync(elsewhere, path.join(sandbox.repo.path, '.claude', 'workflows'));
    expect((await sandbox.cli(['list'])).stderr).toBe('');
    expect(fs.readdirSync(elsewhere)).toEqual(['fix-login-20260101-000000']);
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });
});
