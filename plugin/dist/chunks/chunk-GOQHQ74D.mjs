import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/session.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
function transcriptPathFor(dirs, sessionId, env) {
  const projects = path.join(env.CLAUDE_CONFIG_DIR || path.join(os.homedir(), ".claude"), "projects");
  const file = `${sessionId}.jsonl`;
  for (const dir of dirs) {
    const candidate = path.join(projects, dir.replace(/[^a-zA-Z0-9]/g, "-"), file);
    if (fs.existsSync(candidate)) return candidate;
  }
  let folders;
  try {
    folders = fs.readdirSync(projects);
  } catch {
    return null;
  }
  return folders.map((folder) => path.join(projects, folder, file)).find((candidate) => fs.existsSync(candidate)) ?? null;
}
function sessionFromEnvironment(projectDir, env) {
  const id = env.CLAUDE_CODE_SESSION_ID || null;
  if (!id || !/^[A-Za-z0-9._-]+$/.test(id) || id.startsWith(".")) return { id, transcript_path: null };
  return { id, transcript_path: transcriptPathFor([process.cwd(), projectDir], id, env) };
}

export {
  sessionFromEnvironment
};
