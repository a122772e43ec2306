// The one reading of a session's context that everything showing a percentage uses (notices,
// status, checkpoints, handoffs): the transcript's newest usage, the status line's exact figures,
// the session's model, and Claude Code's settings, put together by context.ts.
import { readClaudeSettings, type ClaudeSettings } from './claude-settings.ts';
import { sessionStartDir } from './settings-files.ts';
import { loadConfig, type WorkflowConfig } from '../shared/config.ts';
import { changedSeen, measureContext, type ContextInputs, type ContextReading } from './context.ts';
import type { WorkflowState } from '../schemas.ts';
import { readSessionRuntime, readStatuslineRecord, type SessionRuntime } from '../runtime/session-runtime.ts';
import { NO_USAGE, type ContextUsage } from './transcript.ts';
import { NO_REPLY_WAIT, readUsageWithReply, type ReplyWait } from './reply-wait.ts';

export interface SessionContextRequest {
  /** where the session started: Claude Code reads the project's settings there */
  startDir: string;
  sessionId: string | null;
  transcriptPath: string | null;
  /** the session's bookkeeping; its `seen` is brought up to date (the caller writes it) */
  runtime: SessionRuntime | null;
  config: WorkflowConfig;
  env: NodeJS.ProcessEnv;
  now: Date;
  /** a reply was announced (Stop's `last_assistant_message`): how to wait for it to be written */
  replyWait?: ReplyWait;
  /** whether that reply is worth waiting for, given the reading without it (reply-wait.ts) */
  replyMatters?: (without: ContextReading, usage: ContextUsage) => boolean;
  /** Claude Code's settings as the caller already read them (else read here, in `startDir`) */
  settings?: ClaudeSettings;
}

export function readSessionContext(request: SessionContextRequest): { reading: ContextReading; runtimeChanged: boolean; replyLate: boolean; transcriptAbsent: boolean } {
  const { runtime, replyMatters } = request;
  const figures: Omit<ContextInputs, 'usage'> = {
    statusline: request.sessionId ? readStatuslineRecord(request.env, request.sessionId) : null,
    startModel: runtime?.model ?? null,
    seen: runtime?.seen ?? null,
    settings: request.settings ?? readClaudeSettings(request.startDir, request.env),
    config: request.config,
    env: request.env,
    now: request.now,
  };
  const worthWaiting = replyMatters && ((without: ContextUsage) => replyMatters(measureContext({ ...figures, usage: without }), without));
  const { usage, late, absent } = request.transcriptPath ? readUsageWithReply(request.transcriptPath, request.replyWait ?? NO_REPLY_WAIT, worthWaiting) : { usage: NO_USAGE, late: false, absent: false };
  const reading = measureContext({ ...figures, usage });
  const seen = runtime ? changedSeen(runtime.seen, usage) : null;
  if (runtime && seen) runtime.seen = seen;
  // a transcript waited for in vain is not waited for again in this session (reply-wait.ts)
  const nowAbsent = runtime !== null && absent && !runtime.transcript_absent;
  if (runtime && nowAbsent) runtime.transcript_absent = true;
  const runtimeChanged = seen !== null || nowAbsent;
  return { reading, runtimeChanged, replyLate: late, transcriptAbsent: absent };
}

/**
 * The reading for a command run inside a session (a handoff, `status`): the session's bookkeeping
 * and the project's configuration are read here; nothing is written.
 */
export function readSessionContextOf(
  projectDir: string,
  session: WorkflowState['session'] & { transcript_path: string },
  env: NodeJS.ProcessEnv,
  now: Date,
): ContextReading {
  return readSessionContext({
    startDir: sessionStartDir(projectDir, env),
    sessionId: session.id,
    transcriptPath: session.transcript_path,
    runtime: session.id ? readSessionRuntime(env, session.id) : null,
    config: loadConfig(projectDir, env).config,
    env,
    now,
  }).reading;
}
