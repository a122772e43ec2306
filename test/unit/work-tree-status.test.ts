import { describe, expect, it } from 'vitest';
import { parseWorkTreeStatus, porcelainCode } from '../../scripts/core/git/work-tree-status.ts';

/** git's output: NUL after every field, the last one included */
const z = (...fields: string[]) => fields.map((f) => `${f}\0`).join('');

describe('parseWorkTreeStatus: the branch line', () => {
  it.each([
    ['a branch without upstream', '## main', { current: 'main', tracking: null, detached: false, ahead: 0, behind: 0 }],
    ['in step with its upstream', '## main...origin/main', { current: 'main', tracking: 'origin/main', detached: false, ahead: 0, behind: 0 }],
    ['ahead', '## feature/login...origin/feature/login [ahead 3]', { current: 'feature/login', tracking: 'origin/feature/login', detached: false, ahead: 3, behind: 0 }],
    ['behind', '## main...upstream/main [behind 12]', { current: 'main', tracking: 'upstream/main', detached: false, ahead: 0, behind: 12 }],
    ['both', '## main...origin/main [ahead 1, behind 2]', { current: 'main', tracking: 'origin/main', detached: false, ahead: 1, behind: 2 }],
    ['an upstream that is gone', '## main...origin/main [gone]', { current: 'main', tracking: 'origin/main', detached: false, ahead: 0, behind: 0 }],
    ['a detached HEAD', '## HEAD (no branch)', { current: 'HEAD', tracking: null, detached: true, ahead: 0, behind: 0 }],
    ['no commits yet', '## No commits yet on trunk', { current: 'trunk', tracking: null, detached: false, ahead: 0, behind: 0 }],
    ['no commits yet, with an upstream', '## No commits yet on main...origin/main', { current: 'main', tracking: 'origin/main', detached: false, ahead: 0, behind: 0 }],
    ['no commits yet, as git before 2.15 said it', '## Initial commit on main', { current: 'main', tracking: null, detached: false, ahead: 0, behind: 0 }],
    ['a branch name with dots', '## release/v1.2.3...origin/release/v1.2.3', { current: 'release/v1.2.3', tracking: 'origin/release/v1.2.3', detached: false, ahead: 0, behind: 0 }],
  ])('%s', (_, line, expected) => {
    expect(parseWorkTreeStatus(z(line))).toEqual({ files: [], ...expected });
  });

  it('no branch line (git asked without -b): nothing named', () => {
    expect(parseWorkTreeStatus(z(' M a.ts'))).toMatchObject({ current: null, tracking: null, detached: false, files: [{ path: 'a.ts', index: ' ', working_dir: 'M' }] });
  });

  it('no output at all: a clean tree and nothing named', () => {
    expect(parseWorkTreeStatus('')).toEqual({ files: [], current: null, tracking: null, detached: false, ahead: 0, behind: 0 });
  });
});

describe('parseWorkTreeStatus: the entries', () => {
  it.each([
    ['modified in the work tree', [' M src/a.ts'], [{ path: 'src/a.ts', index: ' ', working_dir: 'M' }]],
    ['staged', ['M  src/a.ts'], [{ path: 'src/a.ts', index: 'M', working_dir: ' ' }]],
    ['staged, then changed again', ['MM src/a.ts'], [{ path: 'src/a.ts', index: 'M', working_dir: 'M' }]],
    ['added', ['A  new.ts'], [{ path: 'new.ts', index: 'A', working_dir: ' ' }]],
    ['deleted in the work tree and staged', [' D gone.ts', 'D  removed.ts'], [
      { path: 'gone.ts', index: ' ', working_dir: 'D' },
      { path: 'removed.ts', index: 'D', working_dir: ' ' },
    ]],
    ['untracked', ['?? docs/new dir/notes file.md'], [{ path: 'docs/new dir/notes file.md', index: '?', working_dir: '?' }]],
    ['in conflict', ['UU merge.ts', 'AA both.ts'], [
      { path: 'merge.ts', index: 'U', working_dir: 'U' },
      { path: 'both.ts', index: 'A', working_dir: 'A' },
    ]],
    ['renamed: the path it came from is the next field, not an entry', ['R  new-name.ts', 'old-name.ts', ' M after.ts'], [
      { path: 'new-name.ts', index: 'R', working_dir: ' ' },
      { path: 'after.ts', index: ' ', working_dir: 'M' },
    ]],
    ['renamed, then changed', ['RM new.ts', 'old.ts'], [{ path: 'new.ts', index: 'R', working_dir: 'M' }]],
    ['renamed in the work tree (an intent to add)', [' R moved.ts', 'origin.ts'], [{ path: 'moved.ts', index: ' ', working_dir: 'R' }]],
    ['copied (status.renames=copies): its origin is a field too', ['C  copy.ts', 'source.ts', '?? x'], [
      { path: 'copy.ts', index: 'C', working_dir: ' ' },
      { path: 'x', index: '?', working_dir: '?' },
    ]],
    ['a path that looks like an entry, as an origin', ['R  b.ts', 'M  a.ts'], [{ path: 'b.ts', index: 'R', working_dir: ' ' }]],
    ['paths with leading and trailing spaces, kept as written', ['??  lead.txt', '?? trail.txt ', ' M  both '], [
      { path: ' lead.txt', index: '?', working_dir: '?' },
      { path: 'trail.txt ', index: '?', working_dir: '?' },
      { path: ' both ', index: ' ', working_dir: 'M' },
    ]],
    ['a path with a newline and one outside ASCII (no quoting with --null)', ['?? two\nlines.md', '?? caf\u00e9/r\u00e9sum\u00e9.md'], [
      { path: 'two\nlines.md', index: '?', working_dir: '?' },
      { path: 'caf\u00e9/r\u00e9sum\u00e9.md', index: '?', working_dir: '?' },
    ]],
  ])('%s', (_, fields, files) => {
    expect(parseWorkTreeStatus(z('## main', ...fields)).files).toEqual(files);
  });

  it('the branch line and the entries together', () => {
    const status = parseWorkTreeStatus(z('## main...origin/main [ahead 2]', 'M  a.ts', '?? b.ts'));
    expect(status).toEqual({
      files: [
        { path: 'a.ts', index: 'M', working_dir: ' ' },
        { path: 'b.ts', index: '?', working_dir: '?' },
      ],
      current: 'main',
      tracking: 'origin/main',
      detached: false,
      ahead: 2,
      behind: 0,
    });
  });
});

describe('porcelainCode', () => {
  it.each([
    [' ', 'M', 'M'],
    ['M', ' ', 'M'],
    ['M', 'M', 'MM'],
    ['?', '?', '??'],
    [' ', ' ', '?'],
  ])('%j%j is %j', (index, workingDir, code) => {
    expect(porcelainCode(index, workingDir)).toBe(code);
  });
});
