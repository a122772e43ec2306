import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/terminal-text.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function stripControl(text) {
  return text.replace(CONTROL, "");
}
function stripControlDeep(value) {
  if (typeof value === "string") return stripControl(value);
  if (Array.isArray(value)) return value.map((item) => stripControlDeep(item));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripControlDeep(item)]));
  }
  return value;
}

export {
  stripControl,
  stripControlDeep
};
