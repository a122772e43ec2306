import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  hookLogPath,
  logHookProblem
} from "./chunk-HG3TC7YQ.mjs";
import {
  stripControl,
  stripControlDeep
} from "./chunk-3BGNWOCU.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/run-hook.ts
function hookSkipped(env, event, reason, detail) {
  logHookProblem(env, event || "(no event)", `${reason}
${detail}`);
  const output = { systemMessage: `workflow: ${event || "hook"} hook skipped (${reason}); details in ${hookLogPath(env)}` };
  return JSON.stringify(output);
}
async function runHook(event, load, readInput, context) {
  const { env } = context;
  try {
    const stdin = await readInput();
    let json;
    try {
      json = JSON.parse(stdin);
    } catch (error) {
      return hookSkipped(env, event, "hook input is not JSON", `${error.message}
input: ${stdin.slice(0, 500)}`);
    }
    const hook = await load();
    const parsed = hook.input.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return hookSkipped(env, event, `hook input field "${issue?.path.join(".")}" ${issue?.message}`, `input: ${stdin.slice(0, 500)}`);
    }
    const output = await hook.handle(parsed.data, context);
    return output === null ? "" : typeof output === "string" ? stripControl(output) : JSON.stringify(stripControlDeep(output));
  } catch (error) {
    return hookSkipped(env, event, error instanceof Error ? error.message.split("\n")[0] ?? "error" : String(error), error instanceof Error ? error.stack ?? "" : "");
  }
}

// scripts/commands/hook.ts
var HOOKS = {
  SessionStart: async () => (await import("./session-start-XFOYIWCZ.mjs")).hook,
  UserPromptSubmit: async () => (await import("./user-prompt-submit-NV4G6OXK.mjs")).hook,
  PreToolUse: async () => (await import("./pre-tool-use-HVSDBERY.mjs")).hook,
  Stop: async () => (await import("./stop-IICW76XM.mjs")).hook,
  PreCompact: async () => (await import("./pre-compact-MP3C5BPH.mjs")).hook,
  PostCompact: async () => (await import("./post-compact-OXSY3XOC.mjs")).hook,
  SessionEnd: async () => (await import("./session-end-NGOWLZQ3.mjs")).hook
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
  async run(ctx) {
    const requested = ctx.positionals[0] ?? "";
    const event = ALIASES[requested] ?? requested;
    const load = HOOKS[event];
    if (!load) return { raw: hookSkipped(ctx.env, event, `unknown hook event "${requested}"`, `known: ${Object.keys(ALIASES).join(", ")}`) };
    return { raw: await runHook(event, load, ctx.readStdin, { env: ctx.env, now: ctx.now }) };
  }
};
export {
  command
};
