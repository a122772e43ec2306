// The rows for the terminal commands: a refresh of the status line (Claude Code runs it at every
// refresh when it is set up), `resume` after a long history, and a handoff.
import { CLI, FINAL_CONTEXT_TOKENS, NODE, SESSION, WINDOW } from './common.mjs';
import { parseJsonOutput } from './scenarios.mjs';

/**
 * The terminal commands whose cost grows with the repository (resume after a long history, a
 * handoff), and the status line, which Claude Code runs at every refresh when it is set up.
 */
export function buildCommandScenarios(ctx) {
  const { repo, workflow, env, history, files } = ctx;
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
  ];
}

