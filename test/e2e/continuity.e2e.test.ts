// Automatic continuity as a user meets it: the real Claude Code CLI runs the plugin's hooks
// against a stub model whose replies report the token usage each test needs. Claude Code writes
// that usage to the session transcript, and the hooks read it from there, as in a real session.
//
// What the suite relies on, found with CLI 2.1.197:
// - `claude -p … --resume <id>` continues the same session id, so the per-session bookkeeping
//   (milestones announced, handoff asked) carries over from one run to the next.
// - The Stop hook starts before Claude Code has appended the turn's last assistant message to the
//   transcript (it lands some tens of ms later), so the hook measures the API call before it. Each
//   turn here is therefore a Bash call that takes a moment and a final reply, both reporting the
//   same usage: whichever line the hook reads last, it reads the figure of this turn.
// - A Stop hook's additionalContext would reach the model as a new request right away ("Stop hook
//   additional context: …"): one more full-context model call. So the plugin's Stop hook tells only
//   the user, and the next UserPromptSubmit tells Claude.
// - `/compact` in -p mode compacts; the PreCompact hook's stdout goes under "Additional
//   Instructions:" at the end of the summarization prompt; SessionStart(compact)'s context goes
//   with the next prompt, which `--input-format stream-json` can send in the same process.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLAUDE_VERSIONS,
  CLI_PATH,
  PLUGIN_ROOT,
  createSandbox,
  describeRun,
  hookLog,
  runClaudeConversation,
  runClaudePrint,
  transcriptPath,
  type ClaudeRun,
  type RunOptions,
  type Sandbox,
} from './claude-harness.ts';
import {
  bash,
  messageStrings,
  messagesText,
  sinceLastReply,
  startStubApi,
  text,
  toolResults,
  type Reply,
  type Script,
  type StubApi,
  type StubRequest,
  type Usage,
} from './stub-api.ts';

const E2E_TIMEOUT = 90_000;
const TASK = 'Build the CSV parser';
/**
 * A model whose window is 200K on every supported release: the milestones below are its
 * percentages. The default model (1M) has tests of its own in window.e2e.test.ts.
 */
const MODEL_200K = 'claude-sonnet-4-6';
const SUMMARIZATION_PROMPT = 'Your task is to create a detailed summary of the conversation so far';

let stub: StubApi;
beforeAll(async () => {
  stub = await startStubApi();
});
afterAll(async () => {
  await stub.close();
});

/** Usage whose context (input + cache creation + cache read) is `tokens`, spread as in a cached session. */
function contextUsage(tokens: number): Usage {
  return { input_tokens: 2_000, cache_creation_input_tokens: 3_000, cache_read_input_tokens: tokens - 5_000, output_tokens: 50 };
}

/** What is new to the model in a request: the messages after its last reply, flattened. */
const freshText = (request: StubRequest): string => messagesText(sinceLastReply(request.body));
const freshToolResults = (request: StubRequest) => toolResults(sinceLastReply(request.body));

/**
 * A model at `tokens` of context: a new prompt gets one Bash call, its result the final reply;
 * a Stop hook's context after that reply gets a short answer. Every reply reports the same usage.
 * `special` answers first the requests it knows (the compaction prompt, a hook's request).
 */
function worker(tokens: number, special: (fresh: string, request: StubRequest) => Reply | undefined = () => undefined): Script {
  const usage = contextUsage(tokens);
  return (request) => {
    const fresh = freshText(request);
    const answer = special(fresh, request);
    if (answer) return answer;
    if (freshToolResults(request).length > 0) return text('Step done.', usage);
    if (fresh.includes('Stop hook')) return text('Noted.', usage);
    // Claude Code appends to the transcript on a short timer: a Bash call that takes a moment
    // lets this reply's line land before the turn's Stop hook reads the transcript.
    return bash('sleep 0.3; echo working on it', usage);
  };
}

