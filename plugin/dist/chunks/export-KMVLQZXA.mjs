import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkExportTarget,
  defaultBundlePath,
  exportWorkflow,
  readPassphrase,
  refusePassphraseFlag,
  renderExported
} from "./chunk-4J5NQNX6.mjs";
import "./chunk-UDFNVG5W.mjs";
import "./chunk-GX3FS3U5.mjs";
import "./chunk-FPZE4D4C.mjs";
import {
  workflowArg
} from "./chunk-KR6XN22S.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import "./chunk-D5NVEAP4.mjs";
import "./chunk-IHXNDO6A.mjs";
import "./chunk-7PRM62IK.mjs";
import "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/commands/export.ts
import path from "node:path";
var usage = "export <id> [--out <file>] [--encrypt] [--force]   (one file with the workflow and its history; default <id>.workflow; --encrypt takes the passphrase from WORKFLOW_PASSPHRASE or a prompt)";
var command = {
  usage,
  summary: "Writes a workflow and its history to one bundle file.",
  help: [
    ["id", "the workflow"],
    ["--out FILE", "where to write it (default: <id>.workflow in the current directory)"],
    ["--encrypt", "encrypt it; the passphrase comes from WORKFLOW_PASSPHRASE or a prompt"],
    ["--force", "replace an existing file"]
  ],
  // declared only to be refused with a reason (passphrase.ts), never read
  options: { out: { type: "string" }, encrypt: { type: "boolean" }, force: { type: "boolean" }, passphrase: { type: "string" }, password: { type: "string" } },
  async run(ctx) {
    refusePassphraseFlag(ctx.values);
    const id = workflowArg(ctx, ctx.positionals[0]);
    if (!id) throw usageError(command, "export needs the workflow id");
    const out = typeof ctx.values.out === "string" ? ctx.values.out === "-" ? "-" : path.resolve(ctx.cwd, ctx.values.out) : defaultBundlePath(ctx.cwd, id);
    const force = ctx.values.force === true;
    checkExportTarget(out, force);
    const passphrase = ctx.values.encrypt === true ? () => readPassphrase(ctx.env, { confirm: true }) : null;
    const result = await exportWorkflow(ctx.place(), id, { out, force, passphrase }, ctx.now);
    return { text: renderExported(result), json: result };
  }
};
export {
  command
};
