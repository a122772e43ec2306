import { renderResumeSummary } from '../core/render.ts';
import { sessionFromEnvironment } from '../core/session.ts';
import { resumeWorkflow } from '../core/workflows.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'resume [id]',
  options: {},
  async run(ctx) {
    const place = ctx.place();
    const r = await resumeWorkflow(place, ctx.positionals[0], sessionFromEnvironment(place.projectDir, ctx.env), ctx.now);
    return {
      text: renderResumeSummary(r.handedOff, r.changes, r.warnings, r.lastHandoff, ctx.now),
      json: { id: r.id, state: r.state, changes: r.changes, warnings: r.warnings },
    };
  },
};
