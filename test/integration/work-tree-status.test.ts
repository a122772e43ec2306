// The work tree's status is read by the plugin's own parser (work-tree-status.ts), not simple-git's:
// on real repositories in every state a handoff meets, it must read what simple-git's `status()`
// reads from the same git, and where simple-git loses something (a path's edge spaces, copies),
// what git wrote.
import fs from 'node:fs';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import { afterAll, describe, expect, it } from 'vitest';
import { runGit, simpleGitEnvironment } from '../../scripts/core/git/early-git.ts';
import { parseWorkTreeStatus, STATUS_ARGS } from '../../scripts/core/git/work-tree-status.ts';
import { cleanupTempDirs, git, isolatedEnv, tempDir, tempRepo, type TempRepo } from '../helpers/repo.ts';

afterAll(cleanupTempDirs);

const ours = async (dir: string) => parseWorkTreeStatus(await runGit(dir, STATUS_ARGS, isolatedEnv()));

/** simple-git's reading, in the fields the plugin uses */
async function simpleGits(dir: string) {
  // given an environment, simple-git refuses one with the variables it guards: the one it would
  // make of it itself, which is what the plugin's own runs use (less the variable it adds)
  const { GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: _, ...env } = simpleGitEnvironment(isolatedEnv());
  const status = await simpleGit({ baseDir: dir }).env(env).status();
  return {
    files: status.files.map((f) => ({ path: f.path, index: f.index, working_dir: f.working_dir })),
    current: status.current,
    tracking: status.tracking,
    detached: status.detached,
    ahead: status.ahead,
    behind: status.behind,
  };
}

function withWorkInFlight(repo: TempRepo): void {
  repo.commit('src/a.ts', 'a\n', 'Add a');
  repo.commit('src/b.ts', 'b\n', 'Add b');
  repo.commit('src/gone.ts', 'g\n', 'Add gone');
  repo.commit('src/removed.ts', 'r\n', 'Add removed');
  repo.commit('src/old-name.ts', 'x\n'.repeat(30), 'Add old-name');
  repo.commit('src/moved.ts', 'y\n'.repeat(30), 'Add moved');
  // its third character a space: read as an entry of its own ("to", "do.md") if taken for one
  repo.commit('to do.md', 'z\n'.repeat(30), 'Add to do');
  repo.write('src/a.ts', 'a changed\n');
  repo.write('src/b.ts', 'b staged\n');
  repo.git('add', 'src/b.ts');
  repo.write('src/b.ts', 'b staged then changed\n');
  repo.remove('src/gone.ts');
  repo.git('rm', '-q', 'src/removed.ts');
  repo.git('mv', 'src/old-name.ts', 'src/new-name.ts');
  repo.git('mv', 'src/moved.ts', 'src/moved-and-changed.ts');
  repo.write('src/moved-and-changed.ts', 'y\n'.repeat(29) + 'z\n');
  repo.git('mv', 'to do.md', 'todo.md');
  repo.write('docs/new dir/notes file.md', 'n\n');
  repo.write('caf\u00e9/r\u00e9sum\u00e9.md', 'r\n');
  repo.write('two\nlines.md', 'l\n');
  repo.write('new.ts', 'new\n');
  repo.git('add', 'new.ts');
}

describe.concurrent('the work tree status, as simple-git reads it', () => {
  it.each([
    ['a clean tree', (_repo: TempRepo) => undefined],
    ['work in flight of every kind: modified, staged, both, deleted, renamed, added, untracked, odd names', withWorkInFlight],
    ['a detached HEAD with changes', (repo: TempRepo) => {
      repo.commit('a.ts', 'a\n', 'Add a');
      repo.git('checkout', '-q', '--detach');
      repo.write('a.ts', 'changed\n');
    }],
    ['a merge in conflict', (repo: TempRepo) => {
      repo.commit('shared.ts', 'base\n', 'Add shared');
      repo.checkout('other', { create: true });
      repo.commit('shared.ts', 'theirs\n', 'Theirs');
      repo.commit('both-added.ts', 'theirs\n', 'Theirs adds');
      repo.checkout('main');
      repo.commit('shared.ts', 'ours\n', 'Ours');
      repo.commit('both-added.ts', 'ours\n', 'Ours adds');
      try {
        repo.git('merge', '-q', 'other');
      } catch {
        // the conflict is the point
      }
    }],
  ])('%s', async (_, arrange) => {
    const repo = tempRepo();
    arrange(repo);
    const read = await ours(repo.path);
    expect(read).toEqual(await simpleGits(repo.path));
    expect(read.files.length > 0 || _ === 'a clean tree').toBe(true);
  });

  it('a repository without commits', async () => {
    const dir = tempDir('wf-status-empty-');
    git(dir, ['init', '-q', '-b', 'trunk']);
    fs.writeFileSync(path.join(dir, 'first.ts'), 'x\n');
    const read = await ours(dir);
    expect(read).toEqual(await simpleGits(dir));
    expect(read).toMatchObject({ current: 'trunk', files: [{ path: 'first.ts', index: '?', working_dir: '?' }] });
  });

  it('a clone ahead of and behind its upstream', async () => {
    const upstream = tempRepo();
    const clone = tempDir('wf-status-clone-');
    git(upstream.path, ['clone', '-q', upstream.path, clone]);
    for (const [key, value] of [['user.name', 'Clone'], ['user.email', 'clone@example.com']] as const) git(clone, ['config', key, value]);
    fs.writeFileSync(path.join(clone, 'local.txt'), 'l\n');
    git(clone, ['add', 'local.txt']);
    git(clone, ['commit', '-q', '-m', 'local']);
    upstream.commit('remote.txt', 'r\n', 'remote');
    git(clone, ['fetch', '-q']);
    const read = await ours(clone);
    expect(read).toEqual(await simpleGits(clone));
    expect(read).toMatchObject({ current: 'main', tracking: 'origin/main', ahead: 1, behind: 1 });
  });
});

describe.concurrent('what simple-git loses, kept as git wrote it', () => {
  it("a path's leading and trailing spaces", async () => {
    const repo = tempRepo();
    repo.write(' lead.txt', 'l\n');
    repo.write('trail.txt ', 't\n');
    expect((await ours(repo.path)).files).toEqual([
      { path: ' lead.txt', index: '?', working_dir: '?' },
      { path: 'trail.txt ', index: '?', working_dir: '?' },
    ]);
  });

  it('a copy (status.renames=copies): the copy, not its origin as a second entry', async () => {
    const repo = tempRepo();
    repo.commit('source.ts', 'line\n'.repeat(40), 'Add source');
    repo.git('config', 'status.renames', 'copies');
    repo.write('copy.ts', 'line\n'.repeat(40));
    repo.write('source.ts', 'line\n'.repeat(39) + 'changed\n');
    repo.git('add', 'copy.ts', 'source.ts');
    expect((await ours(repo.path)).files).toEqual([
      { path: 'copy.ts', index: 'C', working_dir: ' ' },
      { path: 'source.ts', index: 'M', working_dir: ' ' },
    ]);
  });
});

describe.concurrent('runGit', () => {
  it("a git failure is git's own message, as simple-git's error gives it", async () => {
    const outside = tempDir('wf-status-outside-');
    await expect(runGit(outside, STATUS_ARGS, isolatedEnv({ GIT_CEILING_DIRECTORIES: path.dirname(outside) }))).rejects.toThrow(/^fatal: not a git repository/);
  });
});
