#!/usr/bin/env node
// Hook latency benchmark: the wall time of each hook as Claude Code runs it (the command
// hooks/hooks.json gives, a child process), on every prompt, stop and compaction, in a real git
// repository of a few thousand files, with the user's and the project's settings and a store of 50
// workflows, on transcripts of 1 MB, 100 MB and 1 GB; and of `resume` and `handoff`, whose cost
// grows with the repository. Each run is paired with a `node -e 0` run just before it (same env,
// same cwd, same stdin), so machine noise hits both and the ratio to bare node start-up is what
// the table reports.
//
//   node bench/run.mjs [--runs N] [--quick] [--json] [--files N] [--sizes 1,100] [--keep]
//
// Markdown table on stdout (or one JSON document with --json); progress on stderr.
// Plain Node, no dependencies. Everything lives in a temp dir that is removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchError, CLI, MiB, NODE, PLUGIN, ROOT, SESSION, baseEnv, cleanup, elapsed, fail, git, log, run, useTempDir } from './common.mjs';
import { makeHistoryRepo, makeRepo, saveWorkflow, seedWorkflows, transcriptBlock, writeSettings, writeTranscript } from './fixtures.mjs';
import { machine, markdown, stats } from './report.mjs';
import { buildCommandScenarios } from './command-scenarios.mjs';
import { buildScenarios, HOOK_WARMUPS, sessionRuntime } from './scenarios.mjs';

/** other workflows in the store besides the one the table uses */
const OTHER_WORKFLOWS = 49;
/** commits between the handoff and `resume` in the history repository */
const HISTORY_COMMITS = 10_000;

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(argv) {
  const options = { runs: 15, json: false, files: 2000, keep: false, quick: false, sizes: [1, 100, 1024] };
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
          '  --files N   files committed in the benchmark repository (default 2000)',
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
// Measuring

function runHook(ctx, s, phase) {
  const before = s.before ? s.before() : {};
  const [command, args] = s.command;
  const cwd = s.cwd ?? ctx.repo;
  const r = run(command, args, { cwd, env: s.env, input: s.input });
  // work the hook left to a process of its own: done before it is checked and before the next run
  const settled = s.settle ? r.ms + s.settle() : null;
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
        `  command: ${[command, ...args].join(' ')}   (cwd ${cwd})`,
        `  stdin:   ${s.input}`,
        `  stdout:  ${JSON.stringify(r.stdout.slice(0, 1000))}`,
        `  stderr:  ${JSON.stringify(r.stderr.slice(0, 1000))}`,
      ].join('\n'),
    );
  }
  return { ms: r.ms, settled };
}

function runBaseline(ctx, s) {
  const r = run(NODE, ['-e', '0'], { cwd: s.cwd ?? ctx.repo, env: s.env, input: s.input });
  if (r.status !== 0) fail(`node -e 0 exited ${r.status}: ${r.stderr}`);
  return r.ms;
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
  if (!fs.existsSync(CLI)) fail(`${CLI} does not exist: run \`npm run build\` first`);
  const distTime = newestMtime(path.join(PLUGIN, 'dist'), () => true);
  const srcTime = newestMtime(path.join(ROOT, 'scripts'), (p) => p.endsWith('.ts'));
  if (srcTime > distTime) log('warning: scripts/ has changes newer than plugin/dist/; run `npm run build` to measure them');

  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (loadAtStart[0] > cores / 2) log(`warning: load average ${loadAtStart[0]} on ${cores} cores; other work will show up as noise in the timings`);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-bench-'));
  useTempDir(tempDir, options.keep);
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

  writeSettings(home, repo);
  log(`saving ${OTHER_WORKFLOWS} other workflows first`);
  seedWorkflows(repo, env, OTHER_WORKFLOWS);
  const workflow = saveWorkflow(repo, env);
  log(`history repository: a handoff, then ${HISTORY_COMMITS} commits`);
  const historyRepo = path.join(tempDir, 'history');
  const history = { repo: historyRepo, commits: HISTORY_COMMITS, ...makeHistoryRepo(historyRepo, env, HISTORY_COMMITS) };
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

  // The terminal commands run in the runtime folder of the session whose hooks run just before
  // them in a round (the largest transcript's), as a user's hooks and commands share one folder in
  // Claude Code (~/.claude/workflow): its state memo has seen the last save, which that session's
  // hooks made. In a folder of their own, every status line refresh, handoff and resume read the
  // workflow the hooks had just saved as one the memo had never seen.
  const userRuntime = sessionRuntime(tempDir, transcripts.at(-1));
  const ctx = { repo, workflow, env, temp: tempDir, userRuntime, hookLog: path.join(logDir, 'hooks.log'), history, files: repoInfo.tracked_files };
  const scenarios = [...buildScenarios(ctx, transcripts), ...buildCommandScenarios(ctx)];

  log(`warm-up: ${HOOK_WARMUPS} runs of each hook scenario, 1 of each command (checked like the timed ones)`);
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
  const samples = new Map(scenarios.map((s) => [s, { hook: [], base: [], settled: [] }]));
  const setupSeconds = elapsed();
  log(`timing: ${options.runs} rounds × ${scenarios.length} scenarios, each paired with node -e 0`);
  for (let round = 0; round < options.runs; round++) {
    for (const s of scenarios) {
      const entry = samples.get(s);
      entry.base.push(runBaseline(ctx, s));
      const { ms, settled } = runHook(ctx, s, `timed run ${round + 1}`);
      entry.hook.push(ms);
      if (settled !== null) entry.settled.push(settled);
    }
    log(`round ${round + 1}/${options.runs} done`);
  }

  // Every round runs every row once, each after its own `node -e 0`: the pooled baseline saw the
  // same drift as every row, with far more samples than any row's own pairs.
  const allBase = [...samples.values()].flatMap((e) => e.base);
  const baseline = stats(allBase);
  const results = scenarios.flatMap((s) => {
    const { hook, base, settled } = samples.get(s);
    const row = (title, times) => {
      const h = stats(times);
      const b = stats(base);
      const pairRatios = stats(times.map((x, i) => x / base[i]));
      return {
        scenario: title,
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
        samples_ms: times.map((x) => Math.round(x * 100) / 100),
      };
    };
    // a save in the background: how long the turn waits, then how long until it is on disk
    return settled.length > 0 ? [row(s.title, hook), row(`${s.title}: saved in the background (until on disk)`, settled)] : [row(s.title, hook)];
  });
  // rows grouped by scenario, 1 MB before 100 MB
  const order = [...new Set(results.map((r) => r.scenario))];
  results.sort((a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario) || a.transcript_bytes - b.transcript_bytes);

  const report = {
    machine: machine(),
    load_at_start: loadAtStart,
    runs: options.runs,
    warmups: Math.max(...scenarios.map((s) => s.warmups)),
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
