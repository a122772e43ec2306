import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/session.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
function transcriptPathFor(projectDir, sessionId, env) {
  const configDir = env.CLAUDE_CONFIG_DIR || path.join(os.homedir(), ".claude");
  const file = path.join(configDir, "projects", projectDir.replace(/[^a-zA-Z0-9]/g, "-"), `${sessionId}.jsonl`);
  return fs.existsSync(file) ? file : null;
}
function sessionFromEnvironment(projectDir, env) {
  const id = env.CLAUDE_CODE_SESSION_ID || null;
  return { id, transcript_path: id ? transcriptPathFor(projectDir, id, env) : null };
}

export {
  sessionFromEnvironment
};
