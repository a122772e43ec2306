import { readSessionContextOf } from '../core/session/session-context.ts';
import { sessionFromEnvironment } from '../core/session/session.ts';
import { readNote, renderStatus, toWorkflowRow } from '../core/render/tables.ts';
import { chooseAmongAll } from '../core/store/store-choice.ts';
import { handlesOf } from '../core/store/workflow-ref.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'status',
  summary: 'Shows the current workflow and the context reading.',
  help: [],
  options: {},
  async run(ctx) {
    const place = ctx.place();
    const { current, all, problems } = chooseAmongAll(place);
    for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
    const state = current?.state ?? null;
    const handles = handlesOf(all.map(({ state: each }) => each.id));
    const handle = (id: string): string => handles.get(id) ?? id;
    // inside a Claude Code session: the same context reading the hooks act on
    const session = sessionFromEnvironment(place.projectDir, ctx.env);
    const { transcript_path: transcriptPath } = session;
    const live = transcriptPath ? readSessionContextOf(place.projectDir, { ...session, transcript_path: transcriptPath }, ctx.env, ctx.now) : null;
    return {
      text: renderStatus(state, all.length - (state ? 1 : 0), ctx.now, live, current ? { handle: handle(current.state.id), note: readNote(current.read) } : null),
      json: {
        current: current && state ? { ...toWorkflowRow(current, handle(state.id)), state } : null,
        // the same rows as `list`, newest first
        workflows: all.map((each) => toWorkflowRow(each, handle(each.state.id))),
        warnings: current?.warnings ?? [],
        ...(live ? { context: live } : {}),
      },
    };
  },
};
