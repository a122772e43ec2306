import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  checkExportTarget,
  defaultBundlePath,
  exportWorkflow,
  readPassphrase,
  refusePassphraseFlag,
  renderExported
} from "./chunk-R5YSWHKF.mjs";
import "./chunk-MY73ALSZ.mjs";
import "./chunk-GYVFFOZ5.mjs";
import "./chunk-FPZE4D4C.mjs";
import {
  workflowArg
} from "./chunk-YJTQUJGP.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
import "./chunk-BLALW7PD.mjs";
import "./chunk-KLDFXC7R.mjs";
import "./chunk-TSKYKYPC.mjs";
import "./chunk-SKYU75DX.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YJEZUTAS.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-VGXXC4YI.mjs";
import "./chunk-ELYLUY4E.mjs";
import "./chunk-BRCKOV7U.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import "./chunk-3FTJMPYF.mjs";
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
