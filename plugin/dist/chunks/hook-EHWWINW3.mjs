import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  hookLogPath,
  logHookProblem
} from "./chunk-PHGXQIGQ.mjs";
import {
  stripControlDeep
} from "./chunk-3BGNWOCU.mjs";
import "./chunk-EKXW2COL.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-CP5ICYCT.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/hook.ts
var HOOKS = {
  SessionStart: async () => (await import("./session-start-U5ZO7MKX.mjs")).hook,
  UserPromptSubmit: async () => (await import("./user-prompt-submit-S6Z3TEQH.mjs")).hook,
  PreToolUse: async () => (await import("./pre-tool-use-A3LX6HXN.mjs")).hook,
  Stop: async () => (await import("./stop-NFDCGLIC.mjs")).hook,
  PreCompact: async () => (await import("./pre-compact-AJUNZVZD.mjs")).hook,
  PostCompact: async () => (await import("./post-compact-A7Z7B5CP.mjs")).hook,
  SessionEnd: async () => (await import("./session-end-7ZFPXAGF.mjs")).hook
};
var ALIASES = {
  "session-start": "SessionStart",
  "user-prompt-submit": "UserPromptSubmit",
  "pre-tool-use": "PreToolUse",
  stop: "Stop",
  "pre-compact": "PreCompact",
  "post-compact": "PostCompact",
  "session-end": "SessionEnd"
};
var command = {
  usage: "hook <event>   (reads the hook JSON on stdin; events: session-start, user-prompt-submit, pre-tool-use, stop, pre-compact, post-compact, session-end)",
  summary: "Runs a Claude Code hook (its JSON on stdin).",
  help: [
    ["event", "session-start, user-prompt-submit, pre-tool-use, stop, pre-compact, post-compact or session-end"]
  ],
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
      return { raw: output === null ? "" : typeof output === "string" ? output : JSON.stringify(stripControlDeep(output)) };
    } catch (error) {
      return failOpen(error instanceof Error ? error.message.split("\n")[0] ?? "error" : String(error), error instanceof Error ? error.stack ?? "" : "");
    }
  }
};
export {
  command
};
