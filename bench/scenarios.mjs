// The hook rows of the table: each hook as Claude Code runs it (the command hooks/hooks.json
// gives), on each transcript, with a check of its output and effects so that a failing hook is
// never timed. The commands' rows are in command-scenarios.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { NODE, PLUGIN, SESSION, fail } from './common.mjs';
import { finalLines } from './fixtures.mjs';

/**
 * What Claude Code runs for an event (`stop` → Stop): hooks/hooks.json's command, as a program and
 * its arguments, `${CLAUDE_PLUGIN_ROOT}` filled in. Claude Code runs it through a shell, which the
 * table leaves out, as it leaves it out of `node -e 0`.
 */
function hookCommand(name) {
  const event = name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
  const hooks = JSON.parse(fs.readFileSync(path.join(PLUGIN, 'hooks', 'hooks.json'), 'utf8')).hooks;
  const command = hooks[event]?.[0]?.hooks?.[0]?.command ?? '';
  const parts = /^(\w+) "\$\{CLAUDE_PLUGIN_ROOT\}\/([^"]+)"(?: ([a-z-]+))?$/.exec(command);
  if (!parts) fail(`hooks.json: the ${event} command ${JSON.stringify(command)} is not of the form the benchmark runs`);
  const [, program, file, arg] = parts;
  return [program === 'node' ? NODE : program, [path.join(PLUGIN, file), ...(arg ? [arg] : [])]];
}

function hookInput(event, repo, transcript, extra) {
  return JSON.stringify({ session_id: SESSION, transcript_path: transcript, cwd: repo, hook_event_name: event, ...extra });
}

function readState(statePath) {
  return JSON.parse(fs.readFileSync(statePath, 'utf8'));
}

/**
 * Two runs before the timed ones: in a fresh runtime folder the first run goes to the hook (no memo
 * vouches for anything yet), and the first run its quick path answers writes the event's compiled
 * code again (see scripts/hook-loader.ts); from then on a run is what every later turn is.
 */
export const HOOK_WARMUPS = 2;

/**
 * Every file under the session runtime dir and its contents: the fast path must leave it alone.
 * Not the loader's compiled code (code-cache/), which is not the hook's doing.
 */
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
      if (e.isDirectory()) {
        if (path.relative(dir, p) !== 'code-cache') walk(p);
      } else out.push(`${path.relative(dir, p)}\n${fs.readFileSync(p, 'utf8')}`);
    }
  };
  walk(dir);
  return out.sort().join('\n\0\n');
}

/**
 * An interval checkpoint is saved by a process the Stop hook starts and does not wait for; it
 * marks the session's runtime folder with its pid while it saves. Waits for that mark to go and
 * returns how long that took after the hook's process ended; then for the process to end (it
 * writes its compiled code at exit), so that the next run neither overlaps it nor sees its files.
 */
function awaitBackgroundSave(runtimeDir, session, what) {
  const mark = path.join(runtimeDir, 'sessions', `${session}.checkpointing`);
  const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
  const start = performance.now();
  const within10s = (still) => {
    if (performance.now() - start > 10_000) fail(`${what}: the checkpoint saving in the background ${still} after 10 s`);
  };
  let pid = null;
  while (fs.existsSync(mark)) {
    pid ??= Number(fs.readFileSync(mark, 'utf8')) || null;
    within10s(`still marks ${mark}`);
    pause();
  }
  const saved = performance.now() - start;
  const running = () => {
    try {
      return pid !== null && process.kill(pid, 0);
    } catch {
      return false;
    }
  };
  while (running()) {
    within10s(`process ${pid} is still running`);
    pause();
  }
  return saved;
}

export function parseJsonOutput(stdout, what) {
  const text = stdout.trim();
  if (!text.startsWith('{')) return `${what}: expected a JSON object on stdout, got ${text ? JSON.stringify(text.slice(0, 300)) : 'nothing'}`;
  try {
    return JSON.parse(text);
  } catch (error) {
    return `${what}: stdout is not valid JSON (${error.message})`;
  }
}

/** The runtime folder the hooks of the session on transcript `t` share (the fast-path and capture rows have their own). */
export const sessionRuntime = (temp, t) => path.join(temp, 'runtime', `session-${t.label.replace(/\W+/g, '')}`);

