import { describe, expect, it } from 'vitest';
import { renderSessionFacts } from '../../scripts/core/render/session-facts-render.ts';
import { makeState } from '../helpers/fixtures.ts';

const facts = {
  first_request: '/build the CSV parser',
  last_request: 'keep going',
  title: null,
  commands: [],
  last_test: { command: 'npm test', exit_code: 1, ok: false, at: null },
  last_build: { command: 'npm run build', exit_code: 0, ok: true, at: null },
  plan: '1. Parse\n2. Test',
  outside_files: ['/home/user/.claude/plans/csv.md'],
  compactions: 2,
  coverage: { lines: 900, subagent_files: 1, skipped_bytes: 0, unreadable_lines: 0 },
};

describe('renderSessionFacts', () => {
  it('says nothing for a state saved without session facts and without files or agents', () => {
    expect(renderSessionFacts(makeState({ files_modified: [], agents: [], session_facts: null }))).toEqual([]);
  });

  it.each([
    ['requests', 'Requests: first "/build the CSV parser"; latest: "keep going"'],
    ['a failing test run', 'Last test run FAILED (exit 1): npm test'],
    ['the last build', 'Last build passed: npm run build'],
    ['running agents', 'Background agents still running at the save: scan (Explore)'],
    ['stopped agents', 'Agents that failed or were stopped: review (stopped)'],
    ['files outside the project', 'Written outside the project: /home/user/.claude/plans/csv.md'],
    ['compactions', 'Compacted 2 times in this session'],
    ['the plan', 'Plan approved in plan mode:'],
  ])('names %s', (_what, line) => {
    const state = makeState({
      files_modified: ['src/a.ts'],
      agents: [
        { type: 'Explore', description: 'scan', done: false, status: 'running' },
        { type: 'general-purpose', description: 'review', done: true, status: 'stopped' },
      ],
      session_facts: facts,
    });
    expect(renderSessionFacts(state)).toContain(line);
  });
});
