// The arguments of /workflow:resume and /workflow:log reach the CLI as data, never as shell: each
// payload below would write PWNED with a node one-liner if it were pasted into a shell line.
// The real Claude Code CLIs run the commands as a user types them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, CLI_PATH, claudeEnv, createSandbox, describeRun, runClaudePrint, type Sandbox } from './claude-harness.ts';
import { messagesText, startStubApi, text, type StubApi } from './stub-api.ts';

const E2E_TIMEOUT = 90_000;
// a command the old `Bash(node:*)` rule admitted as a part of a compound command
const RUN = `node -e "require('fs').writeFileSync('PWNED', '')"`;
const PAYLOADS = [
  `; ${RUN}`,
  `&& ${RUN}`,
  `|| ${RUN}`,
  `| ${RUN}`,
  `\`${RUN}\``,
  `$(${RUN})`,
  `' ; ${RUN} ; '`,
  `" ; ${RUN} ; "`,
  `\n${RUN}`,
  // ends the heredoc early, then the command
  `\nWORKFLOW_ARGUMENTS\n${RUN}\n`,
];

let stub: StubApi;
beforeAll(async () => {
  stub = await startStubApi();
});
afterAll(async () => {
  await stub.close();
});

describe.each(CLAUDE_VERSIONS)('on Claude Code %s', (version) => {
  let sandbox: Sandbox;
  let id = '';
  const pwned = () => fs.existsSync(path.join(sandbox.project, 'PWNED'));
  beforeAll(() => {
    sandbox = createSandbox();
    const saved = execFileSync(process.execPath, [CLI_PATH, 'handoff', '--task', 'Refactor billing', '--format', 'json'], {
      cwd: sandbox.project,
      env: claudeEnv(sandbox, 'http://127.0.0.1:9'),
      encoding: 'utf8',
    });
    id = (JSON.parse(saved) as { id: string }).id;
  });
  afterAll(() => sandbox.cleanup());
  // each payload on its own: one that got through must not fail the next ones
  afterEach(() => fs.rmSync(path.join(sandbox.project, 'PWNED'), { force: true }));

  it(
    'arguments as typed reach the CLI: an id, and a quoted value with a space',
    async () => {
      let seen = '';
      stub.reset((request) => {
        seen = messagesText(request.body);
        return text('ok');
      });
      const resumed = await runClaudePrint(sandbox, stub.url, `/workflow:resume ${id}`, { version });
      expect(resumed.exitCode, describeRun(resumed)).toBe(0);
      expect(seen).toContain(`# Resuming workflow ${id}`);

      // one value with a space: a device no entry has
      const log = await runClaudePrint(sandbox, stub.url, `/workflow:log ${id} --device "Ada's laptop" --limit 1`, { version });
      expect(log.exitCode, describeRun(log)).toBe(0);
      expect(seen).toContain(`Work log of ${id}: no entries match (device ~ Ada's laptop).`);
    },
    E2E_TIMEOUT,
  );

  it(
    'a failing shell step reaches Claude as text, and the command goes on: an unknown id, a bad option',
    async () => {
      const seen: string[] = [];
      stub.reset((request) => {
        seen.push(messagesText(request.body));
        return text('ok');
      });
      const unknown = await runClaudePrint(sandbox, stub.url, '/workflow:resume no-such-workflow', { version });
      expect(unknown.exitCode, describeRun(unknown)).toBe(0);
      expect(seen.join('\n')).toContain(`claude-workflow resume failed: no workflow "no-such-workflow"; existing workflows: ${id}`);
      const bad = await runClaudePrint(sandbox, stub.url, '/workflow:log --limit -1', { version });
      expect(bad.exitCode, describeRun(bad)).toBe(0);
      expect(seen.join('\n')).toContain('claude-workflow log failed: --limit "-1": expected a whole number');
      expect(stub.errors).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  // every payload through /workflow:log; /workflow:resume passes its arguments the same way, so it
  // gets the three that differ most (a separator, a backtick, an early end of the heredoc)
  const RESUME_PAYLOADS = [PAYLOADS[0], PAYLOADS[4], PAYLOADS[9]] as const;
  it.each([...PAYLOADS.map((payload) => ['log', payload] as const), ...RESUME_PAYLOADS.map((payload) => ['resume', payload] as const)])(
    '/workflow:%s <id> %j runs nothing',
    async (command, payload) => {
      stub.reset(() => text('ok'));
      const run = await runClaudePrint(sandbox, stub.url, `/workflow:${command} ${id} ${payload}`, { version });
      expect(run.exitCode, describeRun(run)).toBe(0);
      expect(pwned(), describeRun(run)).toBe(false);
      expect(stub.errors).toEqual([]);
    },
    E2E_TIMEOUT,
  );
});
