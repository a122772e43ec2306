// The quick paths under the real CLIs: the first run's hooks keep the session's memo and the
// project's start memo, and a later run's start and turns with nothing to say end in the small
// entries (once a hook has read a reply in the transcript and recorded the model). To see which way they went, the next run loads a copy of the plugin without the hooks'
// own code (dist/hooks/lazy/turn-hook.cjs, session-start-hook.cjs): a hook that reaches for it
// says so in its output.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, OLDEST_VERSION, PLUGIN_ROOT, createSandbox, describeRun, runClaudePrint, type Sandbox } from './claude-harness.ts';
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
    'the first run keeps the memos; the next start and quiet turn never load the hooks and print nothing',
    async () => {
      const sandbox = createSandbox();
      sandboxes.push(sandbox);
      const checkOnly = path.join(sandbox.root, 'check-only', 'workflow');
      fs.cpSync(PLUGIN_ROOT, checkOnly, { recursive: true });
      fs.rmSync(path.join(checkOnly, 'dist', 'hooks', 'lazy', 'turn-hook.cjs'));
      fs.rmSync(path.join(checkOnly, 'dist', 'hooks', 'lazy', 'session-start-hook.cjs'));
      stub.reset(() => text('Done.', QUIET_USAGE));
      const args = ['--model', MODEL_200K];
      const first = await runClaudePrint(sandbox, stub.url, 'Build the CSV parser', { version, args });
      const sessionId = first.result?.session_id ?? '';
      expect(first.exitCode, describeRun(first)).toBe(0);
      const memo = path.join(sandbox.configDir, 'workflow', 'sessions', `${sessionId}.turn.json`);
      expect(fs.existsSync(memo), describeRun(first)).toBe(true);
      // the model the session's hooks have seen, from a reply in the transcript (null: none yet,
      // and no bookkeeping at all while nothing was recorded)
      const bookkeeping = path.join(sandbox.configDir, 'workflow', 'sessions', `${sessionId}.json`);
      const seen = (): unknown => (fs.existsSync(bookkeeping) ? JSON.parse(fs.readFileSync(bookkeeping, 'utf8')).seen : null);
      if (seen() === null) {
        // 2.1.197 may run a new session's first Stop before it has created the transcript file
        // (measured: the file was not there yet, the reply announced in the input), so no hook has
        // read a reply; the next prompt's hook does, once, and records the model. 2.1.332 writes
        // the reply first.
        expect(version, describeRun(first)).toBe(OLDEST_VERSION);
        const second = await runClaudePrint(sandbox, stub.url, 'Then the docs', { version, args: [...args, '--resume', sessionId] });
        expect(second.exitCode, describeRun(second)).toBe(0);
        expect(seen(), describeRun(second)).not.toBeNull();
      }

      const next = await runClaudePrint(sandbox, stub.url, 'Now the tests', { version, args: [...args, '--resume', sessionId], pluginDirs: [checkOnly] });
      expect(next.exitCode, describeRun(next)).toBe(0);
      const turnHooks = next.hooks.filter((hook) => hook.hook_event === 'UserPromptSubmit' || hook.hook_event === 'Stop');
      expect(turnHooks.map((hook) => hook.hook_event).sort(), describeRun(next)).toEqual(['Stop', 'UserPromptSubmit']);
      for (const hook of turnHooks) expect({ event: hook.hook_event, exit: hook.exit_code, stdout: hook.stdout, stderr: hook.stderr }).toEqual({ event: hook.hook_event, exit: 0, stdout: '', stderr: '' });
      // the resumed session's start, in a project without workflows: nothing to say, said by the quick path
      const starts = next.hooks.filter((hook) => hook.hook_event === 'SessionStart');
      expect(starts.length, describeRun(next)).toBeGreaterThan(0);
      for (const hook of starts) expect({ exit: hook.exit_code, stdout: hook.stdout, stderr: hook.stderr }).toEqual({ exit: 0, stdout: '', stderr: '' });
      expect(stub.errors).toEqual([]);
    },
    E2E_TIMEOUT,
  );
});
