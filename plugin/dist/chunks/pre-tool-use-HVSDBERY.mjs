import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  PreToolUseInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/handoff-approval.ts
var DELIMITER = "WORKFLOW_HANDOFF";
function handoffCommandLine(pluginRoot) {
  return `node "${pluginRoot}/dist/cli.mjs" handoff --input - <<'${DELIMITER}'`;
}
function isPluginHandoff(command, pluginRoot) {
  if (!pluginRoot || /["\\$`]/.test(pluginRoot)) return false;
  const lines = command.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  if (lines[0]?.trim() !== handoffCommandLine(pluginRoot)) return false;
  const end = lines.indexOf(DELIMITER, 1);
  return end === lines.length - 1 && end > 0;
}

// scripts/hooks/pre-tool-use.ts
var hook = {
  input: PreToolUseInput,
  async handle(input, { env }) {
    const command = input.tool_input?.command;
    if (input.tool_name !== "Bash" || typeof command !== "string" || !isPluginHandoff(command, env.CLAUDE_PLUGIN_ROOT ?? "")) return null;
    return {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecision: "allow",
        permissionDecisionReason: "workflow: the plugin's own handoff command"
      }
    };
  }
};
export {
  hook
};
