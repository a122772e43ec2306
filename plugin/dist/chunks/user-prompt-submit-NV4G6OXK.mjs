import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkTurn
} from "./chunk-OXV7D6KC.mjs";
import "./chunk-HG3TC7YQ.mjs";
import "./chunk-IQC2LHT7.mjs";
import {
  writeSessionRuntime
} from "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-MUBUFQC4.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  UserPromptSubmitInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/handoff-phrases.ts
var HANDOFF = /\b(hand ?off|handover|save (the )?state|save (my |our )?progress|pause here|context is (getting )?(full|tight)|running out of context|wrap up for (today|now))\b/i;
var RESUME = /\b(resume (the |my |our )?(workflow|work|handoff)|continue where (we|i) left off|pick up where (we|i) left off|where were we)\b/i;
function detectHandoffIntent(prompt) {
  if (prompt.trimStart().startsWith("/")) return null;
  if (RESUME.test(prompt)) return "resume";
  if (HANDOFF.test(prompt)) return "handoff";
  return null;
}
function intentPointer(intent) {
  switch (intent) {
    case "handoff":
      return "[workflow] The user wants to hand off: follow /workflow:handoff (collect task, summary, phase, accomplishments, next steps, decisions, blockers; run the handoff script).";
    case "resume":
      return "[workflow] The user wants to resume saved work: run /workflow:resume (or `claude-workflow list` to pick a workflow).";
    default:
      return intent;
  }
}

// scripts/hooks/user-prompt-submit.ts
var hook = {
  input: UserPromptSubmitInput,
  async handle(input, { env, now }) {
    const turn = await checkTurn(input, env, now, { intervalCheckpoints: false });
    const { runtime } = turn;
    const pending = runtime.pending_notice;
    if (pending !== null) {
      runtime.pending_notice = null;
      writeSessionRuntime(env, input.session_id, runtime);
    }
    const intent = detectHandoffIntent(input.prompt);
    const forModel = [pending, turn.notice?.model, intent ? intentPointer(intent) : null].filter((line) => line !== null && line !== void 0);
    if (forModel.length === 0) return null;
    return {
      ...turn.notice ? { systemMessage: turn.notice.user } : {},
      hookSpecificOutput: { hookEventName: "UserPromptSubmit", additionalContext: forModel.join("\n") }
    };
  }
};
export {
  hook
};
