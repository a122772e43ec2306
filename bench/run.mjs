#!/usr/bin/env node
// Hook latency benchmark: the wall time of the whole `node dist/cli.mjs hook <event>` child
// process, as Claude Code pays it on every prompt, stop and compaction, in a real git repository
// of a few thousand files and on transcripts of 1 MB, 100 MB and 1 GB. Each hook run is paired with a
// `node -e 0` run just before it (same env, same cwd, same stdin), so machine noise hits both and
// the ratio to bare node start-up is what the table reports.
//
//   node bench/run.mjs [--runs N] [--quick] [--json] [--files N] [--sizes 1,100] [--keep]
//
// Markdown table on stdout (or one JSON document with --json); progress on stderr.
// Plain Node, no dependencies. Everything lives in a temp dir that is removed at the end.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// what Claude Code installs and runs: the plugin's folder
const PLUGIN = path.join(ROOT, 'plugin');
const CLI = path.join(PLUGIN, 'dist', 'cli.mjs');
const NODE = process.execPath;
const SESSION = 'bench-0f3c2a9e-5b1d-4c57-9e0a-7d2b6c1f4e88';
const MiB = 1024 * 1024;
const WINDOW = 200_000;
/** the newest usage line says 30 % of the window: below every milestone (50/75/90 %) */
const FINAL_CONTEXT_TOKENS = 60_000;

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(argv) {
  const options = { runs: 15, json: false, files: 3000, keep: false, quick: false, sizes: [1, 100, 1024] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--runs' || arg.startsWith('--runs=')) options.runs = positiveInt(arg, value());
    else if (arg === '--files' || arg.startsWith('--files=')) options.files = positiveInt(arg, value());
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) options.sizes = value().split(',').map((v) => positiveInt('--sizes', v.trim()));
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        [
          'usage: node bench/run.mjs [--runs N] [--quick] [--json] [--files N] [--sizes 1,100] [--keep]',
          '  --runs N    timed runs per scenario, each paired with a `node -e 0` run (default 15)',
          '  --quick     5 runs per scenario (unless --runs is given)',
          '  --json      one JSON document on stdout instead of the Markdown table',
          '  --files N   files committed in the benchmark repository (default 3000)',
          '  --sizes A,B transcript sizes in MB (default 1,100,1024)',
          '  --keep      keep the temp dir (repo, transcripts, store) and print its path',
          '',
        ].join('\n'),
      );
      process.exit(0);
    } else fail(`unknown option ${arg} (try --help)`);
  }
  if (options.quick && !argv.some((a) => a === '--runs' || a.startsWith('--runs='))) options.runs = 5;
  return options;
}

