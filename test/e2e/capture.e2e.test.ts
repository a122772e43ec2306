// What a handoff captures from the session, with the real CLIs writing the transcript: a request
// made as a slash command, a background agent whose edit is in its own subagent file, a failing
// test run, and the handoff run by the model inside the session.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, CLI_PATH, createSandbox, describeRun, runClaudeConversation } from './claude-harness.ts';
import { bash, messagesText, sinceLastReply, startStubApi, text, toolResults, type Reply, type StubApi } from './stub-api.ts';

const E2E_TIMEOUT = 90_000;
const usage = (tokens: number) => ({ input_tokens: 1_000, cache_creation_input_tokens: 1_000, cache_read_input_tokens: tokens - 2_000, output_tokens: 40 });
const tool = (name: string, input: Record<string, unknown>): Reply => ({ kind: 'tool_use', name, input, usage: usage(40_000) });

let stub: StubApi;
beforeAll(async () => {
  stub = await startStubApi();
});
afterAll(() => stub.close());

describe.each(CLAUDE_VERSIONS)('on Claude Code %s', (version) => {
  it(
    "a handoff keeps the slash-command request, the subagent's edit, the finished agent and the failing test run",
    async () => {
      const sandbox = createSandbox();
      try {
        fs.mkdirSync(path.join(sandbox.project, '.claude', 'commands'), { recursive: true });
        fs.writeFileSync(path.join(sandbox.project, '.claude', 'commands', 'build.md'), '---\ndescription: Build a thing\n---\nBuild this: $ARGUMENTS\n');
        const handoff = [`node "${CLI_PATH}" handoff --input - <<'WORKFLOW_HANDOFF'`, 'task: Build the CSV parser', 'summary: Parser written by an agent; one test fails.', 'WORKFLOW_HANDOFF'].join('\n');
        let step = 0;
        stub.reset((request) => {
          const results = toolResults(sinceLastReply(request.body));
          if (messagesText(request.body).includes('SUBAGENT-TASK')) {
            return results.length === 0
              ? tool('Write', { file_path: path.join(sandbox.project, 'parser.ts'), content: 'export const parse = (s: string) => s.split(",");\n' })
              : text('Parser written.', usage(10_000));
          }
          step += 1;
          if (step === 1) return tool('Agent', { description: 'Write the parser', prompt: 'SUBAGENT-TASK: write parser.ts', subagent_type: 'general-purpose', run_in_background: true });
          // the agent finishes during this command; its notification is queued meanwhile
          if (step === 2) return bash('sleep 3; echo "1 failing"; exit 1 # npm test', usage(50_000));
          if (step === 3) return bash(`sleep 0.5; ${handoff}`, usage(60_000));
          return text('Handed off.', usage(61_000));
        });
        const run = await runClaudeConversation(sandbox, stub.url, ['/build the CSV parser'], { version, args: ['--allowedTools', 'Bash,Write,Agent'] });
        expect(run.exitCode, describeRun(run)).toBe(0);
        expect(stub.errors).toEqual([]);
        const store = path.join(sandbox.project, '.git', 'workflow');
        const [id] = fs.readdirSync(store).filter((name) => fs.existsSync(path.join(store, name, 'state.json')));
        expect(id, describeRun(run)).toMatch(/^build-the-csv-parser-/);
        const state = JSON.parse(fs.readFileSync(path.join(store, id!, 'state.json'), 'utf8'));
        expect(state.files_modified).toContain('parser.ts');
        expect(state.agents).toEqual([{ type: 'general-purpose', description: 'Write the parser', done: true, status: 'completed' }]);
        expect(state.session_facts).toMatchObject({
          first_request: '/build the CSV parser',
          last_test: { ok: false, exit_code: 1 },
          coverage: { subagent_files: 1, skipped_bytes: 0 },
        });
        // measured, on the default model's window (the Stop hook's checkpoint may have taken the final reply's figure)
        expect(state.tokens).toMatchObject({ token_source: 'transcript', context_window: 1_000_000 });
        expect(state.tokens.context_tokens).toBeGreaterThanOrEqual(60_000);
      } finally {
        sandbox.cleanup();
      }
    },
    E2E_TIMEOUT,
  );
});
