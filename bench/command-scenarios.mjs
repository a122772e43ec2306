// The rows for the terminal commands: a refresh of the status line (Claude Code runs it at every
// refresh when it is set up), `resume` after a long history, and a handoff.
import path from 'node:path';
import { CLI, FINAL_CONTEXT_TOKENS, NODE, ROOT, SESSION, WINDOW } from './common.mjs';
import { parseJsonOutput } from './scenarios.mjs';

const GIT_FLOOR = path.join(ROOT, 'bench', 'git-floor.cjs');
// git's own status of the work tree, as `resume` and a handoff ask for it (scripts/core/git/work-tree-status.ts)
const STATUS = ['status', '--porcelain', '-b', '-u', '--null'];

/**
 * The floor under a command's row (git-floor.cjs): Node and the same git processes, nothing else.
 * The git command lines are the ones the command runs (scripts/core/git/), written out here: a
 * change there is a change here.
 */
function floorRow(title, cwd, env, gitCommands) {
  return {
    title,
    event: 'floor',
    transcript: { label: '—', size: 0 },
    env,
    cwd,
    command: [NODE, [GIT_FLOOR, ...gitCommands.map((args) => JSON.stringify(args))]],
    input: '',
    warmups: 1,
    // git-floor.cjs exits 1 when a git command fails, which every run is checked for
    verify: () => null,
  };
}

/**
 * The terminal commands whose cost grows with the repository (resume after a long history, a
 * handoff), and the status line, which Claude Code runs at every refresh when it is set up.
 */
export function buildCommandScenarios(ctx) {
  const { repo, workflow, history, files } = ctx;
  // the user's runtime folder, as the session's hooks last used it (run.mjs says which)
  const env = { ...ctx.env, WORKFLOW_RUNTIME_DIR: ctx.userRuntime };
  const none = { label: '—', size: 0 };
  const statusInput = JSON.stringify({
    session_id: SESSION,
    cwd: repo,
    workspace: { current_dir: repo, project_dir: repo },
    model: { id: 'claude-opus-4-5-20251101', display_name: 'Opus 4.5' },
    context_window: { total_input_tokens: FINAL_CONTEXT_TOKENS, context_window_size: WINDOW, used_percentage: Math.round((100 * FINAL_CONTEXT_TOKENS) / WINDOW) },
  });
  const handoffArgs = ['handoff', '--dir', repo, '--id', workflow.id, '--format', 'json', '--accomplishment', 'Measured the hooks again'];
  return [
    {
      title: 'status line refresh (`statusline`, opt-in)',
      event: 'statusline',
      transcript: none,
      env,
      command: [NODE, [CLI, 'statusline']],
      input: statusInput,
      warmups: 1,
      verify(r) {
        return r.stdout.includes('ctx 30% of 200K') && r.stdout.includes('wf ') ? null : `statusline: expected the context and the workflow, got ${JSON.stringify(r.stdout.slice(0, 300))}`;
      },
    },
    {
      title: `resume — ${history.commits.toLocaleString('en-US')} commits since the handoff`,
      event: 'resume',
      transcript: none,
      env,
      cwd: history.repo,
      command: [NODE, [CLI, 'resume', history.id, '--dir', history.repo]],
      input: '',
      warmups: 1,
      verify(r) {
        const count = new RegExp(`${history.commits.toLocaleString('en-US')}|${history.commits}`);
        return count.test(r.stdout) ? null : `resume: the summary does not say that ${history.commits} commits landed: ${JSON.stringify(r.stdout.slice(0, 600))}`;
      },
    },
    floorRow(`resume — floor: Node and the same four git processes, nothing else`, history.repo, env, [
      ['rev-list', '--left-right', '--count', `${history.base}...${history.head}`, '--'],
      ['log', `--max-count=50`, '--format=%H%x00%P%x00%an%x00%s', history.head, '--'],
      ['diff', '--name-status', '-z', '-M', history.base, history.head],
      STATUS,
    ]),
    {
      title: `handoff — ${files.toLocaleString('en-US')}-file repository`,
      event: 'handoff',
      transcript: none,
      env,
      command: [NODE, [CLI, ...handoffArgs]],
      input: '',
      warmups: 1,
      verify(r) {
        const out = parseJsonOutput(r.stdout, 'handoff');
        if (typeof out === 'string') return out;
        return out.id === workflow.id ? null : `handoff: updated ${out.id}, expected ${workflow.id}`;
      },
    },
    floorRow(`handoff — floor: Node and the same git process, nothing else`, repo, env, [STATUS]),
  ];
}

