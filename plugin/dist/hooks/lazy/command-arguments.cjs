"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// scripts/core/handoff/command-arguments.ts
var command_arguments_exports = {};
__export(command_arguments_exports, {
  ARGUMENTS_END: () => ARGUMENTS_END,
  argumentsFromHeredoc: () => argumentsFromHeredoc,
  splitArguments: () => splitArguments
});
module.exports = __toCommonJS(command_arguments_exports);

// scripts/core/shared/errors.ts
var EXPECTED = /* @__PURE__ */ Symbol.for("claude-workflow.expected-failure");
var WorkflowError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
  name = "WorkflowError";
  [EXPECTED] = true;
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && EXPECTED in value;
  }
};

// scripts/core/handoff/command-arguments.ts
var ARGUMENTS_END = "WORKFLOW_ARGUMENTS_END";
function splitArguments(text) {
  const words = [];
  let word = null;
  let quote = null;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= "";
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote) throw new WorkflowError(`the arguments have an unclosed ${quote === '"' ? "double" : "single"} quote: ${JSON.stringify(text.trim())}`, 2);
  if (word !== null) words.push(word);
  return words;
}
function argumentsFromHeredoc(body) {
  const lines = body.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  const end = lines.lastIndexOf(ARGUMENTS_END);
  if (end === -1) {
    throw new WorkflowError(
      "the arguments were cut short before they reached the command (a backtick in them ends the line Claude Code runs); nothing was done. Type them without backticks.",
      2
    );
  }
  return splitArguments(lines.slice(0, end).join("\n"));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ARGUMENTS_END,
  argumentsFromHeredoc,
  splitArguments
});
