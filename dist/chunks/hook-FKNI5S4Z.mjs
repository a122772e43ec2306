import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import "./chunk-MSIYYLNI.mjs";

// scripts/core/hook-log.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
function hookLogPath(env) {
  const dir = env.WORKFLOW_LOG_DIR || env.CLAUDE_PLUGIN_DATA || path.join(os.homedir(), ".claude", "workflow");
  return path.join(dir, "hooks.log");
}
function logHookProblem(env, event, detail) {
  try {
    const file = hookLogPath(env);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
    fs.appendFileSync(file, `${(/* @__PURE__ */ new Date()).toISOString()} ${event}: ${detail.replace(/\n/g, "\n    ")}
`, { mode: 384 });
  } catch {
  }
}

// scripts/commands/hook.ts
var HOOKS = {
  SessionStart: async () => (await import("./session-start-XWB7MLFC.mjs")).hook
};
var ALIASES = {
  "session-start": "SessionStart"
};
var command = {
  usage: "hook <event>   (reads the hook JSON on stdin; events: session-start)",
  options: {},
  // A hook never breaks a session: every failure exits 0, tells the user in one line, logs the detail.
  async run(ctx) {
    const requested = ctx.positionals[0] ?? "";
    const event = ALIASES[requested] ?? requested;
    const failOpen = (reason, detail) => {
      logHookProblem(ctx.env, event || "(no event)", `${reason}
${detail}`);
      const output = { systemMessage: `workflow: ${event || "hook"} hook skipped (${reason}); details in ${hookLogPath(ctx.env)}` };
      return { raw: JSON.stringify(output) };
    };
    try {
      const load = HOOKS[event];
      if (!load) return failOpen(`unknown hook event "${requested}"`, `known: ${Object.keys(ALIASES).join(", ")}`);
      const stdin = await ctx.readStdin();
      let json;
      try {
        json = JSON.parse(stdin);
      } catch (error) {
        return failOpen("hook input is not JSON", `${error.message}
input: ${stdin.slice(0, 500)}`);
      }
      const hook = await load();
      const parsed = hook.input.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return failOpen(`hook input field "${issue?.path.join(".")}" ${issue?.message}`, `input: ${stdin.slice(0, 500)}`);
      }
      const output = await hook.handle(parsed.data, { env: ctx.env, now: ctx.now });
      return { raw: output ? JSON.stringify(output) : "" };
    } catch (error) {
      return failOpen(error instanceof Error ? error.message.split("\n")[0] ?? "error" : String(error), error instanceof Error ? error.stack ?? "" : "");
    }
  }
};
export {
  command
};
