import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  sessionFromEnvironment
} from "./chunk-GOQHQ74D.mjs";
import {
  saveHandoff
} from "./chunk-AS3T4KXR.mjs";
import "./chunk-B2UCIYKQ.mjs";
import "./chunk-IQC2LHT7.mjs";
import "./chunk-D5NVEAP4.mjs";
import "./chunk-IHXNDO6A.mjs";
import "./chunk-7PRM62IK.mjs";
import "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import {
  renderHandoffSummary
} from "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-VGXXC4YI.mjs";
import {
  loadConfig
} from "./chunk-MUBUFQC4.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  HandoffInput,
  WorkflowStatus
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/handoff-input.ts
import fs from "node:fs";
import path from "node:path";

// scripts/core/handoff-lines.ts
var KEYS = {
  task: "task",
  ticket: "ticket_id",
  ticket_id: "ticket_id",
  summary: "summary",
  phase: "phase",
  sub_phase: "sub_phase",
  subphase: "sub_phase",
  status: "status",
  id: "id",
  accomplishment: "accomplishments",
  accomplishments: "accomplishments",
  done: "accomplishments",
  next: "next_steps",
  next_step: "next_steps",
  next_steps: "next_steps",
  decision: "decisions",
  decisions: "decisions",
  blocker: "blockers",
  blockers: "blockers",
  note: "notes",
  notes: "notes",
  file: "files_modified",
  files_modified: "files_modified"
};
var LIST_FIELDS = /* @__PURE__ */ new Set(["accomplishments", "next_steps", "decisions", "blockers", "notes", "files_modified"]);
function isListField(field) {
  return LIST_FIELDS.has(field);
}
function keyLine(line) {
  const match = /^([A-Za-z][A-Za-z _]*?)\s*:(?:\s+(.*))?$/.exec(line);
  const field = match?.[1] ? KEYS[match[1].toLowerCase().replace(/ /g, "_")] : void 0;
  return field ? { field, value: (match?.[2] ?? "").trim() } : null;
}
function parseHandoffLines(text, label) {
  const scalars = {};
  const lists = {};
  let current = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!line.trim()) return;
    const key = /^\s/.test(line) ? null : keyLine(line);
    if (key) {
      current = key.field;
      if (isListField(key.field)) {
        const list = lists[key.field] ??= [];
        if (key.value) list.push(key.value);
      } else {
        scalars[key.field] = key.value;
      }
      return;
    }
    if (current === null || !/^\s/.test(line) && /^[A-Za-z][A-Za-z _]{0,30}:(\s|$)/.test(line)) {
      throw new WorkflowError(`${label} line ${index + 1}: expected "key: value" (keys: task, summary, phase, accomplishment, next, decision, blocker, note, \u2026), got ${JSON.stringify(line.slice(0, 60))}`);
    }
    const text2 = line.trim();
    if (isListField(current)) {
      const list = lists[current] ??= [];
      const bullet = /^[-*•]\s+(.*)$/.exec(text2);
      if (bullet?.[1] !== void 0 || list.length === 0) list.push(bullet?.[1] ?? text2);
      else list[list.length - 1] = `${list[list.length - 1]} ${text2}`;
    } else {
      const before = scalars[current] ?? "";
      scalars[current] = before ? `${before}
${text2}` : text2;
    }
  });
  return { ...scalars, ...lists };
}

