import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkTurn
} from "./chunk-OXV7D6KC.mjs";
import "./chunk-HG3TC7YQ.mjs";
import {
  takeSessionNotices
} from "./chunk-NWL7Y6LB.mjs";
import "./chunk-IQC2LHT7.mjs";
import {
  writeSessionRuntime
} from "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  autoHandoffRequest
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-MUBUFQC4.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  StopInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/stop.ts
var hook = {
  input: StopInput,
  async handle(input, { env, now }) {
    const notices = takeSessionNotices(env, input.session_id);
    const withNotices = (message) => {
      const all = [...notices, ...message ? [message] : []];
      return all.length > 0 ? { systemMessage: all.join("\n") } : null;
    };
    if (input.stop_hook_active) return withNotices(null);
    const turn = await checkTurn(input, env, now, { intervalCheckpoints: true });
    const { runtime } = turn;
    if (turn.config.mode === "auto" && turn.crossing.atHandoffThreshold && !runtime.handoff_asked) {
      runtime.handoff_asked = true;
      writeSessionRuntime(env, input.session_id, runtime);
      return {
        ...withNotices(turn.notice?.user ?? null),
        decision: "block",
        reason: autoHandoffRequest(turn.context.percent, turn.workflowId, env.CLAUDE_PLUGIN_ROOT)
      };
    }
    if (!turn.notice) return withNotices(null);
    runtime.pending_notice = turn.notice.model;
    writeSessionRuntime(env, input.session_id, runtime);
    return withNotices(turn.notice.user);
  }
};
export {
  hook
};
