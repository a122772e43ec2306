// The PreToolUse hook as Claude Code runs it: `sh hooks/pre-tool-use.sh` with the hook JSON on
// stdin and CLAUDE_PLUGIN_ROOT set. It approves the plugin's own handoff, and for anything else
// prints nothing (Claude Code's own permission rules decide), without starting Node.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handoffCommandLine } from '../../scripts/core/handoff/handoff-approval.ts';
import { isolatedEnv, tempDir } from '../helpers/repo.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', 'plugin');
const SCRIPT = path.join(ROOT, 'hooks', 'pre-tool-use.sh');
const HANDOFF = [handoffCommandLine(ROOT), 'task: Fix the login', 'next: Write the test', 'WORKFLOW_HANDOFF'].join('\n');

function runHook(toolName: string, command: string, env: NodeJS.ProcessEnv = {}) {
  const cwd = tempDir('wf-pretool-');
  const input = { session_id: 's1', transcript_path: '/nowhere.jsonl', cwd, hook_event_name: 'PreToolUse', tool_name: toolName, tool_input: { command, description: 'x' } };
  const result = spawnSync('sh', [SCRIPT], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    env: isolatedEnv({ CLAUDE_PLUGIN_ROOT: ROOT, WORKFLOW_RUNTIME_DIR: path.join(cwd, 'rt'), ...env }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hooks/pre-tool-use.sh', () => {
  it('approves the handoff that /workflow:handoff and the skill ask for', () => {
    const run = runHook('Bash', HANDOFF);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'allow', permissionDecisionReason: "workflow: the plugin's own handoff command" },
    });
  });

  it("approves it as earlier versions' instructions gave it (dist/cli.mjs), which a session may still run", () => {
    const run = runHook('Bash', HANDOFF.replace('/dist/cli.cjs"', '/dist/cli.mjs"'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ hookSpecificOutput: { permissionDecision: 'allow' } });
  });

  it.each([
    ['an ordinary command', 'ls -la'],
    ['the handoff with a command after it', `${HANDOFF}\nrm -rf ~`],
    ['the handoff of another plugin root', HANDOFF.replace(ROOT, '/tmp/elsewhere')],
    ['another command of the CLI', `node "${ROOT}/dist/cli.cjs" import --input -`],
  ])('leaves %s to Claude Code: exit 0, no output', (_name, command) => {
    const run = runHook('Bash', command);
    expect(run).toMatchObject({ status: 0, stdout: '' });
  });

  it('decides nothing without the plugin root', () => {
    expect(runHook('Bash', HANDOFF, { CLAUDE_PLUGIN_ROOT: '' })).toMatchObject({ status: 0, stdout: '' });
  });
});
