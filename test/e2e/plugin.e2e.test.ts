// The plugin as a user meets it: the real Claude Code CLI loads it with --plugin-dir, runs its
// hooks, expands its slash commands and their `!` commands, and runs the Bash calls of a (stub)
// model. Only the model is fake.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, CLI_PATH, PLUGIN_ROOT, REPO_ROOT, createSandbox, useClaudeVersion, describeRun, git, runClaude, runClaudePrint, transcriptPath, type ClaudeRun, type Sandbox } from './claude-harness.ts';
import { bash, messageStrings, messagesText, startStubApi, text, toolResults, type Script, type StubApi, type ToolResult } from './stub-api.ts';

const E2E_TIMEOUT = 60_000;

const HANDOFF = {
  task: 'Build the CSV parser',
  summary: 'The tokenizer works; quoted fields are next.',
  phase: '2: Implementation',
  accomplishments: ['Wrote the tokenizer'],
  next_steps: ['Handle quoted fields', 'Add the streaming API'],
  decisions: ['Use a state machine because quoting is stateful'],
  blockers: [],
  // quotes, an apostrophe and a dollar sign: the line format passes them through as they are
  notes: ['Run "npm test" with $CSV_FIXTURES set; it\'s slow'],
};

/** The handoff as the `key: value` lines the command asks Claude to write. */
function handoffLines(input: typeof HANDOFF): string[] {
  return [
    `task: ${input.task}`,
    `summary: ${input.summary}`,
    `phase: ${input.phase}`,
    ...input.accomplishments.map((item) => `accomplishment: ${item}`),
    ...input.next_steps.map((item) => `next: ${item}`),
    ...input.decisions.map((item) => `decision: ${item}`),
    ...input.blockers.map((item) => `blocker: ${item}`),
    ...input.notes.map((item) => `note: ${item}`),
  ];
}

let stub: StubApi;
beforeAll(async () => {
  stub = await startStubApi();
});
afterAll(async () => {
  await stub.close();
});

/** The run ended normally, no hook of the plugin failed (they fail open, with a "skipped" message), and the stub script held. */
function expectCleanRun(run: ClaudeRun): void {
  expect(run.exitCode, describeRun(run)).toBe(0);
  expect(run.result?.is_error, describeRun(run)).toBe(false);
  expect(stub.errors).toEqual([]);
  for (const hook of run.hooks) {
    expect(hook.exit_code, `${hook.hook_name}: ${hook.stderr}`).toBe(0);
    expect(hook.stdout, hook.hook_name).not.toMatch(/hook skipped/);
  }
}

/**
 * The Bash command the handoff prompt tells the model to run: its fenced bash block, with the
 * example lines of the heredoc replaced by ours. Reading it from the prompt keeps the test on the
 * command's real text, `${CLAUDE_PLUGIN_ROOT}` as Claude Code substituted it.
 */
function handoffCommandFrom(prompt: string, input: typeof HANDOFF): string {
  const block = /```bash\n([\s\S]*?)\n```/.exec(prompt)?.[1];
  if (!block) throw new Error('the expanded /workflow:handoff prompt has no ```bash block');
  const lines = block.split('\n');
  const start = lines.findIndex((line) => line.includes("<<'WORKFLOW_HANDOFF'"));
  const end = lines.findIndex((line, i) => i > start && line.trim() === 'WORKFLOW_HANDOFF');
  if (start < 0 || end < 0) throw new Error(`no WORKFLOW_HANDOFF heredoc in the handoff command:\n${block}`);
  return [...lines.slice(0, start + 1), ...handoffLines(input), ...lines.slice(end)].join('\n');
}

/** A model that answers the handoff prompt with its Bash command once, then ends its turn. */
const handoffModel =
  (input: typeof HANDOFF): Script =>
  (request) =>
    toolResults(request.body).length > 0 ? text('The handoff is saved.') : bash(handoffCommandFrom(messagesText(request.body), input));

interface SavedState {
  status: string;
  task: { description: string };
  session: { id: string | null; transcript_path: string | null };
  [key: string]: unknown;
}

const workflowFile = (sandbox: Sandbox, id: string, name: string) => path.join(sandbox.project, '.git', 'workflow', id, name);

function readState(sandbox: Sandbox, id: string): SavedState {
  return JSON.parse(fs.readFileSync(workflowFile(sandbox, id, 'state.json'), 'utf8')) as SavedState;
}

