// Every command documents each of its options in its --help, one row each.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../scripts/commands/command.ts';

const DIR = path.resolve(import.meta.dirname, '../../scripts/commands');
// every file of the folder but the shared ones is a command
const NAMES = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && !['command.ts', 'workflow-arg.ts'].includes(f)).map((f) => f.replace(/\.ts$/, ''));
// declared only to be refused with a reason (a passphrase on the command line), never offered
const REFUSED = new Set(['passphrase', 'password']);

describe.each(NAMES)('%s --help', (name) => {
  it('has a one-line summary and a row for every option', async () => {
    const { command } = (await import(path.join(DIR, `${name}.ts`))) as { command: Command };
    expect(command.usage.split(' ')[0]).toBe(name);
    expect(command.summary).toMatch(/^[A-Z].{8,64}\.$/);
    const documented = command.help.map(([left]) => left);
    for (const option of Object.keys(command.options).filter((o) => !REFUSED.has(o))) {
      expect(documented.some((left) => left === `--${option}` || left.startsWith(`--${option} `))).toBe(true);
    }
    for (const [, right] of command.help) expect(right.length).toBeGreaterThan(3);
  });
});
