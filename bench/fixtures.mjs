// What the benchmark measures against: a git repository of generated sources with work in
// flight, a store of saved workflows, the user's and the project's settings, a repository with a
// long history since a handoff, and transcripts of a realistic session at any size.
import fs from 'node:fs';
import path from 'node:path';
import { CLI, FINAL_CONTEXT_TOKENS, MiB, NODE, SESSION, fail, git, run } from './common.mjs';

export function makeRepo(repo, env, fileCount) {
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

export function saveWorkflow(repo, env) {
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
export function transcriptBlock(repo, files) {
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

export function finalLines(repo, n) {
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

export function writeTranscript(file, block, targetBytes, repo) {
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

/**
 * The settings a real user has: their own and the project's workflow.json, and Claude Code's
 * settings at both levels. Values that change nothing the table checks (the window stays 200K).
 */
export function writeSettings(home, repo) {
  const write = (file, value) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  };
  write(path.join(home, '.claude', 'workflow.json'), { milestones: [0.5, 0.75, 0.9], stale_after_days: 14, retention: { completed_days: 60 } });
  write(path.join(repo, '.claude', 'workflow.json'), { handoff_threshold: 0.8, mode: 'suggest' });
  write(path.join(home, '.claude', 'settings.json'), { autoCompactEnabled: true, env: { BASH_DEFAULT_TIMEOUT_MS: '120000' }, permissions: { allow: ['Bash(npm test:*)'] } });
  write(path.join(repo, '.claude', 'settings.json'), { permissions: { allow: ['Bash(npm run lint:*)'] }, hooks: {} });
}

/** `count` other workflows saved before the one the table uses (a store of count + 1). */
export function seedWorkflows(repo, env, count) {
  for (let k = 0; k < count; k++) {
    const r = run(NODE, [CLI, 'handoff', '--dir', repo, '--new', '--task', `Earlier task number ${k + 1}`, '--summary', `Work item ${k + 1} was left here.`, '--next', 'Pick it up again'], { cwd: repo, env });
    if (r.status !== 0) fail(`handoff of workflow ${k + 1} of ${count} failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
  }
}

/**
 * A repository with a workflow handed off `commits` commits ago (written with git fast-import:
 * each commit changes one of 200 files), for what `resume` does with a long history since.
 */
export function makeHistoryRepo(repo, env, commits) {
  fs.mkdirSync(path.join(repo, 'src'), { recursive: true });
  for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(repo, 'src', `part${i}.ts`), `export const part${i} = ${i};\n`);
  git(repo, env, '-c', 'init.defaultBranch=main', 'init', '-q');
  git(repo, env, 'add', '-A');
  git(repo, env, 'commit', '-q', '-m', 'Start');
  const r = run(NODE, [CLI, 'handoff', '--dir', repo, '--format', 'json', '--task', 'Finish the parser', '--summary', 'Tokenizer done.', '--next', 'Write the grammar'], { cwd: repo, env });
  if (r.status !== 0) fail(`handoff in the history repository failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
  const { id } = JSON.parse(r.stdout);
  const base = git(repo, env, 'rev-parse', 'HEAD').trim();
  const chunks = [];
  const start = Math.floor(Date.now() / 1000) - commits;
  for (let n = 1; n <= commits; n++) {
    const message = `Change ${n}`;
    const content = `export const part${n % 200} = ${n};\n`;
    chunks.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.invalid> ${start + n} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n` +
        (n === 1 ? 'from refs/heads/main^0\n' : '') +
        `M 100644 inline src/part${n % 200}.ts\ndata ${Buffer.byteLength(content)}\n${content}\n`,
    );
  }
  const imported = run('git', ['fast-import', '--quiet'], { cwd: repo, env, input: chunks.join('') });
  if (imported.status !== 0) fail(`git fast-import failed (exit ${imported.status}):\n${imported.stderr}`);
  git(repo, env, 'reset', '-q', '--hard', 'main');
  return { id, base, head: git(repo, env, 'rev-parse', 'HEAD').trim() };
}
