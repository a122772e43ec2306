import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-OXV7D6KC.mjs";
import {
  logHookProblem
} from "./chunk-HG3TC7YQ.mjs";
import {
  currentWorkflow,
  workflowOfSession
} from "./chunk-IQC2LHT7.mjs";
import {
  writeStatuslineRecord
} from "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  formatPhase
} from "./chunk-YJEZUTAS.mjs";
import {
  kilo
} from "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-MUBUFQC4.mjs";
import {
  loadWorkflow
} from "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  StatuslineInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/statusline.ts
import { spawnSync } from "node:child_process";
var WRAPPED_TIMEOUT_MS = 2e3;
function renderStatusline(input, workflow) {
  const parts = [];
  const used = input.context_window?.used_percentage;
  const size = input.context_window?.context_window_size;
  if (typeof used === "number") parts.push(`ctx ${Math.round(used)}%${typeof size === "number" ? ` of ${kilo(size)}` : ""}`);
  if (workflow) {
    const slug = workflow.id.replace(/-\d{8}-\d{6}(-\d+)?$/, "");
    const name = slug.length > 32 ? `${slug.slice(0, 31)}\u2026` : slug;
    parts.push(`wf ${name}`, formatPhase(workflow.phase));
  }
  return parts.join(" \xB7 ");
}
function runWrappedStatusline(command2, stdin, env) {
  const result = spawnSync(command2, { shell: true, input: stdin, encoding: "utf8", timeout: WRAPPED_TIMEOUT_MS, env });
  return (result.stdout ?? "").replace(/\s+$/, "");
}

// scripts/commands/statusline.ts
var command = {
  usage: `statusline [--wrap "<your status line command>"]   (reads Claude Code's status line JSON on stdin)`,
  summary: "Prints the status line (Claude Code's JSON on stdin).",
  help: [
    ['--wrap "COMMAND"', "run your own status line command and add the context reading to its line"]
  ],
  options: { wrap: { type: "string" } },
  // Like a hook, a status line must never fail loudly: on bad input it prints what it can.
  async run(ctx) {
    const stdin = await ctx.readStdin();
    const wrapped = typeof ctx.values.wrap === "string" && ctx.values.wrap ? runWrappedStatusline(ctx.values.wrap, stdin, ctx.env) : "";
    let ours = "";
    try {
      const parsed = StatuslineInput.safeParse(JSON.parse(stdin));
      if (!parsed.success) throw new Error(`status line input field "${parsed.error.issues[0]?.path.join(".")}" ${parsed.error.issues[0]?.message}`);
      const input = parsed.data;
      writeStatuslineRecord(ctx.env, input.session_id, {
        at: ctx.now.toISOString(),
        used_percentage: input.context_window?.used_percentage ?? null,
        context_window_size: input.context_window?.context_window_size ?? null,
        model: input.model?.id ?? null
      });
      const place = placeOf(input.workspace?.project_dir ?? input.cwd ?? ctx.cwd, ctx.env);
      const id = workflowOfSession(place, input.session_id);
      const workflow = id ? loadWorkflow(place.storeDir, id).state : currentWorkflow(place).current?.state ?? null;
      ours = renderStatusline(input, workflow);
    } catch (error) {
      logHookProblem(ctx.env, "statusline", error instanceof Error ? error.stack ?? error.message : String(error));
    }
    return { raw: [wrapped, ours].filter(Boolean).join("  \u2502  ") };
  }
};
export {
  command
};