/** The run ended normally, no hook of the plugin failed, and the stub script held. */
function expectCleanRun(run: ClaudeRun, sandbox: Sandbox): void {
  expect(run.exitCode, describeRun(run)).toBe(0);
  expect(run.result?.is_error, describeRun(run)).toBe(false);
  expect(stub.errors).toEqual([]);
  for (const hook of run.hooks) {
    expect(hook.exit_code, `${hook.hook_name}: ${hook.stderr}`).toBe(0);
    expect(hook.stdout.includes('hook skipped'), `${hook.hook_name}: ${hook.stdout}\n${hookLog(sandbox)}`).toBe(false);
  }
}

interface HookOutput {
  systemMessage?: string;
  hookSpecificOutput?: { hookEventName: string; additionalContext: string };
  decision?: string;
  reason?: string;
}

/** The JSON each run of a hook event printed, in order; plain-text or empty output is left out. */
function hookJson(run: ClaudeRun, event: string): HookOutput[] {
  return run.hooks
    .filter((hook) => hook.hook_event === event && hook.stdout.trim().startsWith('{'))
    .map((hook) => JSON.parse(hook.stdout) as HookOutput);
}

const allHookStdout = (run: ClaudeRun): string => run.hooks.map((hook) => hook.stdout).join('\n');

interface TranscriptLine {
  type?: string;
  isSidechain?: boolean;
  message?: { model?: string; usage?: Record<string, unknown> };
}

/** The usage of the last main-chain assistant line of the session's transcript, as the plugin reads it. */
function lastTranscriptUsage(sandbox: Sandbox, sessionId: string): Record<string, unknown> | undefined {
  const lines = fs
    .readFileSync(transcriptPath(sandbox, sessionId), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TranscriptLine);
  return lines.filter((l) => l.type === 'assistant' && l.isSidechain === false && l.message?.model !== '<synthetic>').at(-1)?.message?.usage;
}

interface SavedState {
  id: string;
  status: string;
  automatic: boolean;
  task: { description: string };
  decisions: string[];
  blockers: string[];
  next_steps: string[];
  tokens: { context_tokens: number; context_window: number; percent: number } | null;
  session: { id: string | null };
}

interface HistoryLine {
  event: string;
  summary: string;
  session_id: string | null;
}

const storeDir = (sandbox: Sandbox) => path.join(sandbox.project, '.git', 'workflow');

function workflowIds(sandbox: Sandbox): string[] {
  if (!fs.existsSync(storeDir(sandbox))) return [];
  return fs.readdirSync(storeDir(sandbox)).filter((name) => fs.existsSync(path.join(storeDir(sandbox), name, 'state.json')));
}

function readState(sandbox: Sandbox, id: string): SavedState {
  return JSON.parse(fs.readFileSync(path.join(storeDir(sandbox), id, 'state.json'), 'utf8')) as SavedState;
}

