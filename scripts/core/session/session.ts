import fs from 'node:fs';
import { homeDir } from '../shared/node-builtins.ts';
import path from 'node:path';
import type { WorkflowState } from '../schemas.ts';

/**
 * Claude Code keeps a session's transcript under its config dir, in a folder named after the
 * directory the session started in (not always the project: it may be a subfolder).
 */
function transcriptPathFor(dirs: readonly string[], sessionId: string, env: NodeJS.ProcessEnv): string | null {
  const projects = path.join(env.CLAUDE_CONFIG_DIR || path.join(homeDir(), '.claude'), 'projects');
  const file = `${sessionId}.jsonl`;
  for (const dir of dirs) {
    const candidate = path.join(projects, dir.replace(/[^a-zA-Z0-9]/g, '-'), file);
    if (fs.existsSync(candidate)) return candidate;
  }
  let folders: string[];
  try {
    folders = fs.readdirSync(projects);
  } catch {
    return null;
  }
  return folders.map((folder) => path.join(projects, folder, file)).find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** The Claude Code session a command runs in, when it runs inside one. */
export function sessionFromEnvironment(projectDir: string, env: NodeJS.ProcessEnv): WorkflowState['session'] {
  const id = env.CLAUDE_CODE_SESSION_ID || null;
  // ids are UUIDs; anything that could leave the projects folder is not looked up
  if (!id || !/^[A-Za-z0-9._-]+$/.test(id) || id.startsWith('.')) return { id, transcript_path: null };
  return { id, transcript_path: transcriptPathFor([process.cwd(), projectDir], id, env) };
}
