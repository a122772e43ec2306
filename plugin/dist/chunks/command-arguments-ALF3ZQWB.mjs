import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";
import "./chunk-MSIYYLNI.mjs";

// scripts/core/command-arguments.ts
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
export {
  ARGUMENTS_END,
  argumentsFromHeredoc,
  splitArguments
};
