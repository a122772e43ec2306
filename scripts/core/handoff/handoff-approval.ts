// Which Bash commands the PreToolUse hook approves: exactly the handoff that /workflow:handoff and
// the skill tell Claude to run, `node "<plugin root>/dist/cli.cjs" handoff --input - <<'WORKFLOW_HANDOFF'`
// with key: value lines and the terminator. The quoted delimiter makes the body data (no
// expansion), so the first line is the only shell code, and it must be exactly ours. Pure.

const DELIMITER = 'WORKFLOW_HANDOFF';
// the CLI's entry, and its name in the instructions of earlier versions (dist/cli.mjs, the same
// CLI), which a session that read them before an update, or a summary of them, may still run
const ENTRIES = ['cli.cjs', 'cli.mjs'] as const;

/** The first line the handoff instructions give, for this plugin root. */
export function handoffCommandLine(pluginRoot: string, entry: (typeof ENTRIES)[number] = 'cli.cjs'): string {
  return `node "${pluginRoot}/dist/${entry}" handoff --input - <<'${DELIMITER}'`;
}

/** True only for the plugin's own handoff: the fixed first line, data lines, the terminator, nothing after. */
export function isPluginHandoff(command: string, pluginRoot: string): boolean {
  // a root with a quote, a backslash or a dollar sign could change what the line means
  if (!pluginRoot || /["\\$`]/.test(pluginRoot)) return false;
  const lines = command.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  const first = lines[0]?.trim();
  if (!ENTRIES.some((entry) => first === handoffCommandLine(pluginRoot, entry))) return false;
  const end = lines.indexOf(DELIMITER, 1);
  // the terminator is the last line: anything after it would be shell code again
  return end === lines.length - 1 && end > 0;
}
