import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  sessionFile
} from "./chunk-NHQYGJ6M.mjs";
import {
  READ_CAPS,
  appendRegularFile,
  readRegularText
} from "./chunk-SWQQR4HO.mjs";

// scripts/core/session-notices.ts
import fs from "node:fs";
import path from "node:path";
var SUFFIX = ".notices";
var KEEP = 5;
var LINE_MAX = 400;
function addSessionNotice(env, sessionId, text) {
  const file = sessionFile(env, sessionId, SUFFIX);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
    appendRegularFile(file, `${text.replace(/\s+/g, " ").slice(0, LINE_MAX)}
`);
  } catch {
  }
}
function takeSessionNotices(env, sessionId) {
  const file = sessionFile(env, sessionId, SUFFIX);
  let text;
  try {
    text = readRegularText(file, READ_CAPS.config);
  } catch (error) {
    if (error.code !== "ENOENT") fs.rmSync(file, { force: true });
    return [];
  }
  fs.rmSync(file, { force: true });
  return text.split("\n").filter((line) => line.trim() !== "").slice(-KEEP);
}

export {
  addSessionNotice,
  takeSessionNotices
};
