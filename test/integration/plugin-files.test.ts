// The files Claude Code reads: command frontmatter, hooks.json, the manifest. Checked against the
// real CLI, so a command or hook that names something the CLI does not know fails here.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { PLUGIN_ROOT, REPO_ROOT, runCli, runHookCommand } from '../helpers/cli.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const QUOTED_CLI = '"${CLAUDE_PLUGIN_ROOT}/dist/cli.cjs"';
const commandsDir = path.join(PLUGIN_ROOT, 'commands');
const commandFiles = fs.readdirSync(commandsDir).filter((f) => f.endsWith('.md')).sort();

/** The CLI subcommand after each reference to the CLI in `text`. */
function cliInvocations(text: string): string[] {
  return [...text.matchAll(/dist\/cli\.cjs"?\s+([a-z-]+)/g)].map((m) => m[1] as string);
}

let known: Promise<string[]> | undefined;

/** The subcommands the built CLI lists in its help (asked once). */
function knownCommands(): Promise<string[]> {
  known ??= runCli(['--help'], { cwd: tempDir() }).then((help) => {
    expect(help.status).toBe(0);
    return [...help.stdout.matchAll(/^ {2}([a-z-]+) {2,}[A-Z]/gm)].map((m) => m[1] as string);
  });
  return known;
}

describe('commands/*.md', () => {
  it('holds the four foundation commands', () => {
    expect(commandFiles).toEqual(expect.arrayContaining(['handoff.md', 'list.md', 'resume.md', 'status.md']));
  });

  it.each(commandFiles)('%s: valid frontmatter, tools allowed for what it runs, the CLI quoted', async (file) => {
    const source = fs.readFileSync(path.join(commandsDir, file), 'utf8');
    expect(source.startsWith('---\n')).toBe(true);
    const { data, content } = matter(source);
    expect(typeof data.description).toBe('string');
    expect((data.description as string).trim().length).toBeGreaterThan(10);
    if ('argument-hint' in data) expect(typeof data['argument-hint']).toBe('string');

    const runsNode = /!`node /.test(content) || /^\s*node "\$\{CLAUDE_PLUGIN_ROOT\}/m.test(content);
    if (runsNode) {
      const tools = data['allowed-tools'];
      const list = (Array.isArray(tools) ? tools : String(tools ?? '').split(',')).map((t: string) => t.trim());
      // exactly the plugin's own command of that name, never any node command: a part of a
      // compound command (`x; node -e …`) must not be admitted
      const name = file.replace(/\.md$/, '');
      expect(list).toEqual([`Bash(node "\${CLAUDE_PLUGIN_ROOT}/dist/cli.cjs" ${name}:*)`]);
    }
    // in a `!` command, $ARGUMENTS only ever as the body of a quoted heredoc with its end line
    for (const [, shell] of content.matchAll(/!`([^`]*)`/g)) {
      if (shell?.includes('$ARGUMENTS')) expect(shell).toMatch(/ --arguments-from-stdin <<'WORKFLOW_ARGUMENTS'\n\$ARGUMENTS\nWORKFLOW_ARGUMENTS_END\nWORKFLOW_ARGUMENTS$/);
    }

    // every reference to the CLI goes through the quoted plugin root (paths with spaces)
    const references = content.split('dist/cli.cjs').length - 1;
    expect(references).toBeGreaterThan(0);
    // the entry's earlier name starts Node's ES module loader first: never in what the plugin runs
    expect(content).not.toContain('dist/cli.mjs');
    expect(content.split(QUOTED_CLI).length - 1).toBe(references);
    const commands = await knownCommands();
    expect(commands).toEqual(expect.arrayContaining(['handoff', 'resume', 'list', 'status', 'hook']));
    for (const sub of cliInvocations(content)) expect(commands).toContain(sub);
  });
});

interface HooksFile {
  hooks: Record<string, { matcher?: string; hooks: { type: string; command: string; timeout?: number }[] }[]>;
}

const hooksFile = JSON.parse(fs.readFileSync(path.join(PLUGIN_ROOT, 'hooks', 'hooks.json'), 'utf8')) as HooksFile;
const hookCommands = Object.entries(hooksFile.hooks).flatMap(([event, groups]) => groups.flatMap((g) => g.hooks.map((h) => ({ event, ...h }))));

/** The smallest input Claude Code sends for each event (fields from the hooks reference). */
function minimalInput(event: string, cwd: string): Record<string, unknown> {
  const transcript = path.join(cwd, 'transcript.jsonl');
  fs.writeFileSync(transcript, '');
  const common = { session_id: 'plugin-files-test', transcript_path: transcript, cwd, hook_event_name: event };
  const specific: Record<string, Record<string, unknown>> = {
    SessionStart: { source: 'startup' },
    UserPromptSubmit: { prompt: 'hello' },
    Stop: { stop_hook_active: false },
    PreCompact: { trigger: 'manual', custom_instructions: '' },
    PostCompact: { trigger: 'manual', compact_summary: 'The user is building a CSV parser.' },
    SessionEnd: { reason: 'other' },
  };
  return { ...common, ...specific[event] };
}

describe('hooks/hooks.json', () => {
  it('registers SessionStart, with command hooks only', () => {
    expect(Object.keys(hooksFile.hooks)).toContain('SessionStart');
    expect(hookCommands.length).toBeGreaterThan(0);
    for (const hook of hookCommands) expect(hook.type).toBe('command');
  });

  // PreToolUse goes through hooks/pre-tool-use.sh: test/integration/pre-tool-use.test.ts runs it
  const nodeHooks = hookCommands.filter((h) => h.event !== 'PreToolUse');
  it.each(nodeHooks.map((h) => [h.event, h.command, h.timeout] as const))('%s: %s', async (event, command, timeout) => {
    expect(command).toMatch(/^node "\$\{CLAUDE_PLUGIN_ROOT\}\/dist\/hooks\/run\.cjs" [a-z-]+$/);
    expect(typeof timeout).toBe('number');
    const alias = command.split(' ').at(-1) as string;
    // the command, and `claude-workflow hook <alias>` from a terminal, run a valid input of the
    // event it is registered for without failing open, and say the same
    const dir = tempDir();
    const outputs: string[] = [];
    for (const run of [runHookCommand, (a: string, o: Parameters<typeof runCli>[1]) => runCli(['hook', a], o)]) {
      const logDir = tempDir('wf-log-');
      const result = await run(alias, {
        cwd: dir,
        input: JSON.stringify(minimalInput(event, dir)),
        env: { WORKFLOW_LOG_DIR: logDir, WORKFLOW_RUNTIME_DIR: path.join(logDir, 'runtime') },
      });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toContain('hook skipped');
      expect(fs.existsSync(path.join(logDir, 'hooks.log'))).toBe(false);
      outputs.push(result.stdout);
    }
    expect(outputs[0]).toBe(outputs[1]);
  });
});

describe('.claude-plugin/plugin.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(PLUGIN_ROOT, '.claude-plugin', 'plugin.json'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

  it('is named workflow, carries the package version, and does not name hooks/hooks.json again', () => {
    expect(manifest.name).toBe('workflow');
    expect(manifest.version).toBe(pkg.version);
    expect(JSON.stringify(manifest.hooks ?? null)).not.toContain('hooks.json');
    expect(pkg.bin['claude-workflow']).toBe('plugin/dist/cli.cjs');
  });
});

// what users wrote down before dist/cli.cjs (a status line in their settings, a command in their
// notes) keeps working: dist/cli.mjs is the same CLI under the ES module name
describe('dist/cli.mjs, the entry under its earlier name', () => {
  it.each([[['--help']], [['list', '--format', 'json']], [['status', '--format', 'json']], [['statusline']]])('runs %j as dist/cli.cjs does', async (args) => {
    const dir = tempDir();
    const input = JSON.stringify({
      session_id: 'earlier-entry',
      cwd: dir,
      workspace: { current_dir: dir, project_dir: dir },
      context_window: { used_percentage: 42.2, context_window_size: 200_000 },
    });
    const options = { cwd: dir, input, env: { WORKFLOW_RUNTIME_DIR: path.join(tempDir('wf-rt-'), 'runtime') } };
    const current = await runCli(args, options);
    const earlier = await runCli(args, { ...options, entry: path.join(PLUGIN_ROOT, 'dist', 'cli.mjs') });
    expect(current.stderr).toBe('');
    expect(current.stdout.length).toBeGreaterThan(0);
    expect(earlier).toEqual(current);
  });
});
