// The interactive UI (under tmux): /workflow:handoff and the skill's handoff run without a
// permission prompt, in the default permission mode (auto on the current release) and in
// `default` mode. The command allows exactly the plugin's own command (`allowed-tools`); the skill
// cannot (a model-invoked skill that grants tools asks "Use skill?" first), so the PreToolUse
// hook approves that one command, and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { CLAUDE_VERSIONS, CLI_PATH, CURRENT_VERSION, OLDEST_VERSION, PLUGIN_ROOT, claudeEnv, createSandbox, hookLog, type Sandbox } from './claude-harness.ts';
import { bash, messagesText, sinceLastReply, startStubApi, text, toolResults, type Reply, type StubApi, type StubRequest } from './stub-api.ts';
import { flatScreen, removeInteractiveSandbox, startInteractive } from './tmux-harness.ts';

const E2E_TIMEOUT = 90_000;
// what Claude Code shows when a tool call needs the user: a prompt, or auto mode's safety check
const ASKS_THE_USER = /Do you want to proceed\?|Auto mode can't check|needs your approval|Allow once/i;

let stub: StubApi;
beforeAll(async () => {
  stub = await startStubApi();
});
afterAll(async () => {
  await stub.close();
});

/** The handoff command of the instructions the model was given, with our lines in its heredoc. */
function handoffFrom(fresh: string): Reply | undefined {
  // the skill indents its block inside a list item
  const block = /```bash\n\s*(node [^\n]*handoff --input - <<'WORKFLOW_HANDOFF'\n)[\s\S]*?\n\s*(WORKFLOW_HANDOFF)\n\s*```/.exec(fresh);
  if (!block) return undefined;
  return bash(`${block[1]}task: Build the CSV parser\nsummary: The tokenizer works.\nnext: Handle quoted fields\n${block[2]}`);
}

