// The interactive UI (under tmux): /workflow:handoff and the skill's handoff run without a
// permission prompt, in the default permission mode (auto on the current release) and in
// `default` mode. The command allows exactly the plugin's own command (`allowed-tools`); the skill
// cannot (a model-invoked skill that grants tools asks "Use skill?" first), so the PreToolUse
// hook approves that one command, and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, OLDEST_VERSION, createSandbox, type Sandbox } from './claude-harness.ts';
import { bash, messagesText, sinceLastReply, startStubApi, text, toolResults, type Reply, type StubApi, type StubRequest } from './stub-api.ts';
import { startInteractive } from './tmux-harness.ts';

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
        ui.type(prompt);
        await new Promise((resolve) => setTimeout(resolve, 300));
        ui.press('Enter');
        const settled = await ui.waitFor((screen) => ASKS_THE_USER.test(screen) || (storeHasWorkflow(sandbox) && /Saved\./.test(screen)), 45_000);
        const screen = ui.screen();
        expect(settled, screen).toBe(true);
        expect(screen).not.toMatch(ASKS_THE_USER);
        expect(storeHasWorkflow(sandbox), screen).toBe(true);
        expect(stub.errors).toEqual([]);
      } finally {
        await ui.close();
        fs.rmSync(sandbox.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      }
    },
    E2E_TIMEOUT,
  );
});
