import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  resolveProjectDir,
  resolveStoreDir
} from "./chunk-D2CCZ3PC.mjs";
import {
  SessionStartInput,
  currentWorkflow,
  formatAge,
  renderSessionStartContext,
  storeExists
} from "./chunk-LZQKWQJ3.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/session-start.ts
var hook = {
  input: SessionStartInput,
  async handle(input, { env, now }) {
    const projectDir = resolveProjectDir(void 0, input.cwd, env);
    const storeDir = resolveStoreDir(projectDir, env);
    if (!storeExists(storeDir)) return null;
    const { current } = currentWorkflow({ projectDir, storeDir });
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
