#!/usr/bin/env node
import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  stripControl
} from "./chunks/chunk-3BGNWOCU.mjs";
import {
  describeMigration,
  migrateStoreOf
} from "./chunks/chunk-TF4K6QQD.mjs";
import {
  usageError
} from "./chunks/chunk-UPNWQE7W.mjs";
import {
  resolveProjectDir,
  resolveStoreDir
} from "./chunks/chunk-357HXOSG.mjs";
import {
  wrapWords
} from "./chunks/chunk-VGXXC4YI.mjs";
import "./chunks/chunk-RKD4ZUVQ.mjs";
import "./chunks/chunk-W7FPXRNX.mjs";
import "./chunks/chunk-WOLPJFFR.mjs";
import "./chunks/chunk-65YYEQP7.mjs";
import "./chunks/chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunks/chunk-MUOGF5JG.mjs";
import "./chunks/chunk-MSIYYLNI.mjs";

// scripts/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";
var ARGUMENTS_FLAG = "--arguments-from-stdin";
var COMMANDS = {
  handoff: async () => (await import("./chunks/handoff-AZDHR4XM.mjs")).command,
  resume: async () => (await import("./chunks/resume-JOI7J46B.mjs")).command,
  list: async () => (await import("./chunks/list-QYASBN47.mjs")).command,
  status: async () => (await import("./chunks/status-AZR55NAD.mjs")).command,
  complete: async () => (await import("./chunks/complete-RO2NSWGY.mjs")).command,
  cancel: async () => (await import("./chunks/cancel-35FIG745.mjs")).command,
  cleanup: async () => (await import("./chunks/cleanup-2IVCNQR6.mjs")).command,
  archive: async () => (await import("./chunks/archive-BJEM6EX5.mjs")).command,
  unarchive: async () => (await import("./chunks/unarchive-7Y4326K3.mjs")).command,
  export: async () => (await import("./chunks/export-KMVLQZXA.mjs")).command,
  import: async () => (await import("./chunks/import-IXJFTXOJ.mjs")).command,
  doctor: async () => (await import("./chunks/doctor-GDNXMICE.mjs")).command,
  sync: async () => (await import("./chunks/sync-F6PGTBEU.mjs")).command,
  log: async () => (await import("./chunks/log-NCOAUDLT.mjs")).command,
  statusline: async () => (await import("./chunks/statusline-TXXSHCEK.mjs")).command,
  hook: async () => (await import("./chunks/hook-QBHE3SYM.mjs")).command
};
var GLOBAL_OPTIONS = {
  format: { type: "string", default: "text" },
  dir: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
var GLOBAL_HELP = [
  ["--format text|json", "text for people (the default), or one JSON document"],
  ["--dir DIR", "the project (default: the Claude Code project, else the current directory)"],
  ["-h, --help", "this help"]
];
async function usage() {
  const { PLUGIN_VERSION } = await import("./chunks/device-5WI5O4MS.mjs");
  const lines = [`claude-workflow ${PLUGIN_VERSION}: handoff, resume and auto-save for long Claude Code work`, "", "usage: claude-workflow <command> [options]", ""];
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const width = Math.max(...commands.map((c) => (c.usage.split(" ")[0] ?? "").length));
  for (const c of commands) lines.push(`  ${(c.usage.split(" ")[0] ?? "").padEnd(width)}  ${c.summary}`);
  lines.push("", "claude-workflow <command> --help lists its options; --version the version.");
  return lines.join("\n");
}
function commandHelp(command) {
  const rows = [...command.help, ...GLOBAL_HELP];
  const width = Math.min(24, Math.max(...rows.map(([left]) => left.length)));
  const pad = " ".repeat(width + 4);
  const row = ([left, right]) => {
    const [first = "", ...more] = wrapWords(right, 80 - pad.length, "");
    const head = left.length > width ? `  ${left}
${pad}${first}` : `  ${left.padEnd(width)}  ${first}`;
    return [head, ...more.map((line) => pad + line)].join("\n");
  };
  return [...wrapWords(`usage: claude-workflow ${command.usage.split("   (")[0] ?? ""}`, 80, "    "), "", command.summary, "", ...rows.map(row)].join("\n");
}
function cliInvocation(script, env) {
  if (env.WORKFLOW_CLI_NAME === "claude-workflow" || path.basename(script) === "claude-workflow") return "claude-workflow";
  const full = path.resolve(script);
  return `node ${/^[\w./-]+$/.test(full) ? full : `"${full.replace(/(["\\$`])/g, "\\$1")}"`}`;
}
function optionError(command, error) {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  const code = error.code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return usageError(command, `unknown option ${option}`);
  if (/does not take an argument/.test(message)) return usageError(command, `${option} takes no value`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return usageError(command, `${option} needs a value`);
  return usageError(command, message.split("\n")[0] ?? message);
}
function joinNegativeValues(args, options) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const next = args[i + 1];
    if (arg.startsWith("--") && !arg.includes("=") && options[arg.slice(2)]?.type === "string" && next !== void 0 && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
async function printVersion() {
  process.stdout.write(`${(await import("./chunks/device-5WI5O4MS.mjs")).PLUGIN_VERSION}
`);
}
function readStdin() {
  return new Promise((resolve, reject) => {
    if (process.stdin.isTTY) return resolve("");
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => data += chunk);
    process.stdin.on("end", () => resolve(data));
    process.stdin.on("error", reject);
  });
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(`${await usage()}
`);
    return;
  }
  if (name === "--version" || name === "-v" || name === "version") return printVersion();
  const load = COMMANDS[name];
  if (!load) throw new WorkflowError(`unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(", ")} (claude-workflow --help says what each does)`, 2);
  const command = await load();
  if (rest[0] === ARGUMENTS_FLAG) {
    const { argumentsFromHeredoc } = await import("./chunks/command-arguments-ALF3ZQWB.mjs");
    rest.splice(0, 1, ...argumentsFromHeredoc(await readStdin()));
  }
  const options = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(rest, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw optionError(command, error);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${commandHelp(command)}
`);
    return;
  }
  if (values.version) return printVersion();
  const format = values.format;
  if (format !== "text" && format !== "json") throw usageError(command, `--format ${String(format)}: expected text or json`);
  let place;
  const context = {
    values,
    positionals,
    env: process.env,
    cwd: process.cwd(),
    now: /* @__PURE__ */ new Date(),
    readStdin,
    invocation: cliInvocation(process.argv[1] ?? "", process.env),
    width: process.stdout.isTTY && process.stdout.columns >= 60 ? process.stdout.columns : 80,
    place: () => {
      if (!place) {
        const projectDir = resolveProjectDir(typeof values.dir === "string" ? values.dir : void 0, process.cwd(), process.env);
        place = { projectDir, storeDir: resolveStoreDir(projectDir, process.env) };
        const migration = migrateStoreOf(projectDir, place.storeDir, process.env);
        const moved = describeMigration(migration, projectDir, place.storeDir);
        if (moved) process.stderr.write(`workflow: ${moved}
`);
      }
      return place;
    }
  };
  const result = await command.run(context);
  if ("raw" in result) {
    if (result.raw) process.stdout.write(`${stripControl(result.raw)}
`);
  } else {
    process.stdout.write(format === "json" ? `${JSON.stringify(result.json, null, 2)}
` : `${stripControl(result.text)}
`);
    if (result.exitCode !== void 0) process.exitCode = result.exitCode;
  }
}
function writeRefusal(error, env) {
  if (!(error instanceof Error)) return null;
  const { code, syscall, path: file } = error;
  const denied = code === "EROFS" || code === "EACCES" || code === "EPERM";
  if (env.SANDBOX_RUNTIME !== "1") {
    return denied && file ? `cannot write ${file}: ${code === "EROFS" ? "the file system is read-only" : "permission denied"}` : null;
  }
  if (!denied && !((code === "ENOENT" || code === "ENOTDIR") && syscall === "mkdir")) return null;
  return `cannot write ${file ?? "the workflow store"}: Claude Code's sandbox keeps it read-only. Keep the store inside the project (unset WORKFLOW_STATE_DIR, or point it at a folder of the project outside .claude/), add the folder to sandbox.filesystem.allowWrite in the settings, or run the command from a terminal.`;
}
function gitRefusal(error) {
  const message = error instanceof Error ? error.message : "";
  if (!message.startsWith("fatal: ")) return null;
  const lines = message.split("\n").map((line) => line.trim()).filter(Boolean);
  const advice = lines.find((line) => line.startsWith("git config"));
  return `git refused: ${(lines[0] ?? "").slice("fatal: ".length)}${advice ? ` (to allow it: ${advice})` : ""}`;
}
var inSlashCommand = process.argv[3] === ARGUMENTS_FLAG;
function fail(message, exitCode) {
  if (inSlashCommand) {
    process.stdout.write(`claude-workflow ${process.argv[2] ?? ""} failed: ${message}
`);
    process.exitCode = 0;
  } else {
    process.stderr.write(`claude-workflow: ${message}
`);
    process.exitCode = exitCode;
  }
}
try {
  await main(process.argv.slice(2));
  if (inSlashCommand) process.exitCode = 0;
} catch (error) {
  const refused = writeRefusal(error, process.env) ?? gitRefusal(error);
  if (error instanceof WorkflowError) {
    fail(stripControl(error.message), error.exitCode);
  } else if (refused) {
    fail(refused, 1);
  } else {
    const detail = process.env.DEBUG && error instanceof Error ? error.stack ?? error.message : `${String(error instanceof Error ? error.message : error)} (set DEBUG=1 for the stack)`;
    fail(`internal error: ${detail}`, 70);
  }
}
