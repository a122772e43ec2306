import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  sessionFromEnvironment
} from "./chunk-QZKWODIG.mjs";
import {
  saveHandoff
} from "./chunk-SNYLRH25.mjs";
import "./chunk-QPLHROJK.mjs";
import {
  renderHandoffSummary
} from "./chunk-TXHASZTJ.mjs";
import {
  HandoffInput
} from "./chunk-QMS6ASXK.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/handoff-input.ts
import fs from "node:fs";
import path from "node:path";
var str = (v) => typeof v === "string" ? v : void 0;
var strs = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : void 0;
async function readInputDocument(source, readStdin, cwd) {
  const label = source === "-" ? "standard input" : source;
  let text;
  try {
    text = source === "-" ? await readStdin() : fs.readFileSync(path.resolve(cwd, source), "utf8");
  } catch (error) {
    throw new WorkflowError(`--input ${source}: cannot read it (${error.code ?? error.message})`);
  }
  if (!text.trim()) throw new WorkflowError(`--input: ${label} is empty; expected a JSON object`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WorkflowError(`--input: ${label} is not valid JSON (${error.message})`);
  }
}
async function readHandoffInput(values, readStdin, cwd) {
  const source = str(values.input);
  const document = source === void 0 ? {} : await readInputDocument(source, readStdin, cwd);
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new WorkflowError(`--input ${source}: expected a JSON object with fields such as "task", "summary", "next_steps"`);
  }
  const flags = Object.fromEntries(
    Object.entries({
      task: str(values.task),
      ticket_id: str(values.ticket),
      summary: str(values.summary),
      phase: str(values.phase),
      id: str(values.id),
      status: str(values.status),
      accomplishments: strs(values.accomplishment),
      next_steps: strs(values.next),
      decisions: strs(values.decision),
      blockers: strs(values.blocker),
      notes: strs(values.note)
    }).filter(([, v]) => v !== void 0)
  );
  const parsed = HandoffInput.safeParse({ ...document, ...flags });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "";
    const where = source === void 0 ? "handoff" : `handoff input (${source === "-" ? "stdin" : source})`;
    const detail = issue?.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : `field "${field}": ${issue?.message}`;
    throw new WorkflowError(`${where}: ${detail}`);
  }
  return parsed.data;
}

// scripts/commands/handoff.ts
var command = {
  usage: 'handoff --task "\u2026" [--summary "\u2026"] [--phase "2: build"] [--accomplishment|--next|--decision|--blocker|--note "\u2026"]\u2026 [--id ID] [--status S] [--input FILE|-]',
  options: {
    task: { type: "string" },
    ticket: { type: "string" },
    summary: { type: "string" },
    phase: { type: "string" },
    accomplishment: { type: "string", multiple: true },
    next: { type: "string", multiple: true },
    decision: { type: "string", multiple: true },
    blocker: { type: "string", multiple: true },
    note: { type: "string", multiple: true },
    id: { type: "string" },
    status: { type: "string" },
    input: { type: "string" }
  },
  async run(ctx) {
    const place = ctx.place();
    const input = await readHandoffInput(ctx.values, ctx.readStdin, ctx.cwd);
    const result = await saveHandoff(place, input, sessionFromEnvironment(place.projectDir, ctx.env), ctx.now);
    return {
      text: renderHandoffSummary(result.state, result.path, result.warnings),
      json: { id: result.id, path: result.path, state: result.state, warnings: result.warnings }
    };
  }
};
export {
  command
};