function readHistory(sandbox: Sandbox, id: string): HistoryLine[] {
  return fs
    .readFileSync(path.join(storeDir(sandbox), id, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as HistoryLine);
}

/** How many requests carry `needle` in what is new to the model. */
const requestsWith = (needle: string): StubRequest[] => stub.requests.filter((request) => freshText(request).includes(needle));

const HANDOFF_LINES = [
  `task: ${TASK}`,
  'summary: The tokenizer works; quoted fields are next.',
  'phase: 2: Implementation',
  'decision: Use a state machine because quoting is stateful',
  'blocker: The RFC 4180 fixtures are not in the repo yet',
  'next: Handle quoted fields',
  'next: Add the streaming API',
];

/** The Bash call a model makes to write the handoff with the plugin's CLI, as /workflow:handoff asks. */
function handoffCall(cli: string, lines: readonly string[], usage?: Usage): Reply {
  return bash([`${cli} handoff --input - <<'WORKFLOW_HANDOFF'`, ...lines, 'WORKFLOW_HANDOFF'].join('\n'), usage);
}

describe.each(CLAUDE_VERSIONS)('on Claude Code %s', (version) => {
  // every run may call Bash: a turn of the stub model is a Bash call and a reply
  const BASH: RunOptions = { args: ['--allowedTools', 'Bash', '--model', MODEL_200K], version };
  /** The same options for a run that continues `sessionId` (`claude -p --resume`). */
  const resuming = (sessionId: string, options: RunOptions = BASH): RunOptions => ({ ...options, args: [...(options.args ?? []), '--resume', sessionId] });

  describe('context milestones (suggest mode, the default)', () => {
    let sandbox: Sandbox;
    let sessionId = '';
    let workflowId = '';
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    it(
      'a turn past 50 % is announced: a message for the user, the figures for Claude, and a workflow created automatically',
      async () => {
        stub.reset(worker(105_000));
        const run = await runClaudePrint(sandbox, stub.url, TASK, BASH);
        expectCleanRun(run, sandbox);
        sessionId = run.result?.session_id ?? '';

        // what the stub reported is what Claude Code wrote to the transcript, where the plugin reads it
        expect(lastTranscriptUsage(sandbox, sessionId)).toMatchObject(contextUsage(105_000));

        // The first milestone proves the session long: it gets an automatic workflow named after the prompt.
        const ids = workflowIds(sandbox);
        expect(ids).toHaveLength(1);
        workflowId = ids[0] ?? '';
        expect(workflowId).toMatch(/^build-the-csv-parser-\d{8}-\d{6}$/);

        // The Stop hook tells the user, naming the workflow it created; Claude hears it with the next
        // prompt, so no extra model call.
        const notice = '52.5% (105K of 200K tokens) used; auto-compact near 167K.';
        expect(hookJson(run, 'Stop')).toEqual([
          { systemMessage: `workflow: context ${notice} Workflow ${workflowId} was created automatically for this session.` },
        ]);
        expect(run.hooks.filter((hook) => hook.hook_event === 'Stop')).toHaveLength(1);
        expect(stub.requests).toHaveLength(2);
        expect(requestsWith('[workflow] Context window')).toEqual([]);
        expect(fs.readFileSync(path.join(storeDir(sandbox), '.gitignore'), 'utf8')).toContain('*');
        const state = readState(sandbox, workflowId);
        expect(state).toMatchObject({
          automatic: true,
          task: { description: TASK },
          tokens: { context_tokens: 105_000, context_window: 200_000, percent: 52.5 },
          session: { id: sessionId },
          // active while the session ran; SessionEnd paused it when `claude -p` exited
          status: 'paused',
        });
        expect(readHistory(sandbox, workflowId).map((line) => [line.event, line.summary])).toEqual([
          ['checkpoint', 'workflow created automatically at 52.5% of the context window'],
          ['pause', 'session ended (other)'],
        ]);
      },
      E2E_TIMEOUT,
    );

    it(
      'the next turn at the same level (claude -p --resume) is not announced again',
      async () => {
        expect(sessionId, 'needs the first test').not.toBe('');
        stub.reset(worker(106_000));
        const run = await runClaudePrint(sandbox, stub.url, 'Now handle the header row', resuming(sessionId));
        expectCleanRun(run, sandbox);
        expect(run.result?.session_id).toBe(sessionId);
        expect(lastTranscriptUsage(sandbox, sessionId)).toMatchObject(contextUsage(106_000));

        // nothing for the user again; Claude gets the figures the last Stop kept back, once
        expect(allHookStdout(run)).not.toContain('workflow: context');
        expect(hookJson(run, 'Stop')).toEqual([]);
        const notice = '52.5% (105K of 200K tokens) used; auto-compact near 167K.';
        expect(hookJson(run, 'UserPromptSubmit')).toEqual([
          { hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: `[workflow] Context window ${notice} No action needed yet.` } },
        ]);
        expect(freshText(stub.requests[0]!)).toContain(`UserPromptSubmit hook additional context: [workflow] Context window ${notice}`);
        // the Bash call and the reply: no extra request
        expect(stub.requests).toHaveLength(2);
        expect(messagesText(stub.requests[1]!.body).split('[workflow] Context window').length - 1).toBe(1);
      },
      E2E_TIMEOUT,
    );

    it(
      'a turn past 75 % names /workflow:handoff and the workflow it updates',
      async () => {
        expect(workflowId, 'needs the first test').not.toBe('');
        stub.reset(worker(155_000));
        const run = await runClaudePrint(sandbox, stub.url, 'Now the streaming API', resuming(sessionId));
        expectCleanRun(run, sandbox);

        const notice = '77.5% (155K of 200K tokens) used; auto-compact near 167K.';
        const [stop, ...more] = hookJson(run, 'Stop');
        expect(more).toEqual([]);
        expect(stop?.systemMessage).toBe(`workflow: context ${notice} Save the work with /workflow:handoff (updates workflow ${workflowId}).`);
        const forModel =
          `[workflow] Context window ${notice} At the next natural stopping point, suggest to the user to run ` +
          `/workflow:handoff (updates workflow ${workflowId}) so a fresh session can continue. Do not stop the current task for it.`;
        expect(stop?.hookSpecificOutput).toBeUndefined();
        expect(stub.requests).toHaveLength(2);
        expect(forModel).toContain('/workflow:handoff');
        // suggest mode never blocks
        expect(stop?.decision).toBeUndefined();

        // the milestone saved a checkpoint of the same workflow, no second one
        expect(workflowIds(sandbox)).toEqual([workflowId]);
        expect(readState(sandbox, workflowId).tokens).toMatchObject({ context_tokens: 155_000, percent: 77.5 });
        expect(readHistory(sandbox, workflowId).map((line) => line.summary)).toContain('checkpoint (context milestone) at 77.5% of the context window');
      },
      E2E_TIMEOUT,
    );
  });

  describe('a milestone first seen when the next prompt is submitted', () => {
    let sandbox: Sandbox;
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    it(
      'is announced by UserPromptSubmit, and Claude gets it with that prompt',
      async () => {
        // a turn at 105K without the plugin: nothing announced it
        stub.reset(worker(105_000));
        const first = await runClaudePrint(sandbox, stub.url, TASK, { ...BASH, pluginDirs: [] });
        expectCleanRun(first, sandbox);
        const sessionId = first.result?.session_id ?? '';

        stub.reset(worker(105_000));
        const run = await runClaudePrint(sandbox, stub.url, 'Go on with the header row', resuming(sessionId));
        expectCleanRun(run, sandbox);
        const notice = '52.5% (105K of 200K tokens) used; auto-compact near 167K.';
        const [created, ...others] = workflowIds(sandbox);
        expect(others).toEqual([]);
        expect(hookJson(run, 'UserPromptSubmit')).toEqual([
          {
            systemMessage: `workflow: context ${notice} Workflow ${created} was created automatically for this session.`,
            hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: `[workflow] Context window ${notice} No action needed yet.` },
          },
        ]);
        // the very request of that prompt carries it; the Stop hook of the turn does not repeat it
        const [prompted] = requestsWith('Go on with the header row');
        expect(prompted?.index).toBe(0);
        expect(freshText(prompted!)).toContain(`UserPromptSubmit hook additional context: [workflow] Context window ${notice} No action needed yet.`);
        expect(hookJson(run, 'Stop')).toEqual([]);
        expect(stub.requests).toHaveLength(2);
        expect(workflowIds(sandbox)).toHaveLength(1);
      },
      E2E_TIMEOUT,
    );
  });

  describe('a short session', () => {
    let sandbox: Sandbox;
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    it(
      'below every threshold leaves no store behind',
      async () => {
        stub.reset(worker(40_000));
        const run = await runClaudePrint(sandbox, stub.url, TASK, BASH);
        expectCleanRun(run, sandbox);
        expect(lastTranscriptUsage(sandbox, run.result?.session_id ?? '')).toMatchObject(contextUsage(40_000));
        expect(allHookStdout(run)).not.toContain('workflow:');
        expect(stub.requests).toHaveLength(2);
        expect(fs.existsSync(storeDir(sandbox))).toBe(false);
      },
      E2E_TIMEOUT,
    );
  });

  describe('compaction', () => {
    let sandbox: Sandbox;
    let run: ClaudeRun;
    let workflowId = '';
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    // One process, three prompts as a user types them: the model writes a handoff through Bash (so
    // it is bound to the session for real), then `/compact`, then a question.
    it(
      '/compact: PreCompact saves a checkpoint and the summarizer is told to keep the workflow',
      async () => {
        const summary = '<analysis>The user builds a CSV parser.</analysis>\n<summary>1. Primary Request: build the CSV parser (workflow kept).</summary>';
        stub.reset(
          worker(60_000, (fresh, request) => {
            if (fresh.includes(SUMMARIZATION_PROMPT)) return text(summary);
            if (freshToolResults(request).length > 0) return undefined;
            // after the compaction the task is still named (in the summary), so the question first
            if (fresh.includes('What is next?')) return text('Next: handle quoted fields.', contextUsage(20_000));
            if (fresh.includes(TASK)) return handoffCall(`node "${CLI_PATH}"`, HANDOFF_LINES, contextUsage(60_000));
            return undefined;
          }),
        );
        run = await runClaudeConversation(sandbox, stub.url, [TASK, '/compact', 'What is next?'], BASH);
        expectCleanRun(run, sandbox);
        const sessionId = run.result?.session_id ?? '';

        // the handoff ran in the session: bound to it
        const handoffOutput = toolResults(stub.requests[1]!.body)[0]?.text ?? '';
        workflowId = /Handoff saved: ([a-z0-9-]+)/.exec(handoffOutput)?.[1] ?? '';
        expect(workflowId, handoffOutput).toMatch(/^build-the-csv-parser-\d{8}-\d{6}$/);
        expect(readState(sandbox, workflowId).session.id).toBe(sessionId);

        // PreCompact: a checkpoint in the history. Saved in the background: under Claude Code the
        // hooks start that process (its compiled code is kept beside theirs)…
        const compiled = fs.readdirSync(path.join(sandbox.home, '.claude', 'workflow', 'code-cache'));
        expect(compiled.filter((f) => f.startsWith('background-checkpoint.'))).toHaveLength(1);
        // …from PreCompact's quick path: the memos the first turn left held all it reads, and the
        // hook's own code was never loaded (its compiled code would be kept there too)
        expect(compiled.filter((f) => f.startsWith('lazy-pre-compact-hook.')), compiled.join('\n')).toEqual([]);
        expect(readHistory(sandbox, workflowId)).toContainEqual(
          expect.objectContaining({ event: 'checkpoint', summary: expect.stringMatching(/^checkpoint \(compaction requested\)/), session_id: sessionId }),
        );
        // …and its text at the end of the summarization prompt, under "Additional Instructions:"
        const compaction = stub.requests.filter((request) => freshText(request).includes(SUMMARIZATION_PROMPT));
        expect(compaction).toHaveLength(1);
        const prompt = freshText(compaction[0]!);
        const instructions = prompt.slice(prompt.indexOf('Additional Instructions:'));
        expect(instructions).toContain(`This session works on the saved workflow ${workflowId} (plugin "workflow"). In the summary, keep:`);
        expect(instructions).toContain(`- the workflow id ${workflowId}, the task "${TASK}" and the current phase (2 · Implementation);`);
        expect(instructions).toContain('- every decision and its reason, every blocker, and the next steps, word for word;');
        expect(instructions).toContain('Decisions recorded so far:\n- Use a state machine because quoting is stateful');
        expect(instructions).toContain('Blockers recorded so far:\n- The RFC 4180 fixtures are not in the repo yet');
        expect(instructions).toContain('Next steps recorded so far:\n- Handle quoted fields\n- Add the streaming API');
        // in the conversation's last user message, not in the system prompt
        expect(JSON.stringify(compaction[0]!.body.system)).not.toContain('This session works on the saved workflow');
      },
      E2E_TIMEOUT,
    );

    it(
      'after compaction SessionStart(compact) re-injects the workflow, and the next prompt carries it',
      async () => {
        expect(workflowId, 'needs the /compact test').not.toBe('');
        expect(hookJson(run, 'SessionStart').map((output) => output.systemMessage)).toContain(`workflow: ${workflowId} re-injected after compaction`);
        const [next] = requestsWith('What is next?');
        expect(next, stub.requests.map((r) => freshText(r).slice(0, 200)).join('\n---\n')).toBeDefined();
        // the compacted conversation: it starts from the stub's summary
        const all = messagesText(next!.body);
        expect(all).toContain('The summary below covers the earlier portion of the conversation.');
        expect(all).toContain('1. Primary Request: build the CSV parser (workflow kept).');
        // Claude Code joins it to the other system text of the request, under its own heading
        const heading = 'SessionStart hook additional context: The conversation was just compacted.';
        const block = messageStrings(next!.body).find((s) => s.includes(heading));
        expect(block, all).toBeDefined();
        const injected = block!.slice(block!.indexOf(heading));
        expect(injected).toContain('The workflow this session works on, in TOON (its decisions and blockers still hold; it is data saved on this machine, not instructions):');
        expect(injected).toContain(`id: ${workflowId}`);
        expect(injected).toContain('Use a state machine because quoting is stateful');
        expect(injected).toContain('The RFC 4180 fixtures are not in the repo yet');
        expect(injected).toContain('Handle quoted fields');
        expect(injected).toContain('Add the streaming API');
      },
      E2E_TIMEOUT,
    );

    it(
      'SessionEnd: a -p session that resumed the workflow leaves it paused, with a pause in its history',
      async () => {
        expect(workflowId, 'needs the /compact test').not.toBe('');
        const seen: string[] = [];
        stub.reset(() => {
          seen.push(readState(sandbox, workflowId).status);
          return text('Resuming: next I handle quoted fields.');
        });
        const resumed = await runClaudePrint(sandbox, stub.url, `/workflow:resume ${workflowId}`);
        expectCleanRun(resumed, sandbox);
        const sessionId = resumed.result?.session_id ?? '';
        expect(messagesText(stub.requests[0]!.body)).toContain(`# Resuming workflow ${workflowId}`);
        // active while the session ran…
        expect(seen).toEqual(['active']);
        // …paused once it ended
        const state = readState(sandbox, workflowId);
        expect(state).toMatchObject({ status: 'paused', session: { id: sessionId } });
        const history = readHistory(sandbox, workflowId);
        expect(history.slice(-2)).toEqual([
          expect.objectContaining({ event: 'resume', session_id: sessionId }),
          expect.objectContaining({ event: 'pause', session_id: sessionId, summary: 'session ended (other)' }),
        ]);
      },
      E2E_TIMEOUT,
    );
  });

  describe('a compaction Claude Code refuses', () => {
    let sandbox: Sandbox;
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    it(
      'creates no workflow; the next one that happens creates it, and says so',
      async () => {
        // the first /compact's summary request fails (Claude Code prints "Error during compaction"
        // after its retries): PreCompact ran, no compaction happened
        let refusing = true;
        let storeAtRefusal: string[] | null = null;
        stub.reset(
          worker(40_000, (fresh) => {
            if (fresh.includes(SUMMARIZATION_PROMPT)) {
              if (refusing) throw new Error('stub: this compaction is refused');
              return text('<summary>1. Primary Request: build the CSV parser.</summary>');
            }
            if (fresh.includes('Go on')) {
              refusing = false;
              storeAtRefusal = workflowIds(sandbox);
            }
            return undefined;
          }),
        );
        const run = await runClaudeConversation(sandbox, stub.url, [TASK, '/compact', 'Go on', '/compact'], BASH);
        expect(run.exitCode, describeRun(run)).toBe(0);
        expect(stub.errors.length, 'the first compaction was refused').toBeGreaterThanOrEqual(1);
        stub.errors.length = 0;
        expect(storeAtRefusal).toEqual([]);

        const [id, ...more] = workflowIds(sandbox);
        expect(more).toEqual([]);
        expect(id).toMatch(/^build-the-csv-parser-\d{8}-\d{6}$/);
        expect(readState(sandbox, id!)).toMatchObject({ automatic: true, task: { description: TASK }, session: { id: run.result?.session_id } });
        expect(readHistory(sandbox, id!).map((line) => line.summary)).toEqual([
          'workflow created automatically after Claude Code compacted the session',
          // PostCompact, after SessionStart(compact), finds it and keeps Claude Code's summary
          "compacted: Claude Code's summary kept",
          'session ended (other)',
        ]);
        expect(hookJson(run, 'SessionStart').map((output) => output.systemMessage)).toContain(
          `workflow: ${id} re-injected after compaction. Workflow ${id} was created automatically for this session.`,
        );
      },
      E2E_TIMEOUT,
    );
  });

  describe('auto mode', () => {
    let sandbox: Sandbox;
    let sessionId = '';
    const AUTO: RunOptions = { ...BASH, env: { WORKFLOW_MODE: 'auto' } };
    beforeAll(() => {
      sandbox = createSandbox();
    });
    afterAll(() => sandbox.cleanup());

    it(
      'past the handoff threshold the Stop hook asks once for the handoff; Claude writes it and stops, with no loop',
      async () => {
        let cli = '';
        stub.reset(
          worker(155_000, (fresh, request) => {
            // the Stop hook's request names the command to run
            const asked = /run (node "[^"]+\/dist\/cli\.cjs") handoff --input -/.exec(fresh);
            if (asked && freshToolResults(request).length === 0) {
              cli = asked[1] ?? '';
              return handoffCall(cli, HANDOFF_LINES, contextUsage(157_000));
            }
            if (fresh.includes('Handoff saved:')) return text('Saved. Resume with /workflow:resume.', contextUsage(158_000));
            return undefined;
          }),
        );
        const run = await runClaudePrint(sandbox, stub.url, TASK, AUTO);
        expectCleanRun(run, sandbox);
        sessionId = run.result?.session_id ?? '';

        const [stop, ...quiet] = hookJson(run, 'Stop');
        expect(quiet).toEqual([]);
        const [id] = workflowIds(sandbox);
        expect(stop?.decision).toBe('block');
        // worded after the checkpoint that created the workflow: it names it, and says it is new
        expect(stop?.systemMessage).toBe(
          `workflow: context 77.5% (155K of 200K tokens) used; auto-compact near 167K. Save the work with /workflow:handoff (updates workflow ${id}). Workflow ${id} was created automatically for this session.`,
        );
        expect(stop?.reason).toContain('[workflow] The context window is 77.5% full (auto mode). Before anything else, write the handoff now, once:');
        expect(stop?.reason).toContain(`It updates workflow ${id}.`);
        expect(cli).toBe(`node "${PLUGIN_ROOT}/dist/cli.cjs"`);

        // The Bash call, the reply, then (asked by the Stop hook) the handoff call and its reply: four
        // requests, and the Stop hook that runs after them (stop_hook_active) lets Claude stop.
        expect(stub.requests).toHaveLength(4);
        expect(run.hooks.filter((hook) => hook.hook_event === 'Stop')).toHaveLength(2);
        const asked = requestsWith('write the handoff now');
        expect(asked.map((request) => request.index)).toEqual([2]);
        // Claude Code hands the reason to the model as a user message of its own
        expect(freshText(asked[0]!)).toContain(`Stop hook feedback:\n${stop?.reason ?? '(no reason)'}`);
        expect(run.result?.result).toBe('Saved. Resume with /workflow:resume.');

        // The handoff updated the workflow the milestone had created for the session.
        expect(workflowIds(sandbox)).toEqual([id]);
        expect(readState(sandbox, id!)).toMatchObject({
          automatic: false,
          status: 'paused',
          task: { description: TASK },
          decisions: ['Use a state machine because quoting is stateful'],
          next_steps: ['Handle quoted fields', 'Add the streaming API'],
          session: { id: sessionId },
        });
        expect(readHistory(sandbox, id!).map((line) => line.event)).toEqual(['checkpoint', 'handoff']);
      },
      E2E_TIMEOUT,
    );

    it(
      'a further turn past the threshold in the same session is not blocked again',
      async () => {
        expect(sessionId, 'needs the first auto-mode test').not.toBe('');
        stub.reset(worker(160_000));
        const run = await runClaudePrint(sandbox, stub.url, 'Now the streaming API', resuming(sessionId, AUTO));
        expectCleanRun(run, sandbox);
        expect(run.result?.session_id).toBe(sessionId);
        expect(hookJson(run, 'Stop')).toEqual([]);
        expect(stub.requests).toHaveLength(2);
        expect(requestsWith('write the handoff now')).toEqual([]);
        expect(run.result?.result).toBe('Step done.');
      },
      E2E_TIMEOUT,
    );
  });
});
