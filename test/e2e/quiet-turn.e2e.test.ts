// The quiet-turn check under the real CLIs: the first turn's hooks keep the session's memo, and a
// later turn with nothing to say ends in the small entry. To see which way a turn went, the next
// run loads a copy of the plugin without the hook's own code (dist/hooks/lazy/turn-hook.cjs): a
// turn that reaches for it says so in its hook output.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, PLUGIN_ROOT, createSandbox, describeRun, runClaudePrint, type Sandbox } from './claude-harness.ts';
import { startStubApi, text, type StubApi } from './stub-api.ts';

const E2E_TIMEOUT = 120_000;
/** 30 % of a 200K window: below every milestone */
const MODEL_200K = 'claude-sonnet-4-6';
const QUIET_USAGE = { input_tokens: 1_000, cache_creation_input_tokens: 2_000, cache_read_input_tokens: 57_000, output_tokens: 20 };

let stub: StubApi;
const sandboxes: Sandbox[] = [];
beforeAll(async () => {
  stub = await startStubApi(() => text('Done.', QUIET_USAGE));
});
afterAll(async () => {
  await stub.close();
  for (const sandbox of sandboxes) sandbox.cleanup();
});

describe.each(CLAUDE_VERSIONS)('Claude Code %s: a quiet turn', (version) => {
  it(
    'the first turn keeps the memo; the next quiet turn never loads the hook and prints nothing',
    async () => {
      const sandbox = createSandbox();
      sandboxes.push(sandbox);
      const checkOnly = path.join(sandbox.root, 'check-only', 'workflow');
      fs.cpSync(PLUGIN_ROOT, checkOnly, { recursive: true });
      fs.rmSync(path.join(checkOnly, 'dist', 'hooks', 'lazy', 'turn-hook.cjs'));
      stub.reset(() => text('Done.', QUIET_USAGE));
      const args = ['--model', MODEL_200K];
      const first = await runClaudePrint(sandbox, stub.url, 'Build the CSV parser', { version, args });
      const sessionId = first.result?.session_id ?? '';
      expect(first.exitCode, describeRun(first)).toBe(0);
      const memo = path.join(sandbox.configDir, 'workflow', 'sessions', `${sessionId}.turn.json`);
      expect(fs.existsSync(memo), describeRun(first)).toBe(true);

      const next = await runClaudePrint(sandbox, stub.url, 'Now the tests', { version, args: [...args, '--resume', sessionId], pluginDirs: [checkOnly] });
      expect(next.exitCode, describeRun(next)).toBe(0);
      const turnHooks = next.hooks.filter((hook) => hook.hook_event === 'UserPromptSubmit' || hook.hook_event === 'Stop');
      expect(turnHooks.map((hook) => hook.hook_event).sort(), describeRun(next)).toEqual(['Stop', 'UserPromptSubmit']);
      for (const hook of turnHooks) expect({ event: hook.hook_event, exit: hook.exit_code, stdout: hook.stdout, stderr: hook.stderr }).toEqual({ event: hook.hook_event, exit: 0, stdout: '', stderr: '' });
      expect(stub.errors).toEqual([]);
    },
    E2E_TIMEOUT,
  );
});
