// The hooks as Claude Code runs them (hooks/hooks.json's commands): JSON on stdin, exit 0 whatever happens.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runHookCommand, type CliResult } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir, tempRepo } from '../helpers/repo.ts';
import { seedHandoff } from '../helpers/workflows.ts';

afterAll(cleanupTempDirs);

interface HookRun extends CliResult {
  log: string;
  logDir: string;
}

/** Runs a hook with its own log directory; `log` is what it appended there. */
async function runHook(event: string, input: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<HookRun> {
  const logDir = tempDir('wf-log-');
  const options = { cwd, input, env: { WORKFLOW_LOG_DIR: logDir, WORKFLOW_RUNTIME_DIR: path.join(logDir, 'runtime'), ...env } };
  // an event hooks.json registers runs as Claude Code runs it; another goes to `claude-workflow hook`
  const result = event === 'post-tool-use' ? await runCli(['hook', event], options) : await runHookCommand(event, options);
  const logFile = path.join(logDir, 'hooks.log');
  return { ...result, logDir, log: fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '' };
}

function sessionStart(cwd: string, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ session_id: 'session-1', transcript_path: path.join(cwd, 'none.jsonl'), cwd, hook_event_name: 'SessionStart', source: 'startup', ...overrides });
}

/** A fail-open answer: exit 0, nothing on stderr, stdout empty or exactly {systemMessage}. */
function expectFailOpen(result: HookRun): string {
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  if (result.stdout.trim() === '') return '';
  const output = JSON.parse(result.stdout) as Record<string, unknown>;
  expect(Object.keys(output)).toEqual(['systemMessage']);
  expect(output.systemMessage).toContain(path.join(result.logDir, 'hooks.log'));
  return output.systemMessage as string;
}

describe.concurrent('hook session-start', () => {
  it('prints nothing when the project has no workflow store', async () => {
    const repo = tempRepo();
    const result = await runHook('session-start', sessionStart(repo.path), repo.path);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '', log: '' });
    expect(fs.existsSync(path.join(repo.path, '.claude'))).toBe(false);
  });

  it('injects the paused workflow: one JSON document with the id, the task and the resume command', async () => {
    const repo = tempRepo();
    const saved = await seedHandoff(repo.path, { task: 'Fix the login bug', next_steps: ['Write the test'], phase: '2: Build' });
    const sub = path.join(repo.path, 'src');
    fs.mkdirSync(sub);
    // started from a subfolder of the project: the store is still found through the git top level
    const result = await runHook('session-start', sessionStart(sub), sub);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.log).toBe('');
    const output = JSON.parse(result.stdout) as { hookSpecificOutput: { hookEventName: string; additionalContext: string }; systemMessage?: string };
    expect(output.hookSpecificOutput.hookEventName).toBe('SessionStart');
    const context = output.hookSpecificOutput.additionalContext;
    expect(context).toContain(saved.id);
    expect(context).toContain('Fix the login bug');
    expect(context).toContain('Write the test');
    expect(context).toContain(`/workflow:resume ${saved.id}`);
    expect(context.length).toBeLessThan(10_000);
    expect(output.systemMessage).toContain(`/workflow:resume ${saved.id}`);
  });

  it('finds the project through CLAUDE_PROJECT_DIR and says nothing for a completed workflow', async () => {
    const repo = tempRepo();
    await seedHandoff(repo.path, { task: 'All done', status: 'completed' });
    const elsewhere = tempDir();
    const done = await runHook('session-start', sessionStart(elsewhere), elsewhere, { CLAUDE_PROJECT_DIR: repo.path });
    expect(done).toMatchObject({ status: 0, stdout: '', log: '' });
    const open = await seedHandoff(repo.path, { task: 'Still open' });
    const found = await runHook('session-start', sessionStart(elsewhere), elsewhere, { CLAUDE_PROJECT_DIR: repo.path });
    expect(JSON.parse(found.stdout).hookSpecificOutput.additionalContext).toContain(open.id);
  });

  it.each([
    ['stdin that is not JSON', 'this is not json', 'hook input is not JSON'],
    ['empty stdin', '', 'hook input is not JSON'],
    ['a missing session_id', JSON.stringify({ cwd: '/tmp', hook_event_name: 'SessionStart', source: 'startup' }), 'session_id'],
    ['a missing cwd', JSON.stringify({ session_id: 's', hook_event_name: 'SessionStart', source: 'startup' }), 'cwd'],
    ['another event', JSON.stringify({ session_id: 's', cwd: '/tmp', hook_event_name: 'Stop', source: 'startup' }), 'hook_event_name'],
    ['a JSON array', '[]', 'hook input'],
  ])('%s: exit 0, at most a systemMessage, the detail in the log', async (_label, input, detail) => {
    const dir = tempDir();
    const result = await runHook('session-start', input, dir);
    const message = expectFailOpen(result);
    expect(message).toMatch(/^workflow: SessionStart hook skipped \(/);
    expect(result.log).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z SessionStart: /);
    expect(result.log).toContain(detail);
    if (input.trim()) expect(result.log).toContain(`input: ${input.slice(0, 40)}`);
  });

  it('an unknown event: exit 0 with a systemMessage naming it, and a log line', async () => {
    const dir = tempDir();
    const result = await runHook('post-tool-use', sessionStart(dir), dir);
    const message = expectFailOpen(result);
    expect(message).toContain('unknown hook event "post-tool-use"');
    expect(result.log).toContain('unknown hook event "post-tool-use"');
    expect(result.log).toContain('known: session-start');
  });
});

describe('the hook log', () => {
  it('sits beside the per-session files, whatever CLAUDE_PLUGIN_DATA says, unless WORKFLOW_LOG_DIR moves it', async () => {
    const runtime = tempDir();
    const pluginData = tempDir();
    const run = await runHookCommand('stop', { cwd: tempDir(), input: 'not json', env: { WORKFLOW_RUNTIME_DIR: runtime, CLAUDE_PLUGIN_DATA: pluginData } });
    expect(run.status).toBe(0);
    const log = path.join(runtime, 'hooks.log');
    expect(JSON.parse(run.stdout)).toEqual({ systemMessage: `workflow: Stop hook skipped (hook input is not JSON); details in ${log}` });
    expect(fs.readFileSync(log, 'utf8')).toContain('input: not json');
    expect(fs.readdirSync(pluginData)).toEqual([]);
  });
});
