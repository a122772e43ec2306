import { logHookProblem } from '../core/runtime/hook-log.ts';
import { placeOf } from '../core/workflows/context-watch.ts';
import { StatuslineInput } from '../core/schemas.ts';
import { writeStatuslineRecord } from '../core/runtime/session-runtime.ts';
import { renderStatusline } from '../core/render/statusline.ts';
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
      writeStatuslineRecord(ctx.env, input.session_id, {
        at: ctx.now.toISOString(),
        used_percentage: input.context_window?.used_percentage ?? null,
        context_window_size: input.context_window?.context_window_size ?? null,
        model: input.model?.id ?? null,
      });
      const place = placeOf(input.workspace?.project_dir ?? input.cwd ?? ctx.cwd, ctx.env);
      const id = workflowOfSession(place, input.session_id);
      const workflow = id ? loadWorkflow(place.storeDir, id).state : (currentWorkflow(place).current?.state ?? null);
      ours = renderStatusline(input, workflow);
    } catch (error) {
      logHookProblem(ctx.env, 'statusline', error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    return { raw: [wrapped, ours].filter(Boolean).join('  │  ') };
  },
};
