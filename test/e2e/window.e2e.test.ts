// The context window as Claude Code itself reports it (`modelUsage.<model>.contextWindow` of the
// run's result) against the plugin's own reading, taken the way a user gets it: `status` run
// through Claude's Bash tool inside the session. Then the milestones that follow from it, on the
// default model (1M on every supported release), and with a 300K auto-compact window.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_VERSIONS, CLI_PATH, createSandbox, describeRun, runClaudeConversation, runClaudePrint, type ClaudeRun, type RunOptions, type Sandbox } from './claude-harness.ts';
import { bash, messagesText, sinceLastReply, startStubApi, text, toolResults, type Script, type StubApi, type Usage } from './stub-api.ts';

const E2E_TIMEOUT = 60_000;

let stub: StubApi;
let sandbox: Sandbox;
beforeAll(async () => {
  stub = await startStubApi();
  sandbox = createSandbox();
});
afterAll(async () => {
  await stub.close();
  sandbox.cleanup();
});

function contextUsage(tokens: number): Usage {
  return { input_tokens: 2_000, cache_creation_input_tokens: 3_000, cache_read_input_tokens: tokens - 5_000, output_tokens: 50 };
}

interface PluginReading {
  tokens: number;
  window: number;
  source: string;
  certain: boolean;
  compaction: string;
  autoCompactAt: number | null;
}

/** A model that runs `status --format json` once, then answers; every reply reports `tokens`. */
function statusProbe(tokens: number): Script {
  const usage = contextUsage(tokens);
  return (request) =>
    toolResults(sinceLastReply(request.body)).length > 0
      ? text('Reported.', usage)
      : // the pause lets Claude Code write this reply's line before the command reads the transcript
        bash(`sleep 0.5; node "${CLI_PATH}" status --format json`, usage);
}

function readingOf(): PluginReading | null {
  const output = stub.requests.flatMap((request) => toolResults(request.body)).find((result) => result.text.includes('"context"'));
  if (!output) return null;
  // one pretty-printed document; Claude Code may add its own text to a tool result after it
  const start = output.text.indexOf('{');
  const end = output.text.indexOf('\n}', start) + 2;
  const json = JSON.parse(output.text.slice(start, end)) as { context?: PluginReading };
  return json.context ?? null;
}

function claudeWindow(run: ClaudeRun): number | undefined {
  const models = Object.values(run.result?.modelUsage ?? {});
  return models[0]?.contextWindow;
}

function expectCleanRun(run: ClaudeRun): void {
  expect(run.exitCode, describeRun(run)).toBe(0);
  expect(run.result?.is_error, describeRun(run)).toBe(false);
  expect(stub.errors).toEqual([]);
  for (const hook of run.hooks) expect(hook.stdout, hook.hook_name).not.toMatch(/hook skipped/);
}

interface ModelCase {
  name: string;
  /** how the user chose it: the --model flag, or ANTHROPIC_MODEL (the way a [1m] choice is visible to hooks on every release) */
  args: string[];
  env: Record<string, string>;
}

const MODELS: ModelCase[] = [
  { name: 'the default model', args: [], env: {} },
  { name: 'a native-1M model (claude-sonnet-5)', args: ['--model', 'claude-sonnet-5'], env: {} },
  { name: 'a 200K model (claude-sonnet-4-6)', args: ['--model', 'claude-sonnet-4-6'], env: {} },
  { name: 'a [1m] opt-in (claude-sonnet-4-6[1m])', args: [], env: { ANTHROPIC_MODEL: 'claude-sonnet-4-6[1m]' } },
];
const AUTO_COMPACT_WINDOWS: (string | null)[] = [null, '300000'];

