// Measuring the context reads transcript lines with a check written by hand (reading-entry.ts), so
// that a quiet turn never loads zod. It must read every line as the transcript schema does: the
// same lines rejected, the same values kept. Held to it here on every line the real CLIs wrote
// (the recorded corpus) and on lines made to break each field it declares.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReadingEntry } from '../../scripts/core/session/reading-entry.ts';
import { parseEntry } from '../../scripts/core/session/transcript-entry.ts';
import { REPO_ROOT } from '../helpers/cli.ts';
import { NOT_RECORDS, oddLines } from '../helpers/odd-values.ts';

const CORPUS = path.join(REPO_ROOT, 'test', 'fixtures', 'transcripts');
const DECLARED = ['type', 'subtype', 'isSidechain', 'isMeta', 'isCompactSummary', 'requestedModel', 'version', 'message', 'compactMetadata'] as const;

function corpusLines(): string[] {
  const files = fs.readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
  return files.flatMap((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8').split('\n').filter((line) => line !== ''));
}

/** What the schema gives for the fields the reading declares (the miner's schema extends the reading's). */
function bySchema(line: string): Record<string, unknown> | null {
  const entry = parseEntry(line);
  if (!entry) return null;
  return Object.fromEntries(DECLARED.map((key) => [key, entry[key]]));
}

function byHand(line: string): Record<string, unknown> | null {
  const entry = parseReadingEntry(line);
  if (!entry) return null;
  return Object.fromEntries(DECLARED.map((key) => [key, entry[key]]));
}

const BASE = {
  type: 'assistant',
  subtype: 'x',
  isSidechain: false,
  isMeta: false,
  isCompactSummary: false,
  requestedModel: 'claude-opus-4-6[1m]',
  version: '2.1.332',
  message: { role: 'assistant', model: 'claude-opus-4-6', content: [{ type: 'text', text: 'hi' }], usage: { input_tokens: 1, cache_creation_input_tokens: 2, cache_read_input_tokens: 3, output_tokens: 4 } },
  compactMetadata: { trigger: 'auto', preTokens: 150_000, postTokens: 9_000 },
  uuid: 'u-1',
};

const FIELDS = [
  ...DECLARED.map((key) => [key]),
  ...['model', 'content', 'usage'].map((key) => ['message', key]),
  ...['input_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens'].map((key) => ['message', 'usage', key]),
  ...['trigger', 'preTokens', 'postTokens'].map((key) => ['compactMetadata', key]),
];

describe('the reading of a transcript line, by hand and by the schema', () => {
  const lines = corpusLines();

  it('reads a corpus of real transcripts (both CLIs, every scenario recorded)', () => {
    expect(lines.length).toBeGreaterThan(300);
    expect(lines.filter((line) => bySchema(line)?.message !== undefined).length).toBeGreaterThan(100);
  });

  it('agrees on every line of the corpus', () => {
    const differing = lines.filter((line) => !isEqual(byHand(line), bySchema(line)));
    expect(differing).toEqual([]);
  });

  it.each([...oddLines(BASE, FIELDS), ...NOT_RECORDS, ['an empty line', '']])('agrees when %s', (_name, line) => {
    expect(byHand(line)).toEqual(bySchema(line));
    expect(byHand(line) === null).toBe(bySchema(line) === null);
  });
});

/** Equal as toEqual sees it (key order aside; an undefined field as an absent one, as zod writes it). */
function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
