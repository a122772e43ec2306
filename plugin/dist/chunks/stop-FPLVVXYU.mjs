import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkTurn
} from "./chunk-W6RYVFT6.mjs";
import "./chunk-HG3TC7YQ.mjs";
import {
  takeSessionNotices
} from "./chunk-YAAGX5PL.mjs";
import "./chunk-KTP3M56X.mjs";
import {
  writeSessionRuntime
} from "./chunk-SKYU75DX.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  autoHandoffRequest
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-7X5S5IIE.mjs";
import "./chunk-BRCKOV7U.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  StopInput
} from "./chunk-3FTJMPYF.mjs";
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
