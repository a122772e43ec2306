// The process a hook starts to save a checkpoint while Claude Code goes on (hook-process.ts): a
// Stop's on the interval, a PreCompact's. Nobody reads its output: what goes wrong is written to the hook log, as a
// checkpoint the hook saves itself would.
import { placeOf } from '../core/workflows/context-watch.ts';
import { BackgroundCheckpointRequest } from '../core/schemas.ts';
import { logHookProblem } from '../core/runtime/hook-log.ts';
import { BACKGROUND_REQUEST_VARIABLE, clearCheckpointInFlight } from '../core/runtime/checkpoint-in-flight.ts';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Saves the checkpoint that `env` describes; the session's in-flight mark of `pid` goes at exit. */
export async function runBackgroundCheckpoint(env: NodeJS.ProcessEnv, pid: number): Promise<void> {
  const raw = env[BACKGROUND_REQUEST_VARIABLE] ?? '';
  // git and whatever else this process starts need not see it
  delete env[BACKGROUND_REQUEST_VARIABLE];
  const parsed = BackgroundCheckpointRequest.safeParse(parseJson(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const what = issue && issue.path.length > 0 ? `field "${issue.path.join('.')}" ${issue.message}` : 'is not a JSON object';
    logHookProblem(env, 'checkpoint', `background checkpoint: ${BACKGROUND_REQUEST_VARIABLE} ${what}: ${raw.slice(0, 300)}`);
    return;
  }
  const request = parsed.data;
  // at exit, after the hook loader kept this run's compiled code: while the mark is there, this
  // process is not done with any file
  process.once('exit', () => clearCheckpointInFlight(env, request.session_id, pid));
  try {
    // the save's code is the file the hooks that save in their own process share (dist/hooks/lazy/):
    // one copy in the installed plugin
    const { checkpointRequested } = await import('../core/workflows/checkpoint.ts');
    await checkpointRequested(placeOf(request.cwd, env), request, env);
  } catch (error) {
    logHookProblem(env, 'checkpoint', error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}
