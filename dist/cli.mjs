#!/usr/bin/env node
import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  stripControl
} from "./chunks/chunk-3BGNWOCU.mjs";
import {
  describeMigration,
  migrateStoreOf
} from "./chunks/chunk-ZIDLYAFH.mjs";
import {
  resolveProjectDir,
  resolveStoreDir
} from "./chunks/chunk-B37Q7RYI.mjs";
import "./chunks/chunk-2KXDKGWK.mjs";
import "./chunks/chunk-KGUBMKW4.mjs";
import "./chunks/chunk-WOLPJFFR.mjs";
import "./chunks/chunk-HCI37DN2.mjs";
import "./chunks/chunk-SWQQR4HO.mjs";
import "./chunks/chunk-CP5ICYCT.mjs";
import {
  WorkflowError
} from "./chunks/chunk-MUOGF5JG.mjs";
import "./chunks/chunk-MSIYYLNI.mjs";

// scripts/cli.ts
import { parseArgs } from "node:util";
var COMMANDS = {
  handoff: async () => (await import("./chunks/handoff-6UPEKJW6.mjs")).command,
  resume: async () => (await import("./chunks/resume-SBY57AIR.mjs")).command,
  list: async () => (await import("./chunks/list-5SYEHQPE.mjs")).command,
  status: async () => (await import("./chunks/status-QQMFFWYH.mjs")).command,
  complete: async () => (await import("./chunks/complete-ZIYXAJU6.mjs")).command,
  cancel: async () => (await import("./chunks/cancel-WBM5AFTN.mjs")).command,
  cleanup: async () => (await import("./chunks/cleanup-P6GMXFNH.mjs")).command,
  archive: async () => (await import("./chunks/archive-USV4CPRR.mjs")).command,
  unarchive: async () => (await import("./chunks/unarchive-XVDENOIJ.mjs")).command,
  export: async () => (await import("./chunks/export-L7RW2RWZ.mjs")).command,
  import: async () => (await import("./chunks/import-BCMKQ57C.mjs")).command,
  doctor: async () => (await import("./chunks/doctor-UWCGGISX.mjs")).command,
  sync: async () => (await import("./chunks/sync-KNGXGNOE.mjs")).command,
  log: async () => (await import("./chunks/log-XSTA2MG5.mjs")).command,
  statusline: async () => (await import("./chunks/statusline-F3HIWT5M.mjs")).command,
  hook: async () => (await import("./chunks/hook-E5PD6MQR.mjs")).command
};
var GLOBAL_OPTIONS = {
  format: { type: "string", default: "text" },
  dir: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function usage() {
  const lines = ["usage: claude-workflow <command> [options]   (--format text|json, --dir <project>)", ""];
  for (const load of Object.values(COMMANDS)) lines.push(`  claude-workflow ${(await load()).usage}`);
  return lines.join("\n");
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
  const load = COMMANDS[name];
  if (!load) throw new WorkflowError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")}`, 2);
  const command = await load();
  if (rest[0] === "--arguments-from-stdin") {
    const { argumentsFromHeredoc } = await import("./chunks/command-arguments-ALF3ZQWB.mjs");
    rest.splice(0, 1, ...argumentsFromHeredoc(await readStdin()));
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new WorkflowError(`${error.message.split("\n")[0]}
usage: claude-workflow ${command.usage}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`usage: claude-workflow ${command.usage}
`);
    return;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") throw new WorkflowError(`--format ${String(format)}: expected text or json`, 2);
  let place;
  const context = {
    values,
    positionals,
    env: process.env,
    cwd: process.cwd(),
    now: /* @__PURE__ */ new Date(),
    readStdin,
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
function sandboxRefusal(error, env) {
  if (env.SANDBOX_RUNTIME !== "1" || !(error instanceof Error)) return null;
  const { code, syscall, path: file } = error;
  const refused = code === "EROFS" || code === "EACCES" || code === "EPERM" || (code === "ENOENT" || code === "ENOTDIR") && syscall === "mkdir";
  if (!refused) return null;
  return `cannot write ${file ?? "the workflow store"}: Claude Code's sandbox keeps it read-only. Keep the store inside the project (unset WORKFLOW_STATE_DIR, or point it at a folder of the project outside .claude/), add the folder to sandbox.filesystem.allowWrite in the settings, or run the command from a terminal.`;
}
try {
  await main(process.argv.slice(2));
} catch (error) {
  const sandboxed = sandboxRefusal(error, process.env);
  if (error instanceof WorkflowError) {
    process.stderr.write(`claude-workflow: ${stripControl(error.message)}
`);
    process.exitCode = error.exitCode;
  } else if (sandboxed) {
    process.stderr.write(`claude-workflow: ${sandboxed}
`);
    process.exitCode = 1;
  } else {
    const detail = process.env.DEBUG && error instanceof Error ? error.stack ?? error.message : `${String(error instanceof Error ? error.message : error)} (set DEBUG=1 for the stack)`;
    process.stderr.write(`claude-workflow: internal error: ${detail}
`);
    process.exitCode = 70;
  }
}
