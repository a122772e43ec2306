import { loadConfig } from '../core/shared/config.ts';
import { renderResumeSummary } from '../core/render/summaries.ts';
import { sessionFromEnvironment } from '../core/session/session.ts';
import { resumeWorkflow } from '../core/workflows/resume.ts';
import { addSessionNotice } from '../core/runtime/session-notices.ts';
import { resumeNotice, takenOverNotice } from '../core/render/notice-render.ts';
import { existingIds } from '../core/store/store-ids.ts';
import { readLease } from '../core/store/lease.ts';
import { handlesOf } from '../core/store/workflow-ref.ts';
import { usageError, type Command } from './command.ts';
import { workflowArg } from './workflow-arg.ts';

export const command: Command = {
  usage: 'resume [id] [--take-over]',
  summary: 'Resumes a workflow and says what changed since its handoff.',
  help: [
    ['id', 'the workflow to resume; a bare resume takes the latest one you saved'],
    ['--take-over', 'resume it even though another live session holds it'],
  ],
  options: { 'take-over': { type: 'boolean' } },
  async run(ctx) {
    if (ctx.positionals.length > 1) throw usageError(command, 'resume takes at most one workflow id');
    const place = ctx.place();
    const { config, problems } = loadConfig(place.projectDir, ctx.env);
    for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
    const r = await resumeWorkflow(place, workflowArg(ctx, ctx.positionals[0]), sessionFromEnvironment(place.projectDir, ctx.env), ctx.now, {
      staleAfterDays: config.stale_after_days,
      takeOver: ctx.values['take-over'] === true,
    });
    // inside a Claude Code session, the user sees the essentials from the next Stop hook (what a
    // slash command prints reaches only the model), and a session it was taken from is told
    const sessionId = ctx.env.CLAUDE_CODE_SESSION_ID;
    if (sessionId) {
      const handle = handlesOf(existingIds(place.storeDir)).get(r.id) ?? r.id;
      addSessionNotice(ctx.env, sessionId, resumeNotice(r, handle));
      const holder = r.tookOverFrom ? readLease(place.storeDir, r.id) : null;
      if (r.tookOverFrom && holder) addSessionNotice(ctx.env, r.tookOverFrom.session_id, takenOverNotice(r.id, holder, ctx.now));
    }
    return {
      text: renderResumeSummary(r, ctx.now),
      json: { id: r.id, state: r.state, changes: r.changes, compatibility: r.compatibility, staleness: r.staleness, warnings: r.warnings, also_automatic: r.alsoAutomatic?.id ?? null },
    };
  },
};
