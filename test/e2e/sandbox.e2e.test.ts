// The whole loop with Claude Code's sandbox on (`"sandbox": {"enabled": true}`, bubblewrap and
// socat on Linux): Bash calls and `!` commands cannot write under <project>/.claude/, so the store
// lives in <git dir>/workflow, which they can.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, createSandbox, describeRun, runClaudePrint, type ClaudeRun, type Sandbox } from './claude-harness.ts';
import { bash, messagesText, sinceLastReply, startStubApi, text, toolResults, type Reply, type StubApi, type StubRequest } from './stub-api.ts';

const E2E_TIMEOUT = 60_000;
// outside the project: allowed by permissions (--allowedTools Bash), refused by the sandbox alone
const PROBE = 'touch ../outside-the-project && echo WRITABLE || echo READ-ONLY';

let stub: StubApi;
beforeAll(async () => {
  stub = await startStubApi();
});
afterAll(async () => {
  await stub.close();
});

function expectCleanRun(run: ClaudeRun): void {
  expect(run.exitCode, describeRun(run)).toBe(0);
  expect(run.result?.is_error, describeRun(run)).toBe(false);
  expect(stub.errors).toEqual([]);
  for (const hook of run.hooks) expect(hook.stdout, hook.hook_name).not.toMatch(/hook skipped/);
}

/** First a probe that the sandbox is on, then the handoff the command's instructions give. */
function sandboxedHandoff(request: StubRequest): Reply {
  const results = toolResults(sinceLastReply(request.body));
  if (results.some((result) => result.text.includes('Handoff saved'))) return text('Saved.');
  if (results.some((result) => /READ-ONLY|WRITABLE/.test(result.text))) {
    const block = /```bash\n(node [^\n]*handoff --input - <<'WORKFLOW_HANDOFF'\n)[\s\S]*?\n(WORKFLOW_HANDOFF)\n```/.exec(messagesText(request.body));
    if (!block) throw new Error('no handoff command in the prompt');
    return bash(`${block[1]}task: Build the CSV parser\nsummary: The tokenizer works.\nnext: Handle quoted fields\n${block[2]}`);
  }
  return bash(PROBE);
}

describe.each(CLAUDE_VERSIONS)('on Claude Code %s with the sandbox on', (version) => {
  let sandbox: Sandbox;
  let id = '';
  beforeAll(() => {
    sandbox = createSandbox();
    fs.mkdirSync(path.join(sandbox.project, '.claude'), { recursive: true });
    fs.writeFileSync(path.join(sandbox.project, '.claude', 'settings.json'), JSON.stringify({ sandbox: { enabled: true } }));
  });
  afterAll(() => sandbox.cleanup());

  it(
    '/workflow:handoff saves from inside the sandbox',
    async () => {
      stub.reset(sandboxedHandoff);
      // the probe's Bash call is allowed: what stops its write is the sandbox, not a permission rule
      const run = await runClaudePrint(sandbox, stub.url, '/workflow:handoff', { version, args: ['--allowedTools', 'Bash'] });
      expectCleanRun(run);
      const results = stub.requests.flatMap((request) => toolResults(sinceLastReply(request.body)));
      expect(results.map((result) => result.text).join('\n')).toContain('READ-ONLY');
      const saved = results.find((result) => result.text.includes('Handoff saved'));
      expect(saved?.text, JSON.stringify(results)).toMatch(/Handoff saved: build-the-csv-parser-\d{8}-\d{6}/);
      expect(saved?.is_error).toBe(false);
      id = /Handoff saved: (\S+)/.exec(saved?.text ?? '')?.[1] ?? '';
      expect(fs.existsSync(path.join(sandbox.project, '.git', 'workflow', id, 'state.json'))).toBe(true);
    },
    E2E_TIMEOUT,
  );

  it.each([
    ['/workflow:resume', (wid: string) => `# Resuming workflow ${wid}`],
    ['/workflow:list', (wid: string) => wid],
    ['/workflow:status', (wid: string) => `Current workflow: ${wid}`],
    ['/workflow:log', (wid: string) => `resume   [`],
  ])(
    '%s works from inside the sandbox',
    async (command, expected) => {
      expect(id, 'needs the handoff test').not.toBe('');
      stub.reset(() => text('ok'));
      const run = await runClaudePrint(sandbox, stub.url, command, { version });
      expectCleanRun(run);
      const prompt = messagesText(stub.requests[0]?.body ?? {});
      expect(prompt).toContain(expected(id));
      expect(prompt).not.toMatch(/internal error|EROFS|ENOENT/);
    },
    E2E_TIMEOUT,
  );
});