// scripts/core/handoff-input.ts
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
  if (!text.trim()) throw new WorkflowError(`--input: ${label} is empty; expected "key: value" lines or a JSON object`);
  if (!text.trimStart().startsWith("{")) return parseHandoffLines(text, `--input (${label})`);
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
      sub_phase: str(values["sub-phase"]),
      id: str(values.id),
      status: str(values.status),
      accomplishments: strs(values.accomplishment),
      // --clear-… empties a list that a handoff replaces (new items given with it stay)
      next_steps: values["clear-next"] === true ? strs(values.next) ?? [] : strs(values.next),
      decisions: strs(values.decision),
      blockers: values["clear-blockers"] === true ? strs(values.blocker) ?? [] : strs(values.blocker),
      notes: strs(values.note)
    }).filter(([, v]) => v !== void 0)
  );
  const parsed = HandoffInput.safeParse({ ...document, ...flags });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "";
    const where = source === void 0 ? "handoff" : `handoff input (${source === "-" ? "stdin" : source})`;
    if (field === "status" && typeof flags.status === "string") throw new WorkflowError(`--status ${flags.status}: expected one of ${WorkflowStatus.options.join(", ")}`, 2);
    const detail = issue?.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : `field "${field}": ${issue?.message}`;
    throw new WorkflowError(`${where}: ${detail}`, source === void 0 ? 2 : 1);
  }
  return parsed.data;
}

// scripts/commands/handoff.ts
var command = {
  usage: 'handoff --task "\u2026" [--summary "\u2026"] [--phase "2: build"] [--sub-phase "\u2026"] [--accomplishment|--next|--decision|--blocker|--note "\u2026"]\u2026 [--id ID | --new] [--clear-blockers] [--clear-next] [--status S] [--input FILE|-]',
  summary: "Saves a handoff of the current work.",
  help: [
    ['--task "\u2026"', "the overall goal, one line (needed for a new workflow)"],
    ["--ticket ID", "an issue or ticket id to keep with the task"],
    ['--summary "\u2026"', "where things stand, what the next session must know first"],
    ['--phase "2: build"', 'the current phase, as "number: name" or a name'],
    ['--sub-phase "\u2026"', "the step inside the phase"],
    ['--accomplishment "\u2026"', "something done (repeatable)"],
    ['--next "\u2026"', "a next step, in order (repeatable)"],
    ['--decision "\u2026"', "a decision and why (repeatable)"],
    ['--blocker "\u2026"', "what stops the work (repeatable)"],
    ['--note "\u2026"', "anything else the next session needs (repeatable)"],
    ["--id ID", "update this workflow"],
    ["--new", "start a new workflow instead of updating the project's current one"],
    ["--clear-blockers", "the workflow has no blockers any more"],
    ["--clear-next", "drop the next steps of the last handoff (give new ones with --next)"],
    ["--status S", "active, paused (the default), waiting_approval, completed or cancelled"],
    ["--input FILE|-", 'the fields as "key: value" lines or a JSON object, from a file or stdin; flags win']
  ],
  options: {
    task: { type: "string" },
    ticket: { type: "string" },
    summary: { type: "string" },
    phase: { type: "string" },
    "sub-phase": { type: "string" },
    accomplishment: { type: "string", multiple: true },
    next: { type: "string", multiple: true },
    decision: { type: "string", multiple: true },
    blocker: { type: "string", multiple: true },
    note: { type: "string", multiple: true },
    id: { type: "string" },
    new: { type: "boolean" },
    "clear-blockers": { type: "boolean" },
    "clear-next": { type: "boolean" },
    status: { type: "string" },
    input: { type: "string" }
  },
  async run(ctx) {
    const place = ctx.place();
    const input = await readHandoffInput(ctx.values, ctx.readStdin, ctx.cwd);
    const result = await saveHandoff(place, input, sessionFromEnvironment(place.projectDir, ctx.env), ctx.now, ctx.env, ctx.values.new === true);
    const { config } = loadConfig(place.projectDir, ctx.env);
    const sync = config.sync.auto ? await (await import("./sync-HGZ3CPYZ.mjs")).autoPush(place, ctx.env, config.sync.remote, result.id, config.sync.dir) : null;
    return {
      // the resume commands stay the last lines, whatever the sync says
      text: renderHandoffSummary(result.state, result.path, result.warnings, result.redacted, sync, result.into, ctx.invocation),
      json: { id: result.id, created: result.created, into: result.into, path: result.path, state: result.state, warnings: result.warnings, redacted: result.redacted, ...sync !== null ? { sync } : {} }
    };
  }
};
export {
  command
};
