// The interactive Claude Code UI under tmux, for what only a person at the terminal sees:
// permission prompts, systemMessages, the status line. Same sandbox and stub as the -p runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { claudeBinary, claudeEnv, PLUGIN_ROOT, type Sandbox } from './claude-harness.ts';

// Claude Code remembers an approved key by its last 20 characters.
const API_KEY = 'sk-test-interactive-0123456789abcdef';

export interface TmuxSession {
  /** the visible screen, as text */
  screen(): string;
  type(text: string): void;
  press(key: string): void;
  /** types `text`, lets the input box take it, and presses Enter */
  submit(text: string): Promise<void>;
  /** polls the screen (and `done`) until `done` is true; returns false at the timeout */
  waitFor(done: (screen: string) => boolean, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Tells Claude Code that onboarding, the API key and the project's trust dialog are done. */
function seedConfig(sandbox: Sandbox, version: string): void {
  fs.mkdirSync(sandbox.configDir, { recursive: true });
  const config = {
    hasCompletedOnboarding: true,
    lastOnboardingVersion: version,
    customApiKeyResponses: { approved: [API_KEY.slice(-20)], rejected: [] },
    projects: { [sandbox.project]: { hasTrustDialogAccepted: true, hasCompletedProjectOnboarding: true } },
  };
  fs.writeFileSync(path.join(sandbox.configDir, '.claude.json'), JSON.stringify(config));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The screen with every run of whitespace as one space: a line the UI wrapped reads whole. */
export const flatScreen = (screen: string): string => screen.replace(/\s+/g, ' ');
let sessions = 0;

export async function startInteractive(
  sandbox: Sandbox,
  apiUrl: string,
  { version, args = [], env = {}, pluginRoot = PLUGIN_ROOT }: { version: string; args?: string[]; env?: Record<string, string>; pluginRoot?: string },
): Promise<TmuxSession> {
  seedConfig(sandbox, version);
  const name = `workflow-e2e-${process.pid}-${++sessions}`;
  const fullEnv = { ...claudeEnv(sandbox, apiUrl), ANTHROPIC_API_KEY: API_KEY, TERM: 'xterm-256color', ...env };
  const command = ['env', ...Object.entries(fullEnv).map(([k, v]) => `${k}=${v}`), claudeBinary(version), '--plugin-dir', pluginRoot, ...args];
  // a server of our own: a developer's tmux and its settings stay out of it
  const tmux = (...rest: string[]) => execFileSync('tmux', ['-L', name, '-f', '/dev/null', ...rest], { encoding: 'utf8' });
  tmux('new-session', '-d', '-s', name, '-x', '160', '-y', '50', '-c', sandbox.project, ...command);
  const session: TmuxSession = {
    screen: () => {
      try {
        return tmux('capture-pane', '-p', '-t', name);
      } catch {
        return '';
      }
    },
    type: (text) => void tmux('send-keys', '-t', name, '-l', text),
    press: (key) => void tmux('send-keys', '-t', name, key),
    async submit(text) {
      session.type(text);
      await sleep(300);
      session.press('Enter');
    },
    async waitFor(done, timeoutMs) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (done(session.screen())) return true;
        await sleep(250);
      }
      return done(session.screen());
    },
    async close() {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
      // Claude Code may still be writing its session files for a moment
      await sleep(500);
    },
  };
  // the input box is drawn once the UI is ready
  await session.waitFor((screen) => /^❯/m.test(screen), 30_000);
  return session;
}

/**
 * Removes a sandbox an interactive Claude Code used: its last writes (session files under
 * .claude/) may still land for a moment after tmux is gone, most of all on a loaded machine, so
 * this retries for a few seconds; a folder still busy after that is left in the temp dir rather
 * than failing a test that passed.
 */
export async function removeInteractiveSandbox(root: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      fs.rmSync(root, { recursive: true, force: true });
      return;
    } catch {
      await sleep(250);
    }
  }
  process.stderr.write(`interactive e2e: ${root} was still being written; left in place\n`);
}
