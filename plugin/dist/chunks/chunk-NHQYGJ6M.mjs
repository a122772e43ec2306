import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  runtimeDir
} from "./chunk-7P4JTMGD.mjs";
import {
  randomHex,
  sha256Hex
} from "./chunk-RKD4ZUVQ.mjs";
import {
  _default,
  array,
  boolean,
  nullable,
  number,
  object,
  string
} from "./chunk-65YYEQP7.mjs";

// scripts/core/session-runtime.ts
import fs from "node:fs";
import path from "node:path";
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
var SessionRuntime = object({
  /** milestone fractions already announced in this session */
  announced: _default(array(number()), []),
  handoff_asked: _default(boolean(), false),
  /** model id from SessionStart (never `[1m]`), used to tell a 1M window from a 200K one */
  model: _default(nullable(string()), null),
  /** the model ids and Claude Code version of the newest usage line read, for after a compaction */
  seen: _default(
    nullable(object({ model: nullable(string()), requested_model: nullable(string()), version: nullable(string()) })),
    null
  ),
  last_checkpoint_at: _default(nullable(string()), null),
  /** the workflow whose summary SessionStart gave this session: it comes back after a compaction */
  shown_workflow: _default(nullable(string()), null),
  /** transcript size at the last checkpoint: unchanged size means nothing to save */
  checkpoint_transcript_size: _default(number(), 0),
  /**
   * A notice for Claude that the Stop hook kept back: Stop's additionalContext makes Claude Code
   * call the model again at once, so the next UserPromptSubmit delivers it instead.
   */
  pending_notice: _default(nullable(string()), null)
});
var StatuslineRecord = object({
  at: string(),
  used_percentage: nullable(number()),
  context_window_size: nullable(number()),
  model: nullable(string())
});
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return path.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
  const tmp = `${file}.tmp-${process.pid}-${randomHex(3)}`;
  try {
    fs.writeFileSync(tmp, JSON.stringify(value), { mode: 384 });
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
function readSessionFile(env, sessionId, suffix) {
  return readJson(sessionFile(env, sessionId, suffix));
}
function writeSessionFile(env, sessionId, suffix, value) {
  writeJson(sessionFile(env, sessionId, suffix), value);
}
function readSessionRuntime(env, sessionId) {
  const parsed = SessionRuntime.safeParse(readJson(sessionFile(env, sessionId, ".json")) ?? {});
  return parsed.success ? parsed.data : SessionRuntime.parse({});
}
function writeSessionRuntime(env, sessionId, runtime) {
  writeJson(sessionFile(env, sessionId, ".json"), runtime);
}
function readStatuslineRecord(env, sessionId) {
  const parsed = StatuslineRecord.safeParse(readJson(sessionFile(env, sessionId, ".statusline.json")));
  return parsed.success ? parsed.data : null;
}
function writeStatuslineRecord(env, sessionId, record) {
  writeJson(sessionFile(env, sessionId, ".statusline.json"), record);
}
var SESSION_FILE_MAX_AGE_DAYS = 30;
function pruneSessionFiles(env, now) {
  const dir = path.join(runtimeDir(env), "sessions");
  const cutoff = now.getTime() - SESSION_FILE_MAX_AGE_DAYS * 864e5;
  let removed = 0;
  let names;
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
    }
  }
  return removed;
}

export {
  sessionFile,
  readSessionFile,
  writeSessionFile,
  readSessionRuntime,
  writeSessionRuntime,
  readStatuslineRecord,
  writeStatuslineRecord,
  SESSION_FILE_MAX_AGE_DAYS,
  pruneSessionFiles
};
