import { describe, expect, it } from 'vitest';
import { NEW_COMMITS_LISTED, newestSince } from '../../scripts/core/git/commit-walk.ts';

/** HEAD's newest commits as `git log` gives them: c0 is HEAD, each the child of the next. */
function chain(length: number, parentsOf: (i: number) => string[] = (i) => [`c${i + 1}`]) {
  return Array.from({ length }, (_, i) => ({ sha: `c${i}`, parents: parentsOf(i), author: 'A', subject: `Change ${i}` }));
}

const shas = (r: ReturnType<typeof newestSince>) => r && { shas: r.commits.map((c) => c.sha), count: r.count };

describe('newestSince', () => {
  it.each([
    ['the handoff commit among them: the commits before it, counted', chain(NEW_COMMITS_LISTED), 'c3', { shas: ['c0', 'c1', 'c2'], count: 3 }],
    ['HEAD is the handoff commit: none', chain(NEW_COMMITS_LISTED), 'c0', { shas: [], count: 0 }],
    ['the handoff commit is the last of them', chain(NEW_COMMITS_LISTED), `c${NEW_COMMITS_LISTED - 1}`, { shas: chain(NEW_COMMITS_LISTED - 1).map((c) => c.sha), count: NEW_COMMITS_LISTED - 1 }],
    ['a full chain of single parents without it: all of them, the count left to the walk', chain(NEW_COMMITS_LISTED), 'older', { shas: chain(NEW_COMMITS_LISTED).map((c) => c.sha), count: null }],
    ['nothing excluded (a handoff before the first commit): all of them', chain(7, (i) => (i === 6 ? [] : [`c${i + 1}`])), null, { shas: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'], count: null }],
    ['nothing excluded, merges and all', chain(4, (i) => [`c${i + 1}`, `side${i}`]), null, { shas: ['c0', 'c1', 'c2', 'c3'], count: null }],
  ])('%s', (_, newest, base, expected) => {
    expect(shas(newestSince(newest, base))).toEqual(expected);
  });

  it.each([
    ['a merge before the handoff commit is met', chain(NEW_COMMITS_LISTED, (i) => (i === 2 ? ['c3', 'side'] : [`c${i + 1}`])), 'c10'],
    ['a merge in a full chain without it', chain(NEW_COMMITS_LISTED, (i) => (i === 40 ? ['c41', 'side'] : [`c${i + 1}`])), 'older'],
    ['a root commit before it: it is not an ancestor of HEAD', chain(5, (i) => (i === 4 ? [] : [`c${i + 1}`])), 'elsewhere'],
    ['commits out of their parent order (a replaced or grafted commit)', chain(NEW_COMMITS_LISTED, (i) => (i === 5 ? ['c9'] : [`c${i + 1}`])), 'older'],
  ])('proves nothing after %s', (_, newest, base) => {
    expect(newestSince(newest, base)).toBeNull();
  });
});
