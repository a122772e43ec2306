// The files Claude Code reads from the plugin: hooks/hooks.json and the session-continuation skill.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { detectHandoffIntent } from '../../scripts/core/handoff/handoff-phrases.ts';
import { DIST_CLI, HOOK_ARG, HOOK_EVENTS } from '../helpers/hook-sandbox.ts';

const PLUGIN_ROOT = path.resolve(path.dirname(DIST_CLI), '..');

interface HookEntry {
  type: string;
  command: string;
  timeout?: number;
}
interface HooksFile {
  hooks: Record<string, { matcher?: string; hooks: HookEntry[] }[]>;
}

const hooksFile = JSON.parse(fs.readFileSync(path.join(PLUGIN_ROOT, 'hooks', 'hooks.json'), 'utf8')) as HooksFile;

describe('hooks/hooks.json', () => {
  it('registers exactly the events the plugin handles', () => {
    expect(Object.keys(hooksFile.hooks).sort()).toEqual([...HOOK_EVENTS, 'PreToolUse'].sort());
  });

  it('runs PreToolUse for Bash only, through the shell filter that starts Node just for the handoff', () => {
    const groups = hooksFile.hooks.PreToolUse ?? [];
    expect(groups.map((g) => g.matcher)).toEqual(['Bash']);
    expect(groups[0]?.hooks.map((h) => h.command)).toEqual(['sh "${CLAUDE_PLUGIN_ROOT}/hooks/pre-tool-use.sh"']);
  });

  it.each(HOOK_EVENTS)('%s runs the hook loader with a quoted plugin root and the right event', (event) => {
    const groups = hooksFile.hooks[event] ?? [];
    const entries = groups.flatMap((g) => g.hooks);
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    expect(entry?.type).toBe('command');
    expect(entry?.command).toBe(`node "\${CLAUDE_PLUGIN_ROOT}/dist/hooks/run.cjs" ${HOOK_ARG[event]}`);
    expect(typeof entry?.timeout).toBe('number');
  });

  it('gives SessionEnd a timeout (Claude Code kills it after 1.5 s otherwise)', () => {
    const timeout = hooksFile.hooks.SessionEnd?.[0]?.hooks[0]?.timeout;
    expect(timeout).toBeGreaterThanOrEqual(2);
  });

  it('does not appear in the manifest as well (it would be loaded twice)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PLUGIN_ROOT, '.claude-plugin', 'plugin.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.hooks).toBeUndefined();
  });
});

describe('skills/session-continuation/SKILL.md', () => {
  const skill = matter(fs.readFileSync(path.join(PLUGIN_ROOT, 'skills', 'session-continuation', 'SKILL.md'), 'utf8'));
  const description = String(skill.data.description ?? '');

  it('has a name and a description', () => {
    expect(skill.data.name).toBe('session-continuation');
    expect(description.length).toBeGreaterThan(50);
  });

  it.each(['hand off', 'handoff', 'save state', 'pause here', 'resume workflow', 'continue where we left off'])(
    'the description names the trigger "%s"',
    (phrase) => {
      expect(description).toContain(`"${phrase}"`);
    },
  );

  it('every quoted trigger in the description is also caught by the prompt hook', () => {
    const phrases = [...description.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(phrases.length).toBeGreaterThanOrEqual(6);
    for (const phrase of phrases) expect({ phrase, intent: detectHandoffIntent(phrase) }).not.toMatchObject({ intent: null });
  });
});

describe("descriptions that cannot be taken for Claude Code's own workflows", () => {
  // 2.1.332 has a /workflows command ("Browse running and completed workflows") and a Workflow tool
  // that runs workflow scripts: ours speak of saved handoffs, and the ones a request to "show the
  // workflows" could match say which is which
  const commands = path.join(PLUGIN_ROOT, 'commands');
  it.each(fs.readdirSync(commands))('%s', (file) => {
    const { data } = matter(fs.readFileSync(path.join(commands, file), 'utf8'));
    const description = String(data.description ?? '');
    expect(description).toMatch(/hand ?off/i);
    if (['list.md', 'status.md', 'resume.md'].includes(file)) expect(description).toContain("Claude Code's /workflows");
  });

  it('the skill says it is not for the Workflow tool or /workflows', () => {
    const skill = matter(fs.readFileSync(path.join(PLUGIN_ROOT, 'skills', 'session-continuation', 'SKILL.md'), 'utf8'));
    expect(String(skill.data.description)).toContain('Not for running or browsing Claude Code\'s own workflow scripts (the Workflow tool, /workflows).');
  });
});
