import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/commands/command.ts
function usageError(command, message) {
  const name = command.usage.split(" ")[0] ?? "";
  return new WorkflowError(`${message} (claude-workflow ${name} --help lists the options)`, 2);
}

export {
  usageError
};
