// Schema versions through the built CLI: a v1 state.json from the fixtures is read as v2 by pure
// reads without being rewritten, and upgraded by the first command that saves; a v2 handoff
// stores the sub-phase and its deliverables as paths with content hashes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { SCHEMA_VERSION } from '../../scripts/core/shared/state-fields.ts';
import { parseJsonOutput, REPO_ROOT, runCli } from '../helpers/cli.ts';
import { cleanupTempDirs, tempRepo } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const V1_ID = 'redesign-the-checkout-page-20260310-161204';

describe.concurrent('schema versions through the CLI', () => {
  it('a v1 state.json: list and status leave it as it is; resume warns, then saves it as v2', async () => {
    const repo = tempRepo();
    const dir = path.join(repo.path, '.git', 'workflow', V1_ID);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const v1 = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'states', 'v1.json'), 'utf8');
    fs.writeFileSync(path.join(dir, 'state.json'), v1, { mode: 0o600 });

    const list = await runCli(['list', '--format', 'json'], { cwd: repo.path });
    expect(list.status).toBe(0);
    expect(parseJsonOutput<{ workflows: { id: string }[] }>(list).workflows.map((w) => w.id)).toEqual([V1_ID]);
    const status = await runCli(['status', '--format', 'json'], { cwd: repo.path });
    expect(parseJsonOutput<{ warnings: string[] }>(status).warnings).toEqual([expect.stringContaining(`migrated from schema v1 to v${SCHEMA_VERSION}`)]);
    expect(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')).toBe(v1);

    const resume = await runCli(['resume', V1_ID, '--format', 'json'], { cwd: repo.path });
    expect(resume.status).toBe(0);
    const resumed = parseJsonOutput<{ state: WorkflowState; warnings: string[] }>(resume);
    expect(resumed.warnings).toContainEqual(expect.stringContaining(`state.json migrated from schema v1 to v${SCHEMA_VERSION}`));
    expect(resumed.state.phases[0]?.deliverables).toEqual([{ path: 'docs/checkout-design.md', sha256: null }]);
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')) as WorkflowState;
    expect(onDisk.schema_version).toBe(SCHEMA_VERSION);
    expect(onDisk.phase.sub).toBeNull();
    expect(fs.readFileSync(path.join(dir, 'state.backup.json'), 'utf8')).toBe(v1);
    const again = await runCli(['status', '--format', 'json'], { cwd: repo.path });
    expect(parseJsonOutput<{ warnings: string[] }>(again).warnings).toEqual([]);
  });

  it('a handoff stores the sub-phase and each deliverable with the sha256 of its content', async () => {
    const repo = tempRepo();
    repo.commit('docs/design.md', '# Design\n', 'Design');
    const input = {
      task: 'Redesign the checkout page',
      phase: { current: 2, name: 'Implementation', sub: 'payment step' },
      phases: [
        { num: 1, name: 'Design', status: 'approved', deliverables: ['docs/design.md'] },
        { num: 2, name: 'Implementation', status: 'in_progress', deliverables: [{ path: 'src/pay.ts' }] },
      ],
    };
    const result = await runCli(['handoff', '--input', '-', '--format', 'json'], { cwd: repo.path, input: JSON.stringify(input) });
    expect(result.stderr).toBe('');
    const { id, state } = parseJsonOutput<{ id: string; state: WorkflowState }>(result);
    expect(state.phase).toEqual({ current: 2, name: 'Implementation', sub: 'payment step' });
    expect(state.phases.map((p) => p.deliverables)).toEqual([
      [{ path: 'docs/design.md', sha256: createHash('sha256').update('# Design\n').digest('hex') }],
      [{ path: 'src/pay.ts', sha256: null }],
    ]);
    const dir = path.join(repo.path, '.git', 'workflow', id);
    expect((JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')) as WorkflowState).schema_version).toBe(SCHEMA_VERSION);
    const [line] = fs.readFileSync(path.join(dir, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(line ?? '{}')).toMatchObject({ event: 'handoff', schema_version: SCHEMA_VERSION });
  });
});