/** A model that follows the handoff instructions, reaching them through the Skill tool when asked in words. */
function handoffModel(request: StubRequest): Reply {
  const fresh = messagesText(sinceLastReply(request.body));
  if (toolResults(sinceLastReply(request.body)).some((result) => result.text.includes('Handoff saved'))) return text('Saved.');
  const command = handoffFrom(fresh) ?? handoffFrom(messagesText(request.body));
  if (command && toolResults(request.body).every((result) => !result.text.includes('WORKFLOW_HANDOFF'))) return command;
  if (/let's hand off/i.test(fresh)) return { kind: 'tool_use', name: 'Skill', input: { skill: 'workflow:session-continuation' } };
  return text('ok');
}

const storeHasWorkflow = (sandbox: Sandbox) => {
  const store = path.join(sandbox.project, '.git', 'workflow');
  return fs.existsSync(store) && fs.readdirSync(store).some((name) => fs.existsSync(path.join(store, name, 'state.json')));
};

describe.each([
  [CURRENT_VERSION, 'the default mode of the release (auto)', [] as string[]],
  [CURRENT_VERSION, 'default mode', ['--permission-mode', 'default']],
  [OLDEST_VERSION, 'the default mode of the release (default)', [] as string[]],
])('Claude Code %s, interactive, %s', (version, _mode, args) => {
  it.each([
    ['/workflow:handoff', '/workflow:handoff'],
    ['the skill, asked in plain words', "let's hand off"],
  ])(
    '%s saves the handoff without asking the user',
    async (_how, prompt) => {
      const sandbox = createSandbox();
      stub.reset(handoffModel);
      const ui = await startInteractive(sandbox, stub.url, { version, args });
      try {
        await ui.submit(prompt);
        const settled = await ui.waitFor((screen) => ASKS_THE_USER.test(screen) || (storeHasWorkflow(sandbox) && /Saved\./.test(screen)), 45_000);
        const screen = ui.screen();
        expect(settled, screen).toBe(true);
        expect(screen).not.toMatch(ASKS_THE_USER);
        expect(storeHasWorkflow(sandbox), screen).toBe(true);
        expect(stub.errors).toEqual([]);
      } finally {
        await ui.close();
        await removeInteractiveSandbox(sandbox.root);
      }
    },
    E2E_TIMEOUT,
  );
});

// What the user sees of automatic workflows: the line that says one was made, and at the next
// start the user's own handoff first, with the automatic one named after it.
describe.each(CLAUDE_VERSIONS)('Claude Code %s, interactive: an automatic workflow beside the user\'s handoff', (version) => {
  it(
    'the turn that creates it says so; the next start offers the handoff and names the automatic one',
    async () => {
      const sandbox = createSandbox();
      // 105K of a 200K model's window: past the first milestone
      const usage = { input_tokens: 2_000, cache_creation_input_tokens: 3_000, cache_read_input_tokens: 100_000, output_tokens: 50 };
      try {
        const saved = JSON.parse(
          execFileSync(process.execPath, [CLI_PATH, 'handoff', '--task', 'Refactor billing', '--format', 'json'], { cwd: sandbox.project, env: claudeEnv(sandbox, stub.url), encoding: 'utf8' }),
        ) as { id: string };
        stub.reset(() => text('Parser started.', usage));
        let ui = await startInteractive(sandbox, stub.url, { version, args: ['--model', 'claude-sonnet-4-6'] });
        let auto = '';
        try {
          await ui.submit('Build the CSV parser');
          const created = /Workflow (build-the-csv-parser-\d{8}-\d{6}) was created automatically for this session\./;
          // the hooks' log says, should the line never come, whether Stop found the reply in the transcript
          expect(await ui.waitFor((screen) => created.test(flatScreen(screen)), 30_000), `${ui.screen()}\n${hookLog(sandbox)}`).toBe(true);
          auto = created.exec(flatScreen(ui.screen()))?.[1] ?? '';
          expect(flatScreen(ui.screen())).toContain('Stop says: workflow: context 52.5% (105K of 200K tokens) used');
          // nor did it wait for a reply that was there (2.1.197 may write it before the prompt it answers)
          expect(hookLog(sandbox)).toMatch(/^\(no hooks\.log\)/);
        } finally {
          await ui.close();
        }
        // the next start from a copy of the plugin without the SessionStart hook's own code: what
        // the user sees comes from its quick path, which the first session's hooks left the memos for
        const quickOnly = path.join(sandbox.root, 'start-quick-only', 'workflow');
        fs.cpSync(PLUGIN_ROOT, quickOnly, { recursive: true });
        fs.rmSync(path.join(quickOnly, 'dist', 'hooks', 'lazy', 'session-start-hook.cjs'));
        ui = await startInteractive(sandbox, stub.url, { version, args: ['--model', 'claude-sonnet-4-6'], pluginRoot: quickOnly });
        try {
          const line = `/workflow:resume ${saved.id} to pick it up · automatic workflow ${auto} also saved (`;
          expect(await ui.waitFor((screen) => flatScreen(screen).includes(line), 15_000), ui.screen()).toBe(true);
          expect(flatScreen(ui.screen())).toContain('SessionStart:startup says: workflow: "Refactor billing" is paused');
        } finally {
          await ui.close();
        }
        expect(stub.errors).toEqual([]);
      } finally {
        await removeInteractiveSandbox(sandbox.root);
      }
    },
    E2E_TIMEOUT,
  );
});

describe.each(CLAUDE_VERSIONS)("Claude Code %s, interactive: what /workflow:resume found reaches the user's screen", (version) => {
  it(
    'the stale warning shows under the turn, whatever the model says of it',
    async () => {
      const sandbox = createSandbox();
      try {
        const saved = JSON.parse(
          execFileSync(process.execPath, [CLI_PATH, 'handoff', '--task', 'Refactor billing', '--format', 'json'], { cwd: sandbox.project, env: claudeEnv(sandbox, stub.url), encoding: 'utf8' }),
        ) as { id: string };
        fs.writeFileSync(path.join(sandbox.project, 'billing.ts'), 'x\n');
        execFileSync('git', ['add', 'billing.ts'], { cwd: sandbox.project, env: claudeEnv(sandbox, stub.url) });
        execFileSync('git', ['commit', '-q', '-m', 'Teammate change'], { cwd: sandbox.project, env: claudeEnv(sandbox, stub.url) });
        // a model that says nothing of the warning
        stub.reset(() => text('Carrying on.'));
        const ui = await startInteractive(sandbox, stub.url, { version });
        try {
          await ui.submit(`/workflow:resume ${saved.id}`);
          const shown = /Stop says: workflow: resumed [0-9a-f]{4,} "Refactor billing" · STALE: 1 commit landed since the handoff/;
          expect(await ui.waitFor((screen) => shown.test(flatScreen(screen)), 30_000), ui.screen()).toBe(true);
        } finally {
          await ui.close();
        }
        expect(stub.errors).toEqual([]);
      } finally {
        await removeInteractiveSandbox(sandbox.root);
      }
    },
    E2E_TIMEOUT,
  );
});

// The status line, set up as the README says: Claude Code runs `dist/cli.cjs statusline` (its own
// small bundle) at every refresh, and the user sees the context and the workflow in the UI.
describe.each(CLAUDE_VERSIONS)('Claude Code %s, interactive: the status line', (version) => {
  it(
    'shows the context used and the session\'s workflow under the input box',
    async () => {
      const sandbox = createSandbox();
      try {
        execFileSync(process.execPath, [CLI_PATH, 'handoff', '--task', 'Refactor billing', '--phase', '2: Implementation'], { cwd: sandbox.project, env: claudeEnv(sandbox, stub.url) });
        fs.mkdirSync(sandbox.configDir, { recursive: true });
        fs.writeFileSync(path.join(sandbox.configDir, 'settings.json'), JSON.stringify({ statusLine: { type: 'command', command: `node ${CLI_PATH} statusline` } }));
        // 105K of a 200K window after the first turn
        const usage = { input_tokens: 2_000, cache_creation_input_tokens: 3_000, cache_read_input_tokens: 100_000, output_tokens: 50 };
        stub.reset(() => text('Looking at billing.', usage));
        const ui = await startInteractive(sandbox, stub.url, { version, args: ['--model', 'claude-sonnet-4-6'] });
        try {
          // before any turn: the workflow the project is on
          expect(await ui.waitFor((screen) => flatScreen(screen).includes('wf refactor-billing · 2 · Implementation'), 20_000), ui.screen()).toBe(true);
          await ui.submit('/workflow:resume');
          // after the turn: the context reading too (Claude Code's own figure, or the transcript's)
          expect(await ui.waitFor((screen) => /ctx \d+% of 200K · wf refactor-billing/.test(flatScreen(screen)), 30_000), ui.screen()).toBe(true);
        } finally {
          await ui.close();
        }
        expect(stub.errors).toEqual([]);
      } finally {
        await removeInteractiveSandbox(sandbox.root);
      }
    },
    E2E_TIMEOUT,
  );
});
