import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { homeDir } from '../../scripts/core/shared/node-builtins.ts';

describe('homeDir', () => {
  const saved = process.env.HOME;
  afterEach(() => {
    if (saved === undefined) delete process.env.HOME;
    else process.env.HOME = saved;
  });

  // whatever $HOME says, or when there is none (the password database), as os.homedir() answers
  it.each([
    ['a folder', '/srv/somebody else'],
    ['empty', ''],
    ['unset', undefined],
  ])('$HOME %s: the same as os.homedir()', (_label, home) => {
    if (home === undefined) delete process.env.HOME;
    else process.env.HOME = home;
    expect(homeDir()).toBe(os.homedir());
  });
});
