// The one reading of a session's context that everything showing a percentage uses (notices,
// status, checkpoints, handoffs): the transcript's newest usage, the status line's exact figures,
// the session's model, and Claude Code's settings, put together by context.ts.
import { readClaudeSettings } from './claude-settings.ts';
import { loadConfig, type WorkflowConfig } from '../shared/config.ts';
import { measureContext, type ContextReading } from './context.ts';
import type { WorkflowState } from '../schemas.ts';
import { readSessionRuntime, readStatuslineRecord, type SessionRuntime } from '../runtime/session-runtime.ts';
import { readContextUsage, type ContextUsage } from './transcript.ts';

const NO_USAGE: ContextUsage = {
  tokens: 0,
  kind: 'unknown',
  model: null,
  requestedModel: null,
  version: null,
  sawCompactBoundary: false,
  bytesRead: 0,
};

/** Where the session started (`CLAUDE_PROJECT_DIR`, else `fallback`): Claude Code reads the project's settings there. */
export function sessionStartDir(fallback: string, env: NodeJS.ProcessEnv): string {
  return env.CLAUDE_PROJECT_DIR || fallback;
}

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
}

export function readSessionContext(request: SessionContextRequest): { reading: ContextReading; runtimeChanged: boolean } {
  const { runtime } = request;
  const usage = request.transcriptPath ? readContextUsage(request.transcriptPath) : NO_USAGE;
  const reading = measureContext({
    usage,
    statusline: request.sessionId ? readStatuslineRecord(request.env, request.sessionId) : null,
    startModel: runtime?.model ?? null,
    seen: runtime?.seen ?? null,
    settings: readClaudeSettings(request.startDir, request.env),
    config: request.config,
    env: request.env,
    now: request.now,
  });
  let runtimeChanged = false;
  if (runtime && usage.kind === 'measured') {
    const seen = { model: usage.model, requested_model: usage.requestedModel, version: usage.version };
    if (JSON.stringify(seen) !== JSON.stringify(runtime.seen)) {
      runtime.seen = seen;
      runtimeChanged = true;
    }
  }
  return { reading, runtimeChanged };
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
