// Per-session bookkeeping for the hooks (milestones announced, last checkpoint, the exact context
// figures the status line saw). It lives outside the project, so a short session leaves nothing in
// the repository; the status line and the hooks write separate files so neither loses the other's.
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { readSessionFile, RUNTIME_SUFFIX, STATUSLINE_SUFFIX } from './session-files.ts';
import { runtimeDir } from './runtime-dir.ts';

const SessionRuntime = z.object({
  /** milestone fractions already announced in this session */
  announced: z._default(z.array(z.number()), []),
  handoff_asked: z._default(z.boolean(), false),
  /** model id from SessionStart (never `[1m]`), used to tell a 1M window from a 200K one */
  model: z._default(z.nullable(z.string()), null),
  /** the model ids and Claude Code version of the newest usage line read, for after a compaction */
  seen: z._default(
    z.nullable(z.object({ model: z.nullable(z.string()), requested_model: z.nullable(z.string()), version: z.nullable(z.string()) })),
    null,
  ),
  last_checkpoint_at: z._default(z.nullable(z.string()), null),
  /** the workflow whose summary SessionStart gave this session: it comes back after a compaction */
  shown_workflow: z._default(z.nullable(z.string()), null),
  /** transcript size at the last checkpoint: unchanged size means nothing to save */
  checkpoint_transcript_size: z._default(z.number(), 0),
  /**
   * A notice for Claude that the Stop hook kept back: Stop's additionalContext makes Claude Code
   * call the model again at once, so the next UserPromptSubmit delivers it instead.
   */
  pending_notice: z._default(z.nullable(z.string()), null),
  /** a Stop waited for this session's transcript and none came: a missing one is not waited for again */
  transcript_absent: z._default(z.boolean(), false),
});
export type SessionRuntime = z.infer<typeof SessionRuntime>;

const StatuslineRecord = z.object({
  at: z.string(),
  used_percentage: z.nullable(z.number()),
  context_window_size: z.nullable(z.number()),
  model: z.nullable(z.string()),
});
export type StatuslineRecord = z.infer<typeof StatuslineRecord>;

export function readSessionRuntime(env: NodeJS.ProcessEnv, sessionId: string): SessionRuntime {
  const parsed = SessionRuntime.safeParse(readSessionFile(env, sessionId, RUNTIME_SUFFIX) ?? {});
  // bookkeeping that does not parse is started afresh: at worst a milestone is announced again
  return parsed.success ? parsed.data : SessionRuntime.parse({});
}

export function readStatuslineRecord(env: NodeJS.ProcessEnv, sessionId: string): StatuslineRecord | null {
  const parsed = StatuslineRecord.safeParse(readSessionFile(env, sessionId, STATUSLINE_SUFFIX));
  return parsed.success ? parsed.data : null;
}

/** Per-session files older than this are of no session that can still run. */
export const SESSION_FILE_MAX_AGE_DAYS = 30;

/**
 * Deletes the per-session files (runtime, capture, status line record) of sessions not seen for
 * SESSION_FILE_MAX_AGE_DAYS: run when a session ends, so they never pile up. Returns how many.
 */
export function pruneSessionFiles(env: NodeJS.ProcessEnv, now: Date): number {
  const dir = path.join(runtimeDir(env), 'sessions');
  const cutoff = now.getTime() - SESSION_FILE_MAX_AGE_DAYS * 86_400_000;
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const stat = fs.lstatSync(file);
      if (stat.isFile() && stat.mtimeMs < cutoff) {
        fs.rmSync(file, { force: true });
        removed += 1;
      }
    } catch {
      // gone meanwhile
    }
  }
  return removed;
}
