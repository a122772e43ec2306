import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkContext,
  checkpointIfDue,
  writeSessionRuntime
} from "./chunk-RUQENXEI.mjs";
import "./chunk-CSLR66SE.mjs";
import "./chunk-QPLHROJK.mjs";
import "./chunk-BDAMXSI2.mjs";
import {
  autoHandoffRequest
} from "./chunk-HPB6YUV3.mjs";
import {
  StopInput,
  workflowOfSession
} from "./chunk-QMS6ASXK.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/stop.ts
var hook = {
  input: StopInput,
  async handle(input, { env, now }) {
    if (input.stop_hook_active) return null;
    const check = checkContext(input, env, now);
    const savedId = await checkpointIfDue(check, input, env, now);
    if (check.config.mode === "auto" && check.crossing.atHandoffThreshold && !check.runtime.handoff_asked) {
      check.runtime.handoff_asked = true;
      writeSessionRuntime(env, input.session_id, check.runtime);
      return {
        ...check.notice ? { systemMessage: check.notice.user } : {},
        decision: "block",
        reason: autoHandoffRequest(
          check.context.percent,
          savedId ?? check.workflowId ?? workflowOfSession(check.place, input.session_id),
          env.CLAUDE_PLUGIN_ROOT
        )
      };
    }
    if (!check.notice) return null;
    return {
      systemMessage: check.notice.user,
      hookSpecificOutput: { hookEventName: "Stop", additionalContext: check.notice.model }
    };
  }
};
export {
  hook
};