export function buildScenarios(ctx, transcripts) {
  const scenarios = [];
  const { repo, workflow, env, temp } = ctx;
  for (const t of transcripts) {
    // The rows of one session share the user's runtime folder, as they do in Claude Code (the
    // compiled code, the state memo, the session's files), and its variables: every hook of a
    // session sees the same environment, and the memos the hooks keep name the variables they were
    // read under. The session's checkpoints are due at every Stop (interval 0, the transcript grows
    // before each). The fast-path and capture rows have a runtime folder of their own, so that what
    // they leave there can be checked (the fast paths' interval is never due).
    const common = (name, { ownRuntime = false } = {}) => {
      const runtimeDir = ownRuntime ? path.join(temp, 'runtime', `${name}-${t.label.replace(/\W+/g, '')}`) : sessionRuntime(temp, t);
      return {
        env: { ...env, WORKFLOW_RUNTIME_DIR: runtimeDir, WORKFLOW_CHECKPOINT_INTERVAL_MINUTES: ownRuntime ? '100000' : '0' },
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
        ...common(`${name}-fast`, { ownRuntime: true }),
        title: `${event} — fast path`,
        event: name,
        input: hookInput(event, repo, t.path, extra),
        // Stop's first run has no last checkpoint and saves one; from then on the interval is not due.
        // UserPromptSubmit never saves on the interval (a prompt must not wait): it records nothing.
        warmups: HOOK_WARMUPS,
        before() {
          return { state: readState(workflow.statePath).updated_at, runtime: s.runtimeSnapshot ?? null };
        },
        afterWarmup() {
          // Stop's first run saved its checkpoint in the background
          awaitBackgroundSave(s.runtimeDir, SESSION, `${event} warm-up`);
          s.runtimeSnapshot = snapshotDir(s.runtimeDir);
          // without the memo of the configuration and settings, each run would load the whole hook
          if (!fs.existsSync(path.join(s.runtimeDir, 'sessions', `${SESSION}.turn.json`))) return `${event}: the first run kept no turn memo under ${s.runtimeDir} (a source changed within 2 s of it?): the rows would not measure the quiet-turn check`;
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
        warmups: HOOK_WARMUPS,
        grow: 0,
        before() {
          fs.appendFileSync(t.path, finalLines(repo, ++s.grow + 1000 * transcripts.indexOf(t)));
          return { start: new Date(Date.now() - 5).toISOString() };
        },
        settle: () => awaitBackgroundSave(s.runtimeDir, SESSION, 'Stop checkpoint'),
        verify(r, before) {
          if (r.stdout.trim() !== '') return `Stop checkpoint: expected no output (nothing crossed), got ${JSON.stringify(r.stdout.slice(0, 300))}`;
          return expectSaved(before.start);
        },
      };
      scenarios.push(s);
    }

    // (b2) Stop in a session that has no workflow yet, a checkpoint due: only the session capture
    // moves on, reading what was appended since its last run (the transcript grows before each)
    {
      const session = `${SESSION}-capture`;
      const s = {
        ...common('stop-capture', { ownRuntime: true }),
        title: 'Stop — session capture only (no workflow yet)',
        event: 'stop',
        input: JSON.stringify({ session_id: session, transcript_path: t.path, cwd: repo, hook_event_name: 'Stop', stop_hook_active: false }),
        warmups: HOOK_WARMUPS,
        grow: 0,
        before() {
          fs.appendFileSync(t.path, finalLines(repo, 500_000 + ++s.grow + 1000 * transcripts.indexOf(t)));
          return {};
        },
        settle: () => awaitBackgroundSave(s.runtimeDir, session, 'Stop capture'),
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
        warmups: HOOK_WARMUPS,
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

    // (d) PreCompact: always saves a checkpoint (in the background), prints instructions for the summarizer
    const preCompact = {
      ...common('pre-compact'),
      title: 'PreCompact (auto)',
      event: 'pre-compact',
      input: hookInput('PreCompact', repo, t.path, { trigger: 'auto', custom_instructions: null }),
      warmups: HOOK_WARMUPS,
      before() {
        return { start: new Date(Date.now() - 5).toISOString() };
      },
      settle: () => awaitBackgroundSave(preCompact.runtimeDir, SESSION, 'PreCompact'),
      verify(r, before) {
        const text = r.stdout.trim();
        if (text.startsWith('{')) return `PreCompact: expected plain-text summarizer instructions, got JSON ${text.slice(0, 300)}`;
        if (!text.includes(workflow.id)) return `PreCompact: the summarizer instructions do not name the workflow ${workflow.id}: ${JSON.stringify(text.slice(0, 300))}`;
        return expectSaved(before.start);
      },
    };
    scenarios.push(preCompact);

    // PreToolUse (Bash): every Bash call pays the shell gate; only the plugin's handoff starts Node
    if (transcripts.indexOf(t) === 0) {
      const gate = { command: hookCommand('pre-tool-use'), warmups: HOOK_WARMUPS };
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
      const handoff = `node "${PLUGIN}/dist/cli.cjs" handoff --input - <<'WORKFLOW_HANDOFF'\ntask: Bench the hooks\nWORKFLOW_HANDOFF`;
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
      warmups: HOOK_WARMUPS,
      verify(r) {
        return r.stdout.trim() === '' ? null : `SessionEnd: expected no output, got ${JSON.stringify(r.stdout.slice(0, 300))}`;
      },
    });
  }
  for (const s of scenarios) s.command ??= hookCommand(s.event);
  return scenarios;
}
