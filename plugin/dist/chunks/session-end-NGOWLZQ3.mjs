import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  placeOf
} from "./chunk-OXV7D6KC.mjs";
import "./chunk-HG3TC7YQ.mjs";
import "./chunk-IQC2LHT7.mjs";
import {
  pruneSessionFiles
} from "./chunk-NHQYGJ6M.mjs";
import "./chunk-7P4JTMGD.mjs";
import "./chunk-YET4IWNJ.mjs";
import "./chunk-357HXOSG.mjs";
import "./chunk-MUBUFQC4.mjs";
import "./chunk-RKD4ZUVQ.mjs";
import "./chunk-W7FPXRNX.mjs";
import "./chunk-WOLPJFFR.mjs";
import {
  SessionEndInput
} from "./chunk-65YYEQP7.mjs";
import "./chunk-SWQQR4HO.mjs";
import "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/hooks/session-end.ts
var hook = {
  input: SessionEndInput,
  async handle(input, { env, now }) {
    const { pauseSessionWorkflow } = await import("./workflows-SHEBARIS.mjs");
    pauseSessionWorkflow(placeOf(input.cwd, env), input.session_id, input.reason, now);
    pruneSessionFiles(env, now);
    return null;
  }
};
export {
  hook
};
