import { existingIds } from '../core/store/store-ids.ts';
import { resolveWorkflowRef } from '../core/store/workflow-ref.ts';
import type { CommandContext } from './command.ts';

/** A workflow named on the command line: its id, a handle or the start of its id. */
export function workflowArg(ctx: CommandContext, ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : resolveWorkflowRef(ref, existingIds(ctx.place().storeDir));
}
