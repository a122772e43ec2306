// In-process set-up of workflows through the real core (no child process), for tests whose
// subject is something else: the CLI only has to be spawned for the command under test.
import type { HandoffInput, WorkflowState } from '../../scripts/core/schemas.ts';
import { resolveStoreDir } from '../../scripts/core/git/project.ts';
import { saveHandoff } from '../../scripts/core/workflows/handoff.ts';

type Place = Parameters<typeof saveHandoff>[0];
type HandoffResult = Awaited<ReturnType<typeof saveHandoff>>;

export function placeOf(projectDir: string, storeDir = resolveStoreDir(projectDir, {})): Place {
  return { projectDir, storeDir };
}

export const NO_SESSION: WorkflowState['session'] = { id: null, transcript_path: null };

let clock = Date.parse('2026-03-14T09:00:00.000Z');

/** A handoff saved through saveHandoff; each call is one minute after the previous one. */
export function seedHandoff(
  projectDir: string,
  input: HandoffInput,
  options: { session?: WorkflowState['session']; storeDir?: string; now?: Date; startNew?: boolean } = {},
): Promise<HandoffResult> {
  clock += 60_000;
  return saveHandoff(placeOf(projectDir, options.storeDir), input, options.session ?? NO_SESSION, options.now ?? new Date(clock), {}, options.startNew === true);
}
