import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  importWorkflow,
  readPassphrase,
  refusePassphraseFlag,
  renderImported
} from "./chunk-4J5NQNX6.mjs";
import "./chunk-UDFNVG5W.mjs";
import "./chunk-GX3FS3U5.mjs";
import "./chunk-FPZE4D4C.mjs";
import {
  usageError
} from "./chunk-UPNWQE7W.mjs";
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

// scripts/commands/import.ts
import path from "node:path";
var usage = "import <file> [--as <new-id>] [--force]   (verifies the bundle and adds the workflow, paused; an encrypted one takes the passphrase from WORKFLOW_PASSPHRASE or a prompt)";
var command = {
  usage,
  summary: "Verifies a bundle and adds its workflow, paused.",
  help: [
    ["file", "the bundle (an encrypted one takes its passphrase from WORKFLOW_PASSPHRASE or a prompt)"],
    ["--as ID", "import it under another id"],
    ["--force", "replace a workflow with the same id"]
  ],
  // declared only to be refused with a reason (passphrase.ts), never read
  options: { as: { type: "string" }, force: { type: "boolean" }, passphrase: { type: "string" }, password: { type: "string" } },
  async run(ctx) {
    refusePassphraseFlag(ctx.values);
    const file = ctx.positionals[0];
    if (!file) throw usageError(command, "import needs the bundle file");
    const result = await importWorkflow(
      ctx.place(),
      path.resolve(ctx.cwd, file),
      { as: typeof ctx.values.as === "string" ? ctx.values.as : null, force: ctx.values.force === true, passphrase: () => readPassphrase(ctx.env, { confirm: false }) },
      ctx.env,
      ctx.now
    );
    return { text: renderImported(result, ctx.invocation), json: result };
  }
};
export {
  command
};
