import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkflowState } from './schemas.ts';

/** Claude Code keeps a session's transcript under its config dir, in a folder named after the project path. */
function transcriptPathFor(projectDir: string, sessionId: string, env: NodeJS.ProcessEnv): string | null {
  const configDir = env.CLAUDE_CONFIG_DIR || path.join(os.homedir(), '.claude');
  const file = path.join(configDir, 'projects', projectDir.replace(/[^a-zA-Z0-9]/g, '-'), `${sessionId}.jsonl`);
  return fs.existsSync(file) ? file : null;
}

/** The Claude Code session a command runs in, when it runs inside one. */
export function sessionFromEnvironment(projectDir: string, env: NodeJS.ProcessEnv): WorkflowState['session'] {
  const id = env.CLAUDE_CODE_SESSION_ID || null;
  return { id, transcript_path: id ? transcriptPathFor(projectDir, id, env) : null };
}