function positiveInt(name, raw) {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) fail(`${name} ${raw}: expected a positive integer`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Diagnostics, failure, cleanup

const started = process.hrtime.bigint();
let tempDir = null;
let keepTemp = false;

function elapsed() {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function log(message) {
  process.stderr.write(`[bench ${elapsed().toFixed(1).padStart(5)}s] ${message}\n`);
}

class BenchError extends Error {}

function fail(message) {
  throw new BenchError(message);
}

function cleanup() {
  if (!tempDir) return;
  if (keepTemp) {
    process.stderr.write(`bench: kept ${tempDir}\n`);
  } else {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
  tempDir = null;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// Child processes

/** The environment every child gets: no CLAUDE_, WORKFLOW_ or GIT_ variables leaking in from the caller's shell. */
function baseEnv(home) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('CLAUDE_') || key.startsWith('WORKFLOW_') || key.startsWith('GIT_') || key === 'NODE_OPTIONS') continue;
    if (key === 'DEBUG') continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home, // no user config (~/.claude/workflow.json, ~/.gitconfig) from the machine running this
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  };
}

function run(command, args, { cwd, env, input = '' }) {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 64 * MiB });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.error) fail(`could not run ${command} ${args.join(' ')}: ${result.error.message}`);
  return { ms, status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function git(repo, env, ...args) {
  const r = run('git', args, { cwd: repo, env });
  if (r.status !== 0) fail(`git ${args.join(' ')} failed in ${repo} (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------
// Setup: repository, saved workflow, transcripts

function makeRepo(repo, env, fileCount) {
  fs.mkdirSync(repo, { recursive: true });
  const files = [];
  // src/pkgNN/modMM/fileKKK.ts: ~30 files per leaf dir, ~10 leaf dirs per package
  for (let i = 0; i < fileCount; i++) {
    const pkg = Math.floor(i / 300);
    const mod = Math.floor((i % 300) / 30);
    const rel = path.join('src', `pkg${String(pkg).padStart(2, '0')}`, `mod${mod}`, `file${String(i).padStart(4, '0')}.ts`);
    files.push(rel);
  }
  const body = (i) =>
    `// generated module ${i}\n` +
    Array.from({ length: 24 }, (_, k) => `export function f${i}_${k}(x: number): number {\n  return x * ${k} + ${i};\n}\n`).join('');
  for (let i = 0; i < files.length; i++) {
    const file = path.join(repo, files[i]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body(i));
  }
  fs.writeFileSync(path.join(repo, 'README.md'), '# bench repository\n');
  fs.writeFileSync(path.join(repo, 'package.json'), '{ "name": "bench-repo", "private": true }\n');
  git(repo, env, '-c', 'init.defaultBranch=main', 'init', '-q');
  git(repo, env, 'add', '-A');
  git(repo, env, 'commit', '-q', '-m', 'Initial import of the generated sources');
  // a second commit, so HEAD has history
  fs.appendFileSync(path.join(repo, 'README.md'), '\nMore text.\n');
  git(repo, env, 'commit', '-q', '-am', 'Document the repository');
  // work in flight: modified, staged and untracked files
  for (const rel of files.slice(0, 5)) fs.appendFileSync(path.join(repo, rel), '\n// edited during the session\n');
  fs.appendFileSync(path.join(repo, files[10]), '\n// staged change\n');
  git(repo, env, 'add', files[10]);
  for (let k = 0; k < 3; k++) fs.writeFileSync(path.join(repo, 'src', `new-${k}.ts`), `export const fresh${k} = ${k};\n`);
  return files;
}

function saveWorkflow(repo, env) {
  const args = [
    CLI, 'handoff', '--dir', repo, '--format', 'json',
    '--task', 'Migrate the billing module to the new invoice API',
    '--summary', 'Half of the invoice endpoints call the new client; the old adapter is still wired for refunds.',
    '--phase', '2: Implementation',
    '--accomplishment', 'New invoice client with retries and typed errors',
    '--accomplishment', 'Invoices list and detail endpoints migrated',
    '--next', 'Migrate the refund endpoint',
    '--next', 'Delete the old adapter and its tests',
    '--decision', 'Keep the old adapter behind a flag until refunds are migrated',
    '--blocker', 'Sandbox credentials for the refund API are pending',
  ];
  const r = run(NODE, args, { cwd: repo, env: { ...env, CLAUDE_CODE_SESSION_ID: SESSION } });
  if (r.status !== 0) fail(`handoff failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
  let out;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    fail(`handoff --format json did not print one JSON document:\n${r.stdout}`);
  }
  if (!out.id || !fs.existsSync(out.path)) fail(`handoff printed no id or a path that does not exist:\n${r.stdout}`);
  if (out.state?.session?.id !== SESSION) fail(`handoff did not record the session id ${SESSION} (got ${JSON.stringify(out.state?.session)})`);
  return { id: out.id, statePath: out.path };
}

/** About 1 MiB of realistic transcript lines: prompts, replies with usage, tool calls and results. */
function transcriptBlock(repo, files) {
  const lines = [];
  let bytes = 0;
  let turn = 0;
  let parent = null;
  const push = (entry) => {
    const uuid = `00000000-0000-4000-8000-${String(lines.length).padStart(12, '0')}`;
    const line = JSON.stringify({
      parentUuid: parent,
      isSidechain: false,
      userType: 'external',
      cwd: repo,
      sessionId: SESSION,
      version: '2.1.197',
      gitBranch: 'main',
      ...entry,
      uuid,
      timestamp: new Date(Date.UTC(2025, 0, 1, 9, 0, lines.length)).toISOString(),
    });
    parent = uuid;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  };
  const assistant = (content, tokens) =>
    push({
      type: 'assistant',
      requestId: `req_${turn}`,
      message: {
        id: `msg_${turn}_${lines.length}`,
        type: 'message',
        role: 'assistant',
        model: 'claude-opus-4-5-20251101',
        content,
        stop_reason: content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
        usage: {
          input_tokens: 4,
          cache_creation_input_tokens: 800 + (turn % 7) * 150,
          cache_read_input_tokens: tokens,
          output_tokens: 120 + (turn % 11) * 40,
        },
      },
    });
  const toolResult = (id, content, toolUseResult) =>
    push({ type: 'user', message: { role: 'user', content: [{ tool_use_id: id, type: 'tool_result', content }] }, toolUseResult });
  const code = (n) => Array.from({ length: n }, (_, k) => `${String(k + 1).padStart(6)}\texport function g${k}(x: number) { return x + ${k}; }`).join('\n');

  while (bytes < MiB) {
    const file = path.join(repo, files[(turn * 7) % files.length]);
    const tokens = 20_000 + ((turn * 997) % 35_000); // 10–27 % of the window
    push({ type: 'user', message: { role: 'user', content: `Step ${turn}: refactor ${path.basename(file)} so the helpers take a config object, and keep the tests green.` } });
    assistant([{ type: 'text', text: `I'll read ${path.basename(file)} first.` }, { type: 'tool_use', id: `toolu_r${turn}`, name: 'Read', input: { file_path: file } }], tokens);
    toolResult(`toolu_r${turn}`, code(60 + (turn % 5) * 20), { type: 'text', file: { filePath: file, numLines: 80, startLine: 1, totalLines: 80 } });
    assistant(
      [
        { type: 'text', text: 'Updating the helpers now.' },
        { type: 'tool_use', id: `toolu_e${turn}`, name: 'Edit', input: { file_path: file, old_string: `return x * ${turn % 24} + `, new_string: `return cfg.scale * x * ${turn % 24} + ` } },
      ],
      tokens + 900,
    );
    toolResult(`toolu_e${turn}`, `The file ${file} has been updated. Here's the result of running \`cat -n\` on a snippet of the edited file:\n${code(12)}`, {
      filePath: file,
      oldString: `return x * ${turn % 24} + `,
      newString: `return cfg.scale * x * ${turn % 24} + `,
    });
    if (turn % 4 === 0) {
      const created = path.join(repo, 'src', `generated-${turn % 40}.ts`);
      assistant([{ type: 'tool_use', id: `toolu_w${turn}`, name: 'Write', input: { file_path: created, content: code(30) } }], tokens + 1500);
      toolResult(`toolu_w${turn}`, `File created successfully at: ${created}`, { type: 'create', filePath: created });
    }
    if (turn % 5 === 0) {
      const todos = [
        { content: 'Migrate the invoice endpoints', status: 'completed', activeForm: 'Migrating the invoice endpoints' },
        { content: `Refactor helpers, step ${turn}`, status: 'in_progress', activeForm: `Refactoring helpers, step ${turn}` },
        { content: 'Migrate the refund endpoint', status: 'pending', activeForm: 'Migrating the refund endpoint' },
      ];
      assistant([{ type: 'tool_use', id: `toolu_t${turn}`, name: 'TodoWrite', input: { todos } }], tokens + 1700);
      toolResult(`toolu_t${turn}`, 'Todos have been modified successfully. Ensure that you continue to use the todo list to track your progress.', { oldTodos: [], newTodos: todos });
    }
    assistant([{ type: 'tool_use', id: `toolu_b${turn}`, name: 'Bash', input: { command: 'npm test -- --run', description: 'Run the tests' } }], tokens + 2000);
    toolResult(`toolu_b${turn}`, `> vitest run\n\n${Array.from({ length: 40 }, (_, k) => ` ✓ test/unit/file${k}.test.ts (${k + 3} tests) ${k * 7} ms`).join('\n')}\n\n Test Files  40 passed (40)\n      Tests  520 passed (520)`, {
      stdout: '…',
      stderr: '',
      interrupted: false,
    });
    assistant([{ type: 'text', text: `Step ${turn} is done: the helpers take a config object and all 520 tests pass.` }], tokens + 2600);
    turn++;
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

function finalLines(repo, n) {
  const prompt = JSON.stringify({
    parentUuid: null, isSidechain: false, userType: 'external', cwd: repo, sessionId: SESSION, version: '2.1.197', gitBranch: 'main',
    type: 'user', message: { role: 'user', content: `Now run the linter on the billing module (${n}).` },
    uuid: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`, timestamp: new Date().toISOString(),
  });
  const reply = JSON.stringify({
    parentUuid: null, isSidechain: false, userType: 'external', cwd: repo, sessionId: SESSION, version: '2.1.197', gitBranch: 'main',
    type: 'assistant', requestId: `req_final_${n}`,
    message: {
      id: `msg_final_${n}`, type: 'message', role: 'assistant', model: 'claude-opus-4-5-20251101',
      content: [{ type: 'text', text: 'The linter reports no problems in the billing module.' }], stop_reason: 'end_turn',
      usage: { input_tokens: 4, cache_creation_input_tokens: 1996, cache_read_input_tokens: FINAL_CONTEXT_TOKENS - 2000, output_tokens: 42 },
    },
    uuid: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`, timestamp: new Date().toISOString(),
  });
  return `${prompt}\n${reply}\n`;
}

function writeTranscript(file, block, targetBytes, repo) {
  const fd = fs.openSync(file, 'w');
  try {
    const copies = Math.max(1, Math.round(targetBytes / block.length));
    for (let i = 0; i < copies; i++) fs.writeSync(fd, block);
    fs.writeSync(fd, finalLines(repo, 0));
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(file).size;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

function hookInput(event, repo, transcript, extra) {
  return JSON.stringify({ session_id: SESSION, transcript_path: transcript, cwd: repo, hook_event_name: event, ...extra });
}

function readState(statePath) {
  return JSON.parse(fs.readFileSync(statePath, 'utf8'));
}

/** Every file under the session runtime dir and its contents: the fast path must leave it alone. */
function snapshotDir(dir) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${path.relative(dir, p)}\n${fs.readFileSync(p, 'utf8')}`);
    }
  };
  walk(dir);
  return out.sort().join('\n\0\n');
}

function parseJsonOutput(stdout, what) {
  const text = stdout.trim();
  if (!text.startsWith('{')) return `${what}: expected a JSON object on stdout, got ${text ? JSON.stringify(text.slice(0, 300)) : 'nothing'}`;
  try {
    return JSON.parse(text);
  } catch (error) {
    return `${what}: stdout is not valid JSON (${error.message})`;
  }
}

function buildScenarios(ctx, transcripts) {
  const scenarios = [];
  const { repo, workflow, env, temp } = ctx;
  for (const t of transcripts) {
    const common = (name) => {
      const runtimeDir = path.join(temp, 'runtime', `${name}-${t.label.replace(/\W+/g, '')}`);
      return {
        env: { ...env, WORKFLOW_RUNTIME_DIR: runtimeDir, WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: '100000' },
        runtimeDir,
        transcript: t,
      };
    };
    const expectNoSave = (before, label) => {
      const now = readState(workflow.statePath).updated_at;
      return now === before ? null : `${label}: the workflow was saved (updated_at ${before} → ${now}) although no checkpoint was due`;
    };
    const expectSaved = (runStartIso) => {
      const updated = readState(workflow.statePath).updated_at;
      return updated >= runStartIso ? null : `no checkpoint was saved: state.json updated_at is ${updated}, the run started at ${runStartIso}`;
    };

    // (a) fast path: nothing crossed (30 % of the window), no checkpoint due (interval not elapsed)
    for (const [event, name, extra] of [
      ['UserPromptSubmit', 'user-prompt-submit', { prompt: 'Now run the linter on the billing module and fix what it finds.' }],
      ['Stop', 'stop', { stop_hook_active: false, last_assistant_message: 'The linter reports no problems.' }],
    ]) {
      const s = {
        ...common(`${name}-fast`),
        title: `${event} — fast path`,
        event: name,
        input: hookInput(event, repo, t.path, extra),
        // Stop's first run has no last checkpoint and saves one; from then on the interval is not due.
        // UserPromptSubmit never saves on the interval (a prompt must not wait): it records nothing.
        warmups: 1,
        before() {
          return { state: readState(workflow.statePath).updated_at, runtime: s.runtimeSnapshot ?? null };
        },
        afterWarmup() {
          s.runtimeSnapshot = snapshotDir(s.runtimeDir);
          if (!s.runtimeSnapshot && event === 'Stop') return `${event}: the first run recorded nothing under WORKFLOW_RUNTIME_DIR=${s.runtimeDir}; the fast path cannot be told from a checkpoint`;
          return null;
        },
        verify(r, before) {
          if (r.stdout.trim() !== '') return `${event} fast path: expected no output (nothing crossed at 30 % of the window), got ${JSON.stringify(r.stdout.slice(0, 300))}`;
          if (before.runtime !== null && snapshotDir(s.runtimeDir) !== before.runtime) return `${event} fast path: the hook wrote to the session runtime dir, so this was not the fast path`;
          return before.runtime === null ? null : expectNoSave(before.state, `${event} fast path`);
        },
      };
      scenarios.push(s);
    }

    // (b) Stop with a checkpoint due: interval 0 and the transcript grows before every run
    {
      const s = {
        ...common('stop-checkpoint'),
        title: 'Stop — checkpoint due',
        event: 'stop',
        input: hookInput('Stop', repo, t.path, { stop_hook_active: false }),
        warmups: 1,
        grow: 0,
        before() {
          fs.appendFileSync(t.path, finalLines(repo, ++s.grow + 1000 * transcripts.indexOf(t)));
          return { start: new Date(Date.now() - 5).toISOString() };
        },
        verify(r, before) {
          if (r.stdout.trim() !== '') return `Stop checkpoint: expected no output (nothing crossed), got ${JSON.stringify(r.stdout.slice(0, 300))}`;
          return expectSaved(before.start);
        },
      };
      s.env.WORKFLOW_CHECKPOINT_INTERVAL_MINUTES = '0';
      scenarios.push(s);
    }

    // (b2) Stop in a session that has no workflow yet, a checkpoint due: only the session capture
    // moves on, reading what was appended since its last run (the transcript grows before each)
    {
      const session = `${SESSION}-capture`;
      const s = {
        ...common('stop-capture'),
        title: 'Stop — session capture only (no workflow yet)',
        event: 'stop',
        input: JSON.stringify({ session_id: session, transcript_path: t.path, cwd: repo, hook_event_name: 'Stop', stop_hook_active: false }),
        warmups: 1,
        grow: 0,
        before() {
          fs.appendFileSync(t.path, finalLines(repo, 500_000 + ++s.grow + 1000 * transcripts.indexOf(t)));
          return {};
        },
        verify(r) {
          if (r.stdout.trim() !== '') return `Stop capture: expected no output (nothing crossed), got ${JSON.stringify(r.stdout.slice(0, 300))}`;
          const file = path.join(s.runtimeDir, 'sessions', `${session}.capture.json`);
          let cursor;
          try {
            cursor = JSON.parse(fs.readFileSync(file, 'utf8')).cursors?.[t.path]?.offset;
          } catch (error) {
            return `Stop capture: no readable ${file} (${error.message})`;
          }
          const size = fs.statSync(t.path).size;
          return cursor === size ? null : `Stop capture: the cursor is at ${cursor}, the transcript has ${size} bytes`;
        },
      };
      s.env.WORKFLOW_CHECKPOINT_INTERVAL_MINUTES = '0';
      scenarios.push(s);
    }

    // (c) SessionStart: startup injects the paused workflow; compact re-injects the session's one
    for (const source of ['startup', 'compact']) {
      scenarios.push({
        ...common(`session-start-${source}`),
        title: `SessionStart (${source})`,
        event: 'session-start',
        input: hookInput('SessionStart', repo, t.path, { source, model: 'claude-opus-4-5-20251101' }),
        warmups: 1,
        verify(r) {
          const out = parseJsonOutput(r.stdout, `SessionStart ${source}`);
          if (typeof out === 'string') return out;
          const extra = out.hookSpecificOutput;
          if (extra?.hookEventName !== 'SessionStart' || typeof extra.additionalContext !== 'string') {
            return `SessionStart ${source}: no hookSpecificOutput.additionalContext for SessionStart in ${JSON.stringify(out).slice(0, 300)}`;
          }
          if (!extra.additionalContext.includes(workflow.id) && !extra.additionalContext.includes('invoice API')) {
            return `SessionStart ${source}: the injected context names neither the workflow ${workflow.id} nor its task`;
          }
          if (/skipped/.test(out.systemMessage ?? '')) return `SessionStart ${source}: ${out.systemMessage}`;
          return null;
        },
      });
    }

    // (d) PreCompact: always saves a checkpoint, prints instructions for the summarizer
    scenarios.push({
      ...common('pre-compact'),
      title: 'PreCompact (auto)',
      event: 'pre-compact',
      input: hookInput('PreCompact', repo, t.path, { trigger: 'auto', custom_instructions: null }),
      warmups: 1,
      before() {
        return { start: new Date(Date.now() - 5).toISOString() };
      },
      verify(r, before) {
        const text = r.stdout.trim();
        if (text.startsWith('{')) return `PreCompact: expected plain-text summarizer instructions, got JSON ${text.slice(0, 300)}`;
        if (!text.includes(workflow.id)) return `PreCompact: the summarizer instructions do not name the workflow ${workflow.id}: ${JSON.stringify(text.slice(0, 300))}`;
        return expectSaved(before.start);
      },
    });

    // PreToolUse (Bash): every Bash call pays the shell gate; only the plugin's handoff starts Node
    if (transcripts.indexOf(t) === 0) {
      const gate = { command: ['sh', [path.join(PLUGIN, 'hooks', 'pre-tool-use.sh')]], warmups: 1 };
      const bashInput = (command) => hookInput('PreToolUse', repo, t.path, { tool_name: 'Bash', tool_input: { command } });
      scenarios.push({
        ...common('pre-tool-use-other'),
        ...gate,
        title: 'PreToolUse — any other Bash call',
        event: 'pre-tool-use',
        input: bashInput('npm test -- --run billing'),
        verify(r) {
          return r.stdout.trim() === '' ? null : `PreToolUse (other command): expected no decision, got ${JSON.stringify(r.stdout.slice(0, 300))}`;
        },
      });
      const handoff = `node "${PLUGIN}/dist/cli.mjs" handoff --input - <<'WORKFLOW_HANDOFF'\ntask: Bench the hooks\nWORKFLOW_HANDOFF`;
      const approve = {
        ...common('pre-tool-use-handoff'),
        ...gate,
        title: 'PreToolUse — the plugin\'s handoff',
        event: 'pre-tool-use',
        input: bashInput(handoff),
        verify(r) {
          return /"permissionDecision":\s*"allow"/.test(r.stdout) ? null : `PreToolUse (handoff): expected an allow decision, got ${JSON.stringify(r.stdout.slice(0, 300))}`;
        },
      };
      approve.env.CLAUDE_PLUGIN_ROOT = PLUGIN;
      scenarios.push(approve);
    }

    // SessionEnd (not asked for, but Claude Code kills it after 1.5 s): the workflow is already paused
    scenarios.push({
      ...common('session-end'),
      title: 'SessionEnd',
      event: 'session-end',
      input: hookInput('SessionEnd', repo, t.path, { reason: 'other' }),
      warmups: 1,
      verify(r) {
        return r.stdout.trim() === '' ? null : `SessionEnd: expected no output, got ${JSON.stringify(r.stdout.slice(0, 300))}`;
      },
    });
  }
  return scenarios;
}

// ---------------------------------------------------------------------------------------------
// Measuring

function quantile(sorted, q) {
  // nearest rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), min: sorted[0], max: sorted.at(-1) };
}

function runHook(ctx, s, phase) {
  const before = s.before ? s.before() : {};
  const [command, args] = s.command ?? [NODE, [CLI, 'hook', s.event]];
  const r = run(command, args, { cwd: ctx.repo, env: s.env, input: s.input });
  const problems = [];
  if (r.status !== 0) problems.push(`exit ${r.status}${r.signal ? ` (signal ${r.signal})` : ''}, expected 0`);
  if (/\bhook skipped \(|internal error/.test(r.stdout + r.stderr)) problems.push('the hook failed open (it printed "hook skipped (…)" or "internal error")');
  if (fs.existsSync(ctx.hookLog)) problems.push(`the hook logged a problem in ${ctx.hookLog}:\n${fs.readFileSync(ctx.hookLog, 'utf8')}`);
  if (problems.length === 0) {
    const wrong = s.verify(r, before);
    if (wrong) problems.push(wrong);
  }
  if (problems.length > 0) {
    fail(
      [
        `${s.title} on the ${s.transcript.label} transcript failed during the ${phase}; a benchmark of a failing hook is worthless.`,
        ...problems.map((p) => `  - ${p}`),
        `  command: ${[command, ...args].join(' ')}   (cwd ${ctx.repo})`,
        `  stdin:   ${s.input}`,
        `  stdout:  ${JSON.stringify(r.stdout.slice(0, 1000))}`,
        `  stderr:  ${JSON.stringify(r.stderr.slice(0, 1000))}`,
      ].join('\n'),
    );
  }
  return r.ms;
}

function runBaseline(ctx, s) {
  const r = run(NODE, ['-e', '0'], { cwd: ctx.repo, env: s.env, input: s.input });
  if (r.status !== 0) fail(`node -e 0 exited ${r.status}: ${r.stderr}`);
  return r.ms;
}

// ---------------------------------------------------------------------------------------------
// Output

function machine() {
  const cpus = os.cpus();
  const gitVersion = spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout?.trim().replace(/^git version /, '') ?? 'unknown';
  return {
    node: process.version,
    cpu: cpus[0]?.model?.trim() || 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    git: gitVersion,
    load_average: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function markdown(report) {
  const m = report.machine;
  const lines = [
    `| Scenario | Transcript | Median ms | p90 ms | × \`node -e 0\` |`,
    `|---|---:|---:|---:|---:|`,
    ...report.results.map((r) => `| ${r.scenario} | ${r.transcript} | ${fmt(r.median_ms)} | ${fmt(r.p90_ms)} | ${r.ratio.toFixed(2)} |`),
    '',
    `Baseline \`node -e 0\`: median ${fmt(report.baseline.median_ms)} ms, p90 ${fmt(report.baseline.p90_ms)} ms ` +
      `(${report.baseline.samples} runs, each just before a hook run, interleaved with all rows; ratios are row median / this median).`,
    `${report.runs} timed runs per row after ${report.warmups} warm-up; repository of ${report.repo.tracked_files} tracked files ` +
      `(${report.repo.modified} modified, ${report.repo.staged} staged, ${report.repo.untracked} untracked); ` +
      `the newest usage line is at ${Math.round((FINAL_CONTEXT_TOKENS / WINDOW) * 100)} % of a ${WINDOW / 1000}K window.`,
    `Machine: Node ${m.node}, ${m.cpu}, ${m.cores} cores, ${m.platform}, git ${m.git}; load average ${report.load_at_start[0]} at start, ${m.load_average[0]} at the end. Benchmark took ${report.total_seconds.toFixed(0)} s.`,
  ];
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Main

function newestMtime(dir, filter) {
  let newest = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (filter(p)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(dir);
  return newest;
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  keepTemp = options.keep;
  if (!fs.existsSync(CLI)) fail(`${CLI} does not exist: run \`npm run build\` first`);
  const distTime = newestMtime(path.join(PLUGIN, 'dist'), () => true);
  const srcTime = newestMtime(path.join(ROOT, 'scripts'), (p) => p.endsWith('.ts'));
  if (srcTime > distTime) log('warning: scripts/ has changes newer than plugin/dist/; run `npm run build` to measure them');

  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (loadAtStart[0] > cores / 2) log(`warning: load average ${loadAtStart[0]} on ${cores} cores; other work will show up as noise in the timings`);
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-bench-'));
  const home = path.join(tempDir, 'home');
  fs.mkdirSync(home);
  const logDir = path.join(tempDir, 'logs');
  const env = { ...baseEnv(home), WORKFLOW_LOG_DIR: logDir, CLAUDE_PLUGIN_ROOT: PLUGIN };
  const repo = path.join(tempDir, 'repo');
  env.CLAUDE_PROJECT_DIR = repo;

  log(`temp dir ${tempDir}`);
  const files = makeRepo(repo, env, options.files);
  const porcelain = git(repo, env, 'status', '--porcelain').split('\n').filter(Boolean);
  const repoInfo = {
    tracked_files: git(repo, env, 'ls-files').split('\n').filter(Boolean).length,
    modified: porcelain.filter((l) => l[1] === 'M').length,
    staged: porcelain.filter((l) => l[0] === 'M' || l[0] === 'A').length,
    untracked: porcelain.filter((l) => l.startsWith('??')).length,
  };
  log(`repository: ${repoInfo.tracked_files} tracked files, ${porcelain.length} entries in git status`);

  const workflow = saveWorkflow(repo, env);
  log(`saved workflow ${workflow.id}`);

  const block = transcriptBlock(repo, files);
  const transcriptDir = path.join(tempDir, 'transcripts');
  fs.mkdirSync(transcriptDir);
  const transcripts = [...new Set(options.sizes)].sort((a, b) => a - b).map((mb) => ({ label: mb % 1024 === 0 ? `${mb / 1024} GB` : `${mb} MB`, bytes: mb * MiB })).map((t) => {
    const file = path.join(transcriptDir, `${SESSION}-${t.bytes / MiB}mb.jsonl`);
    const size = writeTranscript(file, block, t.bytes, repo);
    log(`transcript ${t.label}: ${(size / MiB).toFixed(1)} MiB, ${block.toString().split('\n').length - 1} lines per 1 MiB block`);
    return { ...t, path: file, size };
  });

  const ctx = { repo, workflow, env, temp: tempDir, hookLog: path.join(logDir, 'hooks.log') };
  const scenarios = buildScenarios(ctx, transcripts);

  log(`warm-up: one run of each of ${scenarios.length} scenarios (checked like the timed ones)`);
  for (const s of scenarios) {
    for (let i = 0; i < s.warmups; i++) {
      runBaseline(ctx, s);
      runHook(ctx, s, 'warm-up');
    }
    if (s.afterWarmup) {
      const wrong = s.afterWarmup();
      if (wrong) fail(wrong);
    }
  }

  // Rounds: every scenario once per round, each hook run right after its own `node -e 0` run.
  const samples = new Map(scenarios.map((s) => [s, { hook: [], base: [] }]));
  const setupSeconds = elapsed();
  log(`timing: ${options.runs} rounds × ${scenarios.length} scenarios, each paired with node -e 0`);
  for (let round = 0; round < options.runs; round++) {
    for (const s of scenarios) {
      const entry = samples.get(s);
      entry.base.push(runBaseline(ctx, s));
      entry.hook.push(runHook(ctx, s, `timed run ${round + 1}`));
    }
    log(`round ${round + 1}/${options.runs} done`);
  }

  // Every round runs every row once, each after its own `node -e 0`: the pooled baseline saw the
  // same drift as every row, with far more samples than any row's own pairs.
  const allBase = [...samples.values()].flatMap((e) => e.base);
  const baseline = stats(allBase);
  const results = scenarios.map((s) => {
    const { hook, base } = samples.get(s);
    const h = stats(hook);
    const b = stats(base);
    const pairRatios = stats(hook.map((x, i) => x / base[i]));
    return {
      scenario: s.title,
      event: s.event,
      transcript: s.transcript.label,
      transcript_bytes: s.transcript.size,
      median_ms: h.median,
      p90_ms: h.p90,
      min_ms: h.min,
      max_ms: h.max,
      ratio: h.median / baseline.median,
      paired_baseline_median_ms: b.median,
      median_paired_ratio: pairRatios.median,
      samples_ms: hook.map((x) => Math.round(x * 100) / 100),
    };
  });
  // rows grouped by scenario, 1 MB before 100 MB
  const order = [...new Set(results.map((r) => r.scenario))];
  results.sort((a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario) || a.transcript_bytes - b.transcript_bytes);

  const report = {
    machine: machine(),
    load_at_start: loadAtStart,
    runs: options.runs,
    warmups: 1,
    repo: repoInfo,
    transcripts: transcripts.map((t) => ({ label: t.label, bytes: t.size })),
    baseline: { median_ms: baseline.median, p90_ms: baseline.p90, min_ms: baseline.min, samples: allBase.length },
    results,
    setup_seconds: Math.round(setupSeconds * 10) / 10,
    total_seconds: 0,
  };
  cleanup();
  report.total_seconds = Math.round(elapsed() * 10) / 10;
  log(`done in ${report.total_seconds.toFixed(1)} s`);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : markdown(report));
}

try {
  main();
} catch (error) {
  cleanup();
  if (error instanceof BenchError) {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
