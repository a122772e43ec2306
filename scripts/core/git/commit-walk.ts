// HEAD's commits since a handoff: how many, and the newest of them by name. After a long absence
// that is thousands of commits, and each git walk over them costs about as much as starting Node:
// this module walks them once where it can prove the answer, twice only where it cannot.
import { COMMIT_ID_PATTERN } from '../shared/state-fields.ts';
import type { GitCommand } from './early-git.ts';

/** Commits listed since the handoff, newest first; the others are counted. */
export const NEW_COMMITS_LISTED = 50;

export interface NewCommit {
  sha: string;
  subject: string;
  author: string;
}

export interface CommitWalk {
  /** HEAD's newest commits since the base (NEW_COMMITS_LISTED at most), newest first */
  commits: NewCommit[];
  /** all of HEAD's commits since the base */
  count: number;
  /** the base has commits of its own that HEAD does not: it is not an ancestor of HEAD */
  diverged: boolean;
}

interface LoggedCommit extends NewCommit {
  parents: string[];
}

const LOGGED = '--format=%H%x00%P%x00%an%x00%s';

function parseLogged(raw: string): LoggedCommit[] {
  return raw
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', parents = '', author = '', subject = ''] = line.split('\0');
      return { sha, parents: parents.split(' ').filter(Boolean), author, subject };
    });
}

/**
 * HEAD's newest commits since `base`, read from HEAD's newest commits without excluding anything
 * (git stops after NEW_COMMITS_LISTED instead of walking the whole range), when those prove to be
 * the same list: nothing is excluded (`base` null), or they are a chain of single-parent commits
 * from HEAD that reaches `base` (then the count is known too) or runs the full length. Past a
 * chain of single parents that does not contain `base`, `base` can only be an ancestor of the
 * chain's end, so no commit of the chain is one of base's; whether it is an ancestor of HEAD at
 * all is the count's walk's to say. Null where a merge leaves it open.
 */
export function newestSince(newest: readonly LoggedCommit[], base: string | null): { commits: NewCommit[]; count: number | null } | null {
  const commits: NewCommit[] = [];
  for (const [i, commit] of newest.entries()) {
    if (commit.sha === base) return { commits, count: commits.length };
    commits.push({ sha: commit.sha, subject: commit.subject, author: commit.author });
    if (base === null) continue;
    const next = newest[i + 1];
    if (commit.parents.length !== 1 || (next && next.sha !== commit.parents[0])) return null;
  }
  // a history that ends before the full length without meeting `base`: it is not an ancestor
  return base === null || newest.length === NEW_COMMITS_LISTED ? { commits, count: null } : null;
}

/** `rev-list --left-right --count`'s two numbers: base's own commits, HEAD's own commits. */
function parseCount(counted: string): { left: number; right: number } | null {
  const [left = Number.NaN, right = Number.NaN] = counted.trim().split(/\s+/).map(Number);
  return Number.isSafeInteger(left) && Number.isSafeInteger(right) ? { left, right } : null;
}

const rangeOf = (base: string | null, head: string): string => (base === null ? head : `${base}...${head}`);

/** The count's git command line (resume's entry starts it before the command that reads it has loaded, early-git.ts). */
export const countArgs = (base: string | null, head: string): string[] => ['rev-list', '--left-right', '--count', rangeOf(base, head), '--'];

/**
 * HEAD's commits since `base` (all of them when null) and whether `base` is an ancestor of HEAD,
 * from both ends (base...HEAD), in the repository `git` works in; null when git does not know
 * `base` as a commit, or either is not a full commit id (each reaches git as a revision, where
 * `--output=<file>` would be taken as an option). The count's walk (started early, when it was)
 * and HEAD's newest commits run side by side; listing the range's newest (a second walk of the
 * whole range) follows only when the newest do not prove to be them, as after a merge.
 */
export async function commitsSince(git: GitCommand, base: string | null, head: string): Promise<CommitWalk | null> {
  if (!COMMIT_ID_PATTERN.test(head) || (base !== null && !COMMIT_ID_PATTERN.test(base))) return null;
  if (base === head) return { commits: [], count: 0, diverged: false };
  const range = rangeOf(base, head);
  const args = countArgs(base, head);
  const counting = git(args).then(parseCount);
  counting.catch(() => undefined);
  const listRange = () => git(['log', `--max-count=${NEW_COMMITS_LISTED}`, '--right-only', LOGGED, range, '--']);
  try {
    const proven = newestSince(parseLogged(await git(['log', `--max-count=${NEW_COMMITS_LISTED}`, LOGGED, head, '--'])), base);
    // not proven: the range's own listing starts now, beside the count's walk
    const listing = proven ? null : listRange();
    listing?.catch(() => undefined);
    const counted = await counting;
    if (!counted) return null;
    const diverged = counted.left > 0;
    // the count's own word wins over the chain's, which a replaced or grafted commit could bend
    if (proven && !diverged && (proven.count ?? counted.right) === counted.right && proven.commits.length <= counted.right) {
      return { commits: proven.commits, count: counted.right, diverged };
    }
    const listed = parseLogged(await (listing ?? listRange()));
    return { commits: listed.map(({ sha, subject, author }) => ({ sha, subject, author })), count: counted.right, diverged };
  } catch {
    return null;
  }
}
