import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkExportTarget,
  defaultBundlePath,
  exportWorkflow,
  readPassphrase,
  refusePassphraseFlag,
  renderExported
} from "./chunk-ZU7HTSSL.mjs";
import "./chunk-5IH5CGDL.mjs";
import "./chunk-F73XJSVZ.mjs";
import "./chunk-FTQTIYSO.mjs";
import {
  workflowArg
} from "./chunk-EADPTH6E.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import "./chunk-VR2JOMCP.mjs";
import "./chunk-XOZTMLYT.mjs";
import "./chunk-SWQFCRUF.mjs";
import "./chunk-EKXW2COL.mjs";
import "./chunk-H4FNNQDY.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-TMBSJ6AW.mjs";
import "./chunk-CGWDSAUD.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-HCI37DN2.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-CP5ICYCT.mjs";
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
