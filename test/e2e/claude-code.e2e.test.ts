// What the plugin's design assumes about Claude Code, checked against the pinned CLI with a probe
// plugin built here (and without the workflow plugin, so that only Claude Code is measured): which variables a hook, a `!` command and a Bash tool call get, what is
// substituted in command markdown, where hook context and the transcript go. When the pinned
// version changes and one of these fails, the plugin's assumption needs a new look too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, createSandbox, describeRun, useClaudeVersion, runClaudePrint, transcriptPath, type ClaudeRun, type Sandbox } from './claude-harness.ts';
import { bash, messageStrings, startStubApi, text, toolResults, type StubApi } from './stub-api.ts';

const E2E_TIMEOUT = 60_000;
const PROBED = ['CLAUDE_CODE_SESSION_ID', 'CLAUDE_SESSION_ID', 'CLAUDE_PROJECT_DIR', 'CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA', 'CLAUDECODE', 'CLAUDE_CODE_ENTRYPOINT'];

interface Probe {
  where: string;
  args: string[];
  cwd: string;
  env: Record<string, string | null>;
  fromHook: string | null;
}

// Prints where it runs, its arguments, cwd and the variables. As a hook it logs that to a file
// instead, exports a variable through CLAUDE_ENV_FILE and answers with context and a message.
const PROBE_SCRIPT = `
import fs from 'node:fs';
const names = ${JSON.stringify(PROBED)};
const [where, ...args] = process.argv.slice(2);
const env = Object.fromEntries(names.map((n) => [n, process.env[n] ?? null]));
const line = 'PROBE ' + JSON.stringify({ where, args, cwd: process.cwd(), env, fromHook: process.env.PROBE_FROM_HOOK ?? null });
if (where === 'hook') {
  fs.appendFileSync(new URL('./hook-probes.log', import.meta.url), line + '\\n');
  fs.appendFileSync(process.env.CLAUDE_ENV_FILE, 'export PROBE_FROM_HOOK=exported-by-the-hook\\n');
  console.log(JSON.stringify({ systemMessage: 'probe: a message for the user', hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: 'PROBE-CONTEXT-42' } }));
} else {
  console.log(line);
}
`;

// Single quotes around the argument: a shell would keep `${CLAUDE_PLUGIN_ROOT}` literal, so a path there means Claude Code substituted it.
const PROBE_COMMAND = `---
description: Probe what a command sees
allowed-tools: Bash(node:*)
---
!\`node "\${CLAUDE_PLUGIN_ROOT}/probe.mjs" bang '\${CLAUDE_PLUGIN_ROOT}' $ARGUMENTS\`

Text: root=\${CLAUDE_PLUGIN_ROOT} data=\${CLAUDE_PLUGIN_DATA} session=\${CLAUDE_SESSION_ID} args=$ARGUMENTS
`;

