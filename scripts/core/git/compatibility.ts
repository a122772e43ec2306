// The pre-flight check of a resume: is this the world the handoff was written in? Each row is
// ok, changed (worth knowing) or warning (look before you go on).
import { createHash } from 'node:crypto';
import { READ_CAPS, readRegularFile } from '../shared/safe-fs.ts';
import path from 'node:path';
import type { WorkflowState } from '../schemas.ts';

/** Dependency lockfiles whose change since a handoff means "reinstall before trusting the tests". */
const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'Cargo.lock',
  'go.sum',
  'poetry.lock',
  'uv.lock',
  'Pipfile.lock',
  'Gemfile.lock',
  'composer.lock',
  'mix.lock',
  'pubspec.lock',
  'Package.resolved',
];

/** sha256 of each lockfile at the project's top level, by name. */
export function hashLockfiles(projectDir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of LOCKFILES) {
    try {
      hashes[name] = createHash('sha256').update(readRegularFile(path.join(projectDir, name), READ_CAPS.lockfile)).digest('hex');
    } catch {
      // absent: most projects have one or two of these
    }
  }
  return hashes;
}

type CheckLevel = 'ok' | 'changed' | 'warning';

export interface CompatibilityRow {
  check: string;
  at_handoff: string;
  now: string;
  level: CheckLevel;
  note: string;
}

export interface World {
  projectDir: string;
  branch: string | null;
  pluginVersion: string;
  nodeVersion: string;
  lockfiles: Record<string, string>;
}

/**
 * The command that goes back to the handoff's branch, which Claude may run as written. The name
 * comes from the state, which may be hostile, and git's branch names may hold what a shell acts on
 * (`;`, `$`, a backquote): anything but plain characters is quoted. A name starting with a dash
 * would reach git as an option, and git never names a branch so: no command is offered for it.
 */
function switchBack(branch: string): string {
  if (branch.startsWith('-')) return 'the handoff named a branch git does not allow (it starts with a dash)';
  const word = /^[\w./@+-]+$/.test(branch) ? branch : `'${branch.replaceAll("'", "'\\''")}'`;
  return `switch back with: git switch ${word}`;
}

function major(version: string): string {
  return /^v?(\d+)/.exec(version)?.[1] ?? version;
}

export function checkCompatibility(state: WorkflowState, world: World): CompatibilityRow[] {
  const rows: CompatibilityRow[] = [];
  const row = (check: string, then: string, now: string, level: CheckLevel, note = '') => rows.push({ check, at_handoff: then, now, level, note });

  row(
    'project path',
    state.project.path,
    world.projectDir,
    state.project.path === world.projectDir ? 'ok' : 'changed',
    state.project.path === world.projectDir ? '' : 'another clone or machine: paths are shown relative to the project',
  );
  const thenBranch = state.git?.branch ?? '—';
  const nowBranch = world.branch ?? '—';
  row('branch', thenBranch, nowBranch, thenBranch === nowBranch ? 'ok' : 'warning', thenBranch === nowBranch ? '' : switchBack(thenBranch));
  const plugin = state.device.plugin_version;
  row('plugin version', plugin, world.pluginVersion, plugin === world.pluginVersion ? 'ok' : 'changed');
  const node = state.device.node_version;
  row(
    'Node version',
    node,
    world.nodeVersion,
    node === world.nodeVersion ? 'ok' : major(node) === major(world.nodeVersion) ? 'changed' : 'warning',
    major(node) === major(world.nodeVersion) ? '' : 'another major version: native modules may need a rebuild',
  );
  const names = [...new Set([...Object.keys(state.lockfiles), ...Object.keys(world.lockfiles)])].sort();
  for (const name of names) {
    const then = state.lockfiles[name];
    const now = world.lockfiles[name];
    const short = (hash: string | undefined) => (hash ? hash.slice(0, 12) : 'absent');
    if (then === now) row(name, short(then), short(now), 'ok');
    else if (then && !now) row(name, short(then), 'absent', 'warning', 'removed since the handoff');
    else row(name, short(then), short(now), 'warning', 'dependencies changed: reinstall before running anything');
  }
  return rows;
}

export interface Staleness {
  stale: boolean;
  reasons: string[];
}

/** A handoff too old, or one whose branch has moved on, should not be trusted at face value. */
export function assessStaleness(handedOffAt: string, newCommits: number, staleAfterDays: number, now: Date): Staleness {
  const reasons: string[] = [];
  const days = (now.getTime() - Date.parse(handedOffAt)) / 86_400_000;
  if (days >= staleAfterDays) reasons.push(`handed off ${Math.floor(days)} days ago (stale after ${staleAfterDays})`);
  if (newCommits > 0) reasons.push(`${newCommits} commit${newCommits === 1 ? '' : 's'} landed since the handoff`);
  return { stale: reasons.length > 0, reasons };
}
