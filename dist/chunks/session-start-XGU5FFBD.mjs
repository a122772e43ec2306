import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf,
  readSessionRuntime,
  writeSessionRuntime
} from "./chunk-RUQENXEI.mjs";
import "./chunk-CSLR66SE.mjs";
import "./chunk-QPLHROJK.mjs";
import "./chunk-BDAMXSI2.mjs";
import {
  formatAge,
  renderPostCompactContext,
  renderSessionStartContext
} from "./chunk-HPB6YUV3.mjs";
import {
  SessionStartInput,
  currentWorkflow,
  loadWorkflow,
  storeExists,
  workflowOfSession
} from "./chunk-QMS6ASXK.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/session-start.ts
var hook = {
  input: SessionStartInput,
  async handle(input, { env, now }) {
    if (input.model) {
      const runtime = readSessionRuntime(env, input.session_id);
      if (runtime.model !== input.model) writeSessionRuntime(env, input.session_id, { ...runtime, model: input.model });
    }
    const place = placeOf(input.cwd, env);
    if (!storeExists(place.storeDir)) return null;
    if (input.source === "compact") {
      const id = workflowOfSession(place, input.session_id);
      if (!id) return null;
      const { state: state2 } = loadWorkflow(place.storeDir, id);
      return {
        systemMessage: `workflow: ${state2.id} re-injected after compaction`,
        hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: renderPostCompactContext(state2, now) }
      };
    }
    const { current } = currentWorkflow(place);
    if (!current) return null;
    const { state } = current;
    return {
      systemMessage: `workflow: "${state.task.description.slice(0, 60)}" is ${state.status} (saved ${formatAge(state.updated_at, now)}); /workflow:resume ${state.id} to pick it up`,
      hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: renderSessionStartContext(state, now) }
    };
  }
};
export {
  hook
};
