import { loadConfig } from '../core/shared/config.ts';
import { readHandoffInput } from '../core/handoff/handoff-input.ts';
import { renderHandoffSummary } from '../core/render/summaries.ts';
import { sessionFromEnvironment } from '../core/session/session.ts';
import { saveHandoff } from '../core/workflows/handoff.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'handoff --task "…" [--summary "…"] [--phase "2: build"] [--sub-phase "…"] [--accomplishment|--next|--decision|--blocker|--note "…"]… [--id ID | --new] [--clear-blockers] [--clear-next] [--status S] [--input FILE|-]',
  summary: 'Saves a handoff of the current work.',
  help: [
    ['--task "…"', 'the overall goal, one line (needed for a new workflow)'],
    ['--ticket ID', 'an issue or ticket id to keep with the task'],
    ['--summary "…"', 'where things stand, what the next session must know first'],
    ['--phase "2: build"', 'the current phase, as "number: name" or a name'],
    ['--sub-phase "…"', 'the step inside the phase'],
    ['--accomplishment "…"', 'something done (repeatable)'],
    ['--next "…"', 'a next step, in order (repeatable)'],
    ['--decision "…"', 'a decision and why (repeatable)'],
    ['--blocker "…"', 'what stops the work (repeatable)'],
    ['--note "…"', 'anything else the next session needs (repeatable)'],
    ['--id ID', 'update this workflow'],
    ['--new', "start a new workflow instead of updating the project's current one"],
    ['--clear-blockers', 'the workflow has no blockers any more'],
    ['--clear-next', 'drop the next steps of the last handoff (give new ones with --next)'],
    ['--status S', 'active, paused (the default), waiting_approval, completed or cancelled'],
    ['--input FILE|-', 'the fields as "key: value" lines or a JSON object, from a file or stdin; flags win'],
  ],
  options: {
    task: { type: 'string' },
    ticket: { type: 'string' },
    summary: { type: 'string' },
    phase: { type: 'string' },
    'sub-phase': { type: 'string' },
    accomplishment: { type: 'string', multiple: true },
    next: { type: 'string', multiple: true },
    decision: { type: 'string', multiple: true },
    blocker: { type: 'string', multiple: true },
    note: { type: 'string', multiple: true },
    id: { type: 'string' },
    new: { type: 'boolean' },
    'clear-blockers': { type: 'boolean' },
    'clear-next': { type: 'boolean' },
    status: { type: 'string' },
    input: { type: 'string' },
  },
  async run(ctx) {
    const place = ctx.place();
    const input = await readHandoffInput(ctx.values, ctx.readStdin, ctx.cwd);
    const result = await saveHandoff(place, input, sessionFromEnvironment(place.projectDir, ctx.env), ctx.now, ctx.env, ctx.values.new === true);
    // automatic sync (`sync.auto`): the save above stands whatever the network does
    const { config } = loadConfig(place.projectDir, ctx.env);
    const sync = config.sync.auto ? await (await import('../core/sync/auto-sync.ts')).autoPush(place, ctx.env, config.sync, result.id) : null;
    return {
      // the resume commands stay the last lines, whatever the sync says
      text: renderHandoffSummary(result.state, result.path, result.warnings, result.redacted, sync, result.into, ctx.invocation),
      json: { id: result.id, created: result.created, into: result.into, path: result.path, state: result.state, warnings: result.warnings, redacted: result.redacted, ...(sync !== null ? { sync } : {}) },
    };
  },
};