function writeProbePlugin(dir: string): void {
  fs.mkdirSync(path.join(dir, '.claude-plugin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'commands'));
  fs.mkdirSync(path.join(dir, 'hooks'));
  fs.writeFileSync(path.join(dir, '.claude-plugin', 'plugin.json'), JSON.stringify({ name: 'probe', version: '0.0.0', description: 'e2e probe' }));
  fs.writeFileSync(path.join(dir, 'probe.mjs'), PROBE_SCRIPT);
  fs.writeFileSync(path.join(dir, 'commands', 'env.md'), PROBE_COMMAND);
  const hook = { type: 'command', command: 'node "${CLAUDE_PLUGIN_ROOT}/probe.mjs" hook' };
  fs.writeFileSync(path.join(dir, 'hooks', 'hooks.json'), JSON.stringify({ hooks: { SessionStart: [{ hooks: [hook] }] } }));
}

function probesIn(strings: readonly string[]): Probe[] {
  return strings.flatMap((s) => [...s.matchAll(/^PROBE (\{.*\})$/gm)].map((m) => JSON.parse(m[1] ?? '{}') as Probe));
}

describe.each(CLAUDE_VERSIONS)('on Claude Code %s', (version) => {
  beforeAll(() => useClaudeVersion(version));

  describe('Claude Code as the plugin meets it', () => {
    let stub: StubApi;
    let sandbox: Sandbox;
    let pluginDir: string;
    let run: ClaudeRun;
    let sessionId: string;
    let firstRequest: string[];
    const usage = { input_tokens: 1200, cache_creation_input_tokens: 3400, cache_read_input_tokens: 56000, output_tokens: 78 };

    // One session serves every test below: `/probe:env a1 b2`, in which the model runs the probe through Bash.
    beforeAll(async () => {
      sandbox = createSandbox();
      pluginDir = path.join(sandbox.root, 'probe-plugin');
      writeProbePlugin(pluginDir);
      stub = await startStubApi((request) =>
        toolResults(request.body).length > 0 ? text('Probed.', usage) : bash(`node "${path.join(pluginDir, 'probe.mjs')}" bash`),
      );
      run = await runClaudePrint(sandbox, stub.url, '/probe:env a1 b2', { pluginDirs: [pluginDir] });
      sessionId = run.result?.session_id ?? '';
      firstRequest = messageStrings(stub.requests[0]?.body ?? {});
    }, E2E_TIMEOUT);
    const toolProbe = () => probesIn(stub.requests.flatMap((r) => toolResults(r.body).map((t) => t.text)))[0];
    afterAll(async () => {
      await stub.close();
      sandbox.cleanup();
    });

    it('ran the session', () => {
      expect(run.exitCode, describeRun(run)).toBe(0);
      expect(stub.errors).toEqual([]);
      expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('gives hooks CLAUDE_PROJECT_DIR, CLAUDE_PLUGIN_ROOT, CLAUDE_PLUGIN_DATA and CLAUDE_CODE_SESSION_ID', () => {
      const [hook] = probesIn(fs.readFileSync(path.join(pluginDir, 'hook-probes.log'), 'utf8').split('\n'));
      expect(hook?.cwd).toBe(sandbox.project);
      expect(hook?.env).toEqual({
        CLAUDE_CODE_SESSION_ID: sessionId,
        CLAUDE_SESSION_ID: null,
        CLAUDE_PROJECT_DIR: sandbox.project,
        CLAUDE_PLUGIN_ROOT: pluginDir,
        CLAUDE_PLUGIN_DATA: path.join(sandbox.configDir, 'plugins', 'data', 'probe-inline'),
        CLAUDECODE: '1',
        CLAUDE_CODE_ENTRYPOINT: 'sdk-cli',
      });
    });

    it('gives `!` commands and Bash tool calls only the session id of these: no project dir, no plugin root', () => {
      const expected = {
        CLAUDE_CODE_SESSION_ID: sessionId,
        CLAUDE_SESSION_ID: null,
        CLAUDE_PROJECT_DIR: null,
        CLAUDE_PLUGIN_ROOT: null,
        CLAUDE_PLUGIN_DATA: null,
        CLAUDECODE: '1',
        CLAUDE_CODE_ENTRYPOINT: 'sdk-cli',
      };
      const [bang] = probesIn(firstRequest);
      expect(bang).toMatchObject({ where: 'bang', cwd: sandbox.project, env: expected });
      expect(toolProbe()).toMatchObject({ where: 'bash', cwd: sandbox.project, env: expected });
    });

    it('passes what a SessionStart hook exports through CLAUDE_ENV_FILE on to `!` commands and Bash tool calls', () => {
      expect(probesIn(firstRequest)[0]?.fromHook).toBe('exported-by-the-hook');
      expect(toolProbe()?.fromHook).toBe('exported-by-the-hook');
    });

    it('substitutes ${CLAUDE_PLUGIN_ROOT}, ${CLAUDE_PLUGIN_DATA} and ${CLAUDE_SESSION_ID} in command text and `!` commands', () => {
      const [bang] = probesIn(firstRequest);
      expect(bang?.args).toEqual([pluginDir, 'a1', 'b2']);
      const dataDir = path.join(sandbox.configDir, 'plugins', 'data', 'probe-inline');
      expect(firstRequest.join('\n')).toContain(`Text: root=${pluginDir} data=${dataDir} session=${sessionId} args=a1 b2`);
    });

    it('puts SessionStart additionalContext into the first request, and a systemMessage does no harm in -p mode', () => {
      expect(firstRequest.find((s) => s.includes('PROBE-CONTEXT-42'))).toMatch(/^SessionStart hook additional context: PROBE-CONTEXT-42/);
      expect(run.result?.is_error).toBe(false);
      expect(firstRequest.join('\n')).not.toContain('probe: a message for the user');
    });

    it('sends the model requests only: no title, quota or side-model calls to answer', () => {
      expect(stub.requests).toHaveLength(2);
      for (const request of stub.requests) expect(request.body.tools?.map((t) => t.name)).toContain('Bash');
    });

    it('writes the transcript to <config>/projects/<cwd, non-alphanumerics as "-">/<session>.jsonl, with the usage the API reported', () => {
      const file = transcriptPath(sandbox, sessionId);
      const lines = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { type?: string; isSidechain?: boolean; message?: { usage?: Record<string, unknown> } });
      const assistant = lines.filter((l) => l.type === 'assistant' && l.isSidechain === false);
      expect(assistant.at(-1)?.message?.usage).toMatchObject(usage);
    });
  });

  describe('a session started in a subdirectory of the repository', () => {
    let stub: StubApi;
    let sandbox: Sandbox;
    beforeAll(async () => {
      sandbox = createSandbox();
      stub = await startStubApi(() => text('Hi.'));
    });
    afterAll(async () => {
      await stub.close();
      sandbox.cleanup();
    });

    it(
      'keeps its transcript under the folder of that subdirectory, not of the git top level',
      async () => {
        const sub = path.join(sandbox.project, 'packages', 'core');
        fs.mkdirSync(sub, { recursive: true });
        const run = await runClaudePrint(sandbox, stub.url, 'hello', { cwd: sub, pluginDirs: [] });
        expect(run.exitCode, describeRun(run)).toBe(0);
        const sessionId = run.result?.session_id ?? '';
        expect(fs.existsSync(transcriptPath(sandbox, sessionId, sub))).toBe(true);
        expect(fs.existsSync(transcriptPath(sandbox, sessionId))).toBe(false);
      },
      E2E_TIMEOUT,
    );
  });
});