describe.each(CLAUDE_VERSIONS)('on Claude Code %s', (version) => {
  const cases = MODELS.flatMap((model) => AUTO_COMPACT_WINDOWS.map((acw) => [model.name, acw, model] as const));

  it.each(cases)(
    "%s, CLAUDE_CODE_AUTO_COMPACT_WINDOW=%s: the plugin's window is Claude Code's own",
    async (_name, acw, model) => {
      stub.reset(statusProbe(150_000));
      const env = { ...model.env, ...(acw ? { CLAUDE_CODE_AUTO_COMPACT_WINDOW: acw } : {}) };
      const options: RunOptions = { version, args: ['--allowedTools', 'Bash', ...model.args], env };
      const run = await runClaudePrint(sandbox, stub.url, 'How full is the context?', options);
      expectCleanRun(run);
      const expected = claudeWindow(run);
      expect(expected, describeRun(run)).toBeGreaterThan(0);
      const reading = readingOf();
      expect(reading, 'status printed a context reading').not.toBeNull();
      expect(reading?.window).toBe(expected);
      expect(reading?.tokens).toBe(150_000);
      // the point Claude Code compacts at: W − min(max output, 20K) − 13K, W the smaller of the window and the setting
      const budget = Math.min(expected ?? 0, acw ? Number(acw) : Number.POSITIVE_INFINITY);
      if (reading?.compaction === 'auto') expect(reading.autoCompactAt).toBe(budget - 20_000 - 13_000);
      else expect(reading).toMatchObject({ compaction: 'reactive', autoCompactAt: expected });
    },
    E2E_TIMEOUT,
  );

  describe('milestones on the default model', () => {
    let session = '';
    let project: Sandbox;
    beforeAll(() => {
      project = createSandbox();
    });
    afterAll(() => project.cleanup());
    const run = (prompt: string, tokens: number, extra: RunOptions = {}) => {
      stub.reset(worker(tokens));
      const resume = session ? ['--resume', session] : [];
      return runClaudePrint(project, stub.url, prompt, { version, ...extra, args: ['--allowedTools', 'Bash', ...resume, ...(extra.args ?? [])] });
    };

    it(
      'a 160K reply (16 % of 1M) says nothing and saves nothing',
      async () => {
        const first = await run('Build the CSV parser', 160_000);
        expectCleanRun(first);
        session = first.result?.session_id ?? '';
        expect(notices(first)).toEqual([]);
        expect(stub.requests.some((request) => messagesText(request.body).includes('[workflow]'))).toBe(false);
      },
      E2E_TIMEOUT,
    );

    it(
      'an 800K reply suggests /workflow:handoff once, with the 1M figures',
      async () => {
        const second = await run('Go on', 800_000);
        expectCleanRun(second);
        const said = notices(second);
        expect(said).toHaveLength(1);
        expect(said[0]).toMatch(/^workflow: context 80% \(800K of 1M tokens(, window assumed)?\) used; (auto-compact near 967K|Claude Code compacts only when the window is full)\. Save the work with \/workflow:handoff/);
        const third = await run('And on', 810_000);
        expectCleanRun(third);
        expect(notices(third)).toEqual([]);
      },
      E2E_TIMEOUT,
    );
  });

  it(
    'with a 300K auto-compact window the handoff is suggested at 230K, ahead of compaction at 267K',
    async () => {
      stub.reset(worker(230_000));
      const project = createSandbox();
      try {
        const run = await runClaudePrint(project, stub.url, 'Build the CSV parser', {
          version,
          args: ['--allowedTools', 'Bash'],
          env: { CLAUDE_CODE_AUTO_COMPACT_WINDOW: '300000' },
        });
        expectCleanRun(run);
        const said = notices(run);
        expect(said).toHaveLength(1);
        expect(said[0]).toContain('23% (230K of 1M tokens');
        expect(said[0]).toContain('auto-compact near 267K (auto-compact window 300K). Save the work with /workflow:handoff');
      } finally {
        project.cleanup();
      }
    },
    E2E_TIMEOUT,
  );
});

describe.each(CLAUDE_VERSIONS)('on Claude Code %s, autoCompactWindow in the project settings', (version) => {
  // The setting, not the variable: a teammate commits it in .claude/settings.json. Claude Code
  // compacts near 267K; the plugin, reading the same file, speaks before that.
  it(
    'the handoff is suggested at 230K with the setting named, and Claude Code compacts after 280K',
    async () => {
      const project = createSandbox();
      try {
        fs.mkdirSync(path.join(project.project, '.claude'), { recursive: true });
        fs.writeFileSync(path.join(project.project, '.claude', 'settings.json'), JSON.stringify({ autoCompactWindow: 300_000 }));
        // 230K on the first prompt, 280K on the second, and small once compacted (2.1.332 stops a
        // run whose context refills to the limit right after each compaction: "autocompact_thrashing")
        let turn = 0;
        let compacted = false;
        const usage = () => contextUsage(compacted ? 30_000 : turn === 1 ? 230_000 : 280_000);
        stub.reset((request) => {
          if (messagesText(sinceLastReply(request.body)).includes(SUMMARIZATION_PROMPT)) {
            compacted = true;
            return text('Summary: the CSV parser is under way.', contextUsage(20_000));
          }
          if (toolResults(sinceLastReply(request.body)).length > 0) return text('Step done.', usage());
          turn += 1;
          return bash('sleep 0.3; echo working', usage());
        });
        const run = await runClaudeConversation(project, stub.url, ['Build the CSV parser', 'Go on', 'And on'], {
          version,
          args: ['--allowedTools', 'Bash'],
        });
        expectCleanRun(run);
        const said = notices(run);
        expect(said[0]).toContain('23% (230K of 1M tokens');
        expect(said[0]).toContain('auto-compact near 267K (auto-compact window 300K). Save the work with /workflow:handoff');
        const compactions = stub.requests.filter((request) => messagesText(sinceLastReply(request.body)).includes(SUMMARIZATION_PROMPT));
        expect(compactions.length, 'Claude Code compacted on its own').toBeGreaterThanOrEqual(1);
        // not at 230K (below 267K): the conversation it summarised already holds the second prompt
        expect(messagesText(compactions[0]!.body)).toContain('Go on');
      } finally {
        project.cleanup();
      }
    },
    E2E_TIMEOUT * 2,
  );
});

const SUMMARIZATION_PROMPT = 'Your task is to create a detailed summary of the conversation so far';

/** A model at `tokens` of context: a prompt gets one Bash call, its result the final reply. */
function worker(tokens: number): Script {
  const usage = contextUsage(tokens);
  return (request) => (toolResults(sinceLastReply(request.body)).length > 0 ? text('Step done.', usage) : bash('sleep 0.3; echo working', usage));
}

/** The plugin's context notices for the user in a run (Stop and UserPromptSubmit systemMessages). */
function notices(run: ClaudeRun): string[] {
  return run.hooks
    .filter((hook) => hook.stdout.trim().startsWith('{'))
    .map((hook) => (JSON.parse(hook.stdout) as { systemMessage?: string }).systemMessage ?? '')
    .filter((message) => message.startsWith('workflow: context'));
}
