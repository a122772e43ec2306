// Which Bash commands the PreToolUse hook approves: exactly the handoff that /workflow:handoff and
// the skill tell Claude to run, `node "<plugin root>/dist/cli.mjs" handoff --input - <<'WORKFLOW_HANDOFF'`
// with key: value lines and the terminator. The quoted delimiter makes the body data (no
// expansion), so the first line is the only shell code, and it must be exactly ours. Pure.

const DELIMITER = 'WORKFLOW_HANDOFF';

/** The first line the handoff instructions give, for this plugin root. */
export function handoffCommandLine(pluginRoot: string): string {
  return `node "${pluginRoot}/dist/cli.mjs" handoff --input - <<'${DELIMITER}'`;
}

/** True only for the plugin's own handoff: the fixed first line, data lines, the terminator, nothing after. */
export function isPluginHandoff(command: string, pluginRoot: string): boolean {
  // a root with a quote, a backslash or a dollar sign could change what the line means
  if (!pluginRoot || /["\\$`]/.test(pluginRoot)) return false;
  const lines = command.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  if (lines[0]?.trim() !== handoffCommandLine(pluginRoot)) return false;
  const end = lines.indexOf(DELIMITER, 1);
  // the terminator is the last line: anything after it would be shell code again
  return end === lines.length - 1 && end > 0;
}