function readHistory(sandbox: Sandbox, id: string): { event: string; session_id: string | null }[] {
  const lines = fs.readFileSync(workflowFile(sandbox, id, 'history.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => JSON.parse(line) as { event: string; session_id: string | null });
}

/** Every workflow saved in the sandbox project's store. */
function savedStates(sandbox: Sandbox): SavedState[] {
  const store = path.join(sandbox.project, '.git', 'workflow');
  if (!fs.existsSync(store)) return [];
  return fs
    .readdirSync(store)
    .filter((id) => fs.existsSync(workflowFile(sandbox, id, 'state.json')))
    .map((id) => readState(sandbox, id));
}

const savedTasks = (sandbox: Sandbox): string[] => savedStates(sandbox).map((state) => state.task.description);

/**
 * A model that ends its turn at once, noting the saved state as it is while the session runs
 * (the `!` command has run by the first request; the SessionEnd hook pauses the workflow again
 * once the session is over).
 */
function stateWatchingModel(sandbox: Sandbox, id: string, seen: SavedState[]): Script {
  return () => {
    seen.push(readState(sandbox, id));
    return text('Resuming: next I handle quoted fields.');
  };
}

/** The tool results of the last run: each request repeats the earlier ones, so one per tool call. */
function allToolResults(): ToolResult[] {
  const byId = new Map<string, ToolResult>();
  for (const request of stub.requests) for (const result of toolResults(request.body)) byId.set(result.tool_use_id, result);
  return [...byId.values()];
}

/** The SessionStart context Claude Code put into the first request of the last run, if any. */
function injectedContext(): string | undefined {
  return messageStrings(stub.requests[0]?.body ?? {}).find((s) => s.includes('SessionStart hook additional context'));
}

describe.each(CLAUDE_VERSIONS)('on Claude Code %s', (version) => {
  beforeAll(() => useClaudeVersion(version));

  describe('the plugin loads', () => {
    let sandbox: Sandbox;
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    it(
      'passes `claude plugin validate --strict` (manifest, commands and hooks; and the marketplace)',
      async () => {
        // The manifest path validates the plugin with its commands and hooks; the repo root, which
        // has a marketplace.json, validates that instead.
        for (const target of [path.join(PLUGIN_ROOT, '.claude-plugin', 'plugin.json'), REPO_ROOT]) {
          const run = await runClaude(sandbox, stub.url, ['plugin', 'validate', '--strict', target]);
          expect(run.exitCode, describeRun(run)).toBe(0);
          expect(run.stdout).toContain('Validation passed');
          expect(run.stdout).not.toContain('✘');
        }
      },
      E2E_TIMEOUT,
    );

    it(
      'runs its SessionStart hook in a session of a project without workflows',
      async () => {
        stub.reset(() => text('Hello.'));
        const run = await runClaudePrint(sandbox, stub.url, 'hello');
        expectCleanRun(run);
        expect(run.result?.result).toBe('Hello.');
        expect(run.hooks.map((h) => h.hook_event)).toContain('SessionStart');
        expect(stub.requests.length).toBeGreaterThan(0);
      },
      E2E_TIMEOUT,
    );
    it(
      'installs from its marketplace as the plugin folder alone: no package.json, nothing downloaded, under 3.5 MB; its hooks run',
      async () => {
        // the marketplace as a user adds it: the repository's manifest and the plugin folder
        const market = path.join(sandbox.root, 'market');
        fs.mkdirSync(market);
        fs.cpSync(path.join(REPO_ROOT, '.claude-plugin'), path.join(market, '.claude-plugin'), { recursive: true });
        fs.cpSync(PLUGIN_ROOT, path.join(market, 'plugin'), { recursive: true });
        const settingsFile = path.join(sandbox.configDir, 'settings.json');
        const settings = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : null;
        for (const args of [['plugin', 'marketplace', 'add', market], ['plugin', 'install', 'workflow@workflow']]) {
          const run = await runClaude(sandbox, stub.url, args, { timeoutMs: 120_000 });
          expect(run.exitCode, describeRun(run)).toBe(0);
        }
        const cache = path.join(sandbox.configDir, 'plugins', 'cache', 'workflow', 'workflow');
        const [installedVersion] = fs.readdirSync(cache);
        const installed = path.join(cache, installedVersion ?? '');
        expect(fs.readdirSync(installed).sort()).toEqual(['.claude-plugin', 'bin', 'commands', 'dist', 'hooks', 'skills']);
        const size = (dir: string): number =>
          fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? size(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
        // the guard is against shipping dependencies (the repository copied was 95 MB); each hook
        // event is a bundle of its own beside the CLI's (and resume's and the status line's own
        // entries), about 3.1 MB in all
        expect(size(installed)).toBeLessThan(3.5 * 1024 * 1024);

        // a session without --plugin-dir: the installed copy's hooks run
        stub.reset(() => text('Hello.'));
        const run = await runClaudePrint(sandbox, stub.url, 'hello', { pluginDirs: [] });
        expectCleanRun(run);
        const started = run.hooks.filter((h) => h.hook_event === 'SessionStart');
        expect(started.length, describeRun(run)).toBeGreaterThan(0);
        // the later tests load the plugin with --plugin-dir only
        fs.rmSync(path.join(sandbox.configDir, 'plugins'), { recursive: true, force: true });
        if (settings === null) fs.rmSync(settingsFile, { force: true });
        else fs.writeFileSync(settingsFile, settings);
      },
      E2E_TIMEOUT * 3,
    );

    it(
      "puts its bin/ on the Bash tool's PATH: Claude runs claude-workflow by name, and what it prints runs by name too",
      async () => {
        let calls = 0;
        stub.reset(() => (++calls === 1 ? bash('claude-workflow --version && claude-workflow handoff --task "By name"') : text('Done.')));
        const run = await runClaudePrint(sandbox, stub.url, 'save it', { args: ['--allowedTools', 'Bash(claude-workflow:*)'] });
        expectCleanRun(run);
        const { version: pluginVersion } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
        const output = allToolResults().map((r) => r.text).join('\n');
        expect(output).toContain(`${pluginVersion}\nHandoff saved: by-name-`);
        expect(output).toMatch(/Resume from a terminal: claude-workflow resume by-name-\d{8}-\d{6}/);
      },
      E2E_TIMEOUT,
    );
  });

  // One project through a day: hand off, start a new session, commit, resume. The tests share the
  // sandbox and run in order.
  describe('handoff, new session, resume', () => {
    let sandbox: Sandbox;
    let id = '';

    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    it(
      '/workflow:handoff expands with the CLI path, runs the model\'s Bash call and saves the state',
      async () => {
        stub.reset(handoffModel(HANDOFF));
        // no --allowedTools: the command's own `allowed-tools: Bash(node:*)` must be enough
        const run = await runClaudePrint(sandbox, stub.url, '/workflow:handoff some note');
        expectCleanRun(run);

        const [first] = stub.requests;
        const prompt = first ? messagesText(first.body) : '';
        expect(prompt).toContain('<command-name>/workflow:handoff</command-name>');
        expect(prompt).toContain('Hand off the current work so that a new session can pick it up exactly where we are.');
        expect(prompt).toContain("The user's note for this handoff (may be empty): some note");
        expect(prompt).toContain(`node "${CLI_PATH}" handoff --input - <<'WORKFLOW_HANDOFF'`);
        expect(prompt).not.toContain('${CLAUDE_PLUGIN_ROOT}');
        expect(fs.existsSync(CLI_PATH)).toBe(true);

        // The follow-up request carries the CLI's output as the Bash tool result.
        const results = allToolResults();
        expect(results).toHaveLength(1);
        const output = results[0]?.text ?? '';
        expect(results[0]?.is_error, output).toBe(false);
        id = /Handoff saved: ([a-z0-9-]+)/.exec(output)?.[1] ?? '';
        expect(id, output).toMatch(/^build-the-csv-parser-\d{8}-\d{6}$/);
        expect(output).toContain(`Resume in Claude Code:  /workflow:resume ${id}`);

        const handoffCommit = git(sandbox, 'rev-parse', 'HEAD');
        const state = readState(sandbox, id);
        expect(state).toMatchObject({
          id,
          task: { description: HANDOFF.task },
          summary: HANDOFF.summary,
          next_steps: HANDOFF.next_steps,
          decisions: HANDOFF.decisions,
          notes: HANDOFF.notes,
          git: { branch: 'main', commit: handoffCommit, commit_message: 'Initial commit' },
          project: { path: sandbox.project },
        });
        // The Bash call runs inside the session: CLAUDE_CODE_SESSION_ID names it, and its transcript is found.
        const sessionId = run.result?.session_id ?? '';
        expect(state.session).toEqual({ id: sessionId, transcript_path: transcriptPath(sandbox, sessionId) });
      },
      E2E_TIMEOUT,
    );

    it(
      'a new session gets the saved workflow from the SessionStart hook',
      async () => {
        expect(id, 'needs the handoff test').not.toBe('');
        stub.reset(() => text('Hi.'));
        const run = await runClaudePrint(sandbox, stub.url, 'hello');
        expectCleanRun(run);
        // Claude Code puts a SessionStart hook's additionalContext in the first request under this heading.
        const injected = injectedContext();
        expect(injected, messagesText(stub.requests[0]?.body ?? {})).toBeDefined();
        expect(injected).toContain(id);
        expect(injected).toContain(HANDOFF.task);
        expect(injected).toContain(`/workflow:resume ${id}`);
      },
      E2E_TIMEOUT,
    );

    it(
      'a forked session (--resume --fork-session; SessionStart source "fork" on the current release) gets the summary too',
      async () => {
        expect(id, 'needs the handoff test').not.toBe('');
        stub.reset(() => text('Hi.'));
        const first = await runClaudePrint(sandbox, stub.url, 'hello');
        expectCleanRun(first);
        stub.reset(() => text('Hi again.'));
        const fork = await runClaudePrint(sandbox, stub.url, 'go on', { args: ['--resume', first.result?.session_id ?? '', '--fork-session'] });
        expectCleanRun(fork);
        expect(fork.result?.session_id).not.toBe(first.result?.session_id);
        const injected = injectedContext();
        expect(injected, messagesText(stub.requests[0]?.body ?? {})).toBeDefined();
        expect(injected).toContain(`/workflow:resume ${id}`);
      },
      E2E_TIMEOUT,
    );

    it(
      '/workflow:resume shows the commits since the handoff and makes the workflow active for the session',
      async () => {
        expect(id, 'needs the handoff test').not.toBe('');
        fs.writeFileSync(path.join(sandbox.project, 'parser.js'), 'export const parse = (line) => line.split(",");\n');
        git(sandbox, 'add', 'parser.js');
        git(sandbox, 'commit', '-q', '-m', 'Add the quoted-field parser');

        const seen: SavedState[] = [];
        stub.reset(stateWatchingModel(sandbox, id, seen));
        const run = await runClaudePrint(sandbox, stub.url, '/workflow:resume');
        expectCleanRun(run);
        // The `!` command's output is part of the expanded prompt of the first request.
        const prompt = messagesText(stub.requests[0]?.body ?? {});
        expect(prompt).toContain(`# Resuming workflow ${id}`);
        expect(prompt).toContain(`Task: ${HANDOFF.task}`);
        expect(prompt).toMatch(/## Changes since the handoff\n[\s\S]*Add the quoted-field parser/);
        expect(prompt).toContain('parser.js');
        expect(prompt).not.toContain('${CLAUDE_PLUGIN_ROOT}');
        const sessionId = run.result?.session_id;
        expect(seen[0]).toMatchObject({ status: 'active', session: { id: sessionId } });
        expect(readHistory(sandbox, id)).toContainEqual(expect.objectContaining({ event: 'resume', session_id: sessionId }));
      },
      E2E_TIMEOUT,
    );

    it(
      '/workflow:resume <id> resumes that workflow',
      async () => {
        expect(id, 'needs the handoff test').not.toBe('');
        const seen: SavedState[] = [];
        stub.reset(stateWatchingModel(sandbox, id, seen));
        const run = await runClaudePrint(sandbox, stub.url, `/workflow:resume ${id}`);
        expectCleanRun(run);
        const prompt = messagesText(stub.requests[0]?.body ?? {});
        expect(prompt).toContain(`<command-args>${id}</command-args>`);
        expect(prompt).toContain(`# Resuming workflow ${id}`);
        expect(prompt).toContain('Add the quoted-field parser');
        expect(seen[0]).toMatchObject({ status: 'active', session: { id: run.result?.session_id } });
      },
      E2E_TIMEOUT,
    );

    it.each([
      ['/workflow:list', (_id: string, handle: string) => [/ID +TASK +PHASE +STATUS +AGE/, new RegExp(`${handle} +Build the CSV parser +2 · Implementation +paused`)]],
      ['/workflow:status', (id: string, handle: string) => [new RegExp(`Current workflow: ${id} \\(paused, saved .+\\)`), new RegExp(`Handle: ${handle}`), /Next: +Handle quoted fields/]],
      ['/workflow:log', (_id: string, handle: string) => [/Work log: \d+ entries, newest first/, new RegExp(`resume +\\[[^\\]]+\\] +${handle}`), new RegExp(`handoff +\\[[^\\]]+\\] +${handle}`)]],
    ])(
      '%s puts its table into the prompt before Claude answers',
      async (command, expected) => {
        expect(id, 'needs the handoff test').not.toBe('');
        stub.reset(() => text('Here it is.'));
        const run = await runClaudePrint(sandbox, stub.url, command);
        expectCleanRun(run);
        const prompt = messagesText(stub.requests[0]?.body ?? {});
        // the short handle the tables show for the workflow
        const listed = JSON.parse(execFileSync(process.execPath, [CLI_PATH, 'list', '--format', 'json'], { cwd: sandbox.project, encoding: 'utf8' })) as { workflows: { id: string; handle: string }[] };
        const handle = listed.workflows.find((w) => w.id === id)?.handle ?? '';
        for (const pattern of expected(id, handle)) expect(prompt).toMatch(pattern);
        expect(prompt).not.toContain('${CLAUDE_PLUGIN_ROOT}');
      },
      E2E_TIMEOUT,
    );
  });

  // Two Claude Code behaviours the plugin has to live with, each pinned by a test.
  describe('Claude Code constraints', () => {
    let sandbox: Sandbox;
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    // Claude Code refuses any Bash command in which a `{` is followed by a quote before a `}`
    // ("Contains brace with quote character"), whatever the allowed-tools say: that is why the
    // handoff takes `key: value` lines.
    it(
      // Claude Code alone refuses a Bash command with `{` followed by a quote, even under the command's
      // allowed-tools; the PreToolUse hook approves the plugin's own handoff whatever its (quoted,
      // never expanded) heredoc holds, so a JSON body is saved too. key: value lines stay the format.
      'a JSON heredoc in the handoff command is approved by the PreToolUse hook and saved',
      async () => {
        const jsonModel: Script = (request) => {
          if (toolResults(request.body).length > 0) return text('Refused.');
          const command = handoffCommandFrom(messagesText(request.body), HANDOFF);
          const json = JSON.stringify({ task: 'JSON handoff', next_steps: ['x'] });
          return bash(command.replace(/<<'WORKFLOW_HANDOFF'\n[\s\S]*\nWORKFLOW_HANDOFF/, `<<'WORKFLOW_HANDOFF'\n${json}\nWORKFLOW_HANDOFF`));
        };
        stub.reset(jsonModel);
        const run = await runClaudePrint(sandbox, stub.url, '/workflow:handoff');
        expectCleanRun(run);
        expect(run.result?.permission_denials).toEqual([]);
        expect(savedTasks(sandbox)).toContain('JSON handoff');
      },
      E2E_TIMEOUT,
    );

    // Hooks get CLAUDE_PROJECT_DIR = the directory claude started in; `!` commands and Bash calls
    // get none. The plugin takes the git top level of either, so a session started in a subfolder
    // uses the same store from its hooks and its commands, and finds its transcript by session id.
    it(
      'a session started in a subdirectory gets the workflow its /workflow:handoff saved, with its transcript',
      async () => {
        const sub = path.join(sandbox.project, 'packages', 'core');
        fs.mkdirSync(sub, { recursive: true });
        stub.reset(handoffModel({ ...HANDOFF, task: 'Work from a subdirectory' }));
        expectCleanRun(await runClaudePrint(sandbox, stub.url, '/workflow:handoff', { cwd: sub }));
        const saved = savedStates(sandbox).find((state) => state.task.description === 'Work from a subdirectory');
        expect(saved?.session.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(saved?.session.transcript_path).toMatch(new RegExp(`${saved?.session.id}\\.jsonl$`));
        expect(fs.existsSync(saved?.session.transcript_path ?? '')).toBe(true);
        expect(fs.existsSync(path.join(sub, '.claude'))).toBe(false);

        stub.reset(() => text('Hi.'));
        expectCleanRun(await runClaudePrint(sandbox, stub.url, 'hello', { cwd: sub }));
        expect(injectedContext()).toContain('Work from a subdirectory');
      },
      E2E_TIMEOUT,
    );
  });
});
