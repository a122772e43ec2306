import { logHookProblem } from '../core/runtime/hook-log.ts';
import { placeOf } from '../core/workflows/context-watch.ts';
import { StatuslineInput } from '../core/schemas.ts';
import { recordStatusline } from '../core/runtime/session-runtime-check.ts';
import { joinStatusline, renderStatusline } from '../core/render/statusline.ts';
import { runWrappedStatusline } from '../core/runtime/wrapped-statusline.ts';
import { loadWorkflow } from '../core/store/store.ts';
import { currentWorkflow, workflowOfSession } from '../core/store/store-choice.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'statusline [--wrap "<your status line command>"]   (reads Claude Code\'s status line JSON on stdin)',
  summary: "Prints the status line (Claude Code's JSON on stdin).",
  help: [
    ['--wrap "COMMAND"', 'run your own status line command and add the context reading to its line'],
  ],
  options: { wrap: { type: 'string' } },
  // Like a hook, a status line must never fail loudly: on bad input it prints what it can.
  async run(ctx) {
    const stdin = await ctx.readStdin();
    const wrapped = typeof ctx.values.wrap === 'string' && ctx.values.wrap ? runWrappedStatusline(ctx.values.wrap, stdin, ctx.env) : '';
    let ours = '';
    try {
      const parsed = StatuslineInput.safeParse(JSON.parse(stdin));
      if (!parsed.success) throw new Error(`status line input field "${parsed.error.issues[0]?.path.join('.')}" ${parsed.error.issues[0]?.message}`);
      const input = parsed.data;
      recordStatusline(ctx.env, input, ctx.now);
      const place = placeOf(input.workspace?.project_dir ?? input.cwd ?? ctx.cwd, ctx.env);
      const id = workflowOfSession(place, input.session_id);
      const workflow = id ? loadWorkflow(place.storeDir, id).state : (currentWorkflow(place).current?.state ?? null);
      ours = renderStatusline(input, workflow);
    } catch (error) {
      logHookProblem(ctx.env, 'statusline', error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    return { raw: joinStatusline(wrapped, ours) };
  },
};
