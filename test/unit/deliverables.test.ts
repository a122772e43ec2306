import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashFile, resolvePhases } from '../../scripts/core/store/deliverables.ts';
import { HandoffInput } from '../../scripts/core/schemas.ts';
import { cleanupTempDirs, tempDir } from '../helpers/repo.ts';

afterEach(cleanupTempDirs);

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

function project(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.writeFileSync(path.join(dir, 'docs', 'design.md'), '# Design\n');
  return dir;
}

/** Phases as the handoff input parses them (defaults filled in). */
function phasesOf(phases: unknown[]) {
  return HandoffInput.parse({ phases }).phases ?? [];
}

describe('hashFile', () => {
  it('hashes the content, in chunks for a large file', () => {
    const dir = tempDir();
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'x');
    fs.writeFileSync(path.join(dir, 'big.bin'), big);
    expect(hashFile(path.join(dir, 'big.bin'))).toBe(sha256(big));
    fs.writeFileSync(path.join(dir, 'empty'), '');
    expect(hashFile(path.join(dir, 'empty'))).toBe(sha256(''));
  });

  it('is null for a missing file or a directory', () => {
    const dir = tempDir();
    expect(hashFile(path.join(dir, 'nope'))).toBeNull();
    expect(hashFile(dir)).toBeNull();
  });
});

describe('resolvePhases', () => {
  it('stores each deliverable as a project-relative path and the hash of the file now', () => {
    const dir = project();
    const phases = resolvePhases(
      dir,
      phasesOf([
        { num: 1, name: 'Design', status: 'approved', deliverables: ['docs/design.md', path.join(dir, 'docs', 'design.md')] },
        { num: 2, name: 'Build', status: 'in_progress' },
      ]),
    );
    expect(phases).toEqual([
      {
        num: 1,
        name: 'Design',
        status: 'approved',
        skip_reason: null,
        deliverables: [
          { path: 'docs/design.md', sha256: sha256('# Design\n') },
          { path: 'docs/design.md', sha256: sha256('# Design\n') },
        ],
      },
      { num: 2, name: 'Build', status: 'in_progress', skip_reason: null, deliverables: [] },
    ]);
  });

  it('a file that does not exist keeps the hash the input gave, or null; the file on disk wins over a given hash', () => {
    const dir = project();
    const given = 'a'.repeat(64);
    const [phase] = resolvePhases(
      dir,
      phasesOf([
        {
          num: 1,
          name: 'Design',
          status: 'completed',
          deliverables: ['gone.md', { path: 'elsewhere.md', sha256: given }, { path: 'docs/design.md', sha256: given }, '/outside/the/project.md'],
        },
      ]),
    );
    expect(phase?.deliverables).toEqual([
      { path: 'gone.md', sha256: null },
      { path: 'elsewhere.md', sha256: given },
      { path: 'docs/design.md', sha256: sha256('# Design\n') },
      { path: '/outside/the/project.md', sha256: null },
    ]);
  });
});
