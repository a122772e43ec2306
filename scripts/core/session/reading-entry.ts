// A transcript line as measuring the context reads it, checked by hand: every turn parses its
// newest lines, and the quiet-turn check runs without zod (quiet-turn.ts says why). It accepts
// exactly what transcript-entry.ts's ReadingEntry schema accepts and keeps the same values of the
// fields it declares (test/unit/reading-entry.test.ts holds the two to each other on every line
// of the transcript corpus and on lines made to break each field).
import type { ReadingEntry } from './transcript-entry.ts';
import { isBoolean, isNumber, isObject, isString } from '../shared/json-guards.ts';

/** zod's lenient field: the value when it has the shape, else dropped */
const lenient = <T>(value: unknown, ok: (v: unknown) => v is T): T | undefined => (ok(value) ? value : undefined);

/** A token count: absent, null, or a finite number not below zero (zod's nullish nonnegative number). */
function isCount(value: unknown): value is number | null | undefined {
  return value === undefined || value === null || (isNumber(value) && value >= 0);
}

type Usage = NonNullable<NonNullable<ReadingEntry['message']>['usage']>;
type Message = NonNullable<ReadingEntry['message']>;
type CompactMetadata = NonNullable<ReadingEntry['compactMetadata']>;

function usageOf(value: unknown): Usage | undefined {
  if (!isObject(value)) return undefined;
  const { input_tokens, cache_creation_input_tokens, cache_read_input_tokens } = value;
  if (!isCount(input_tokens) || !isCount(cache_creation_input_tokens) || !isCount(cache_read_input_tokens)) return undefined;
  return { input_tokens, cache_creation_input_tokens, cache_read_input_tokens };
}

function messageOf(value: unknown): Message | undefined {
  if (!isObject(value)) return undefined;
  const content = value.content;
  return {
    ...value,
    model: lenient(value.model, isString),
    content: isString(content) || Array.isArray(content) ? content : undefined,
    usage: usageOf(value.usage),
  };
}

function compactMetadataOf(value: unknown): CompactMetadata | undefined {
  if (!isObject(value)) return undefined;
  const { preTokens, postTokens } = value;
  if (!isCount(preTokens) || !isCount(postTokens)) return undefined;
  return { ...value, trigger: lenient(value.trigger, isString), preTokens, postTokens };
}

/** The line's fields as ReadingEntry declares them; null when it is not an object with a string `type`. */
export function readingEntryOf(json: unknown): ReadingEntry | null {
  if (!isObject(json) || !isString(json.type)) return null;
  return {
    ...json,
    type: json.type,
    subtype: lenient(json.subtype, isString),
    isSidechain: lenient(json.isSidechain, isBoolean),
    isMeta: lenient(json.isMeta, isBoolean),
    isCompactSummary: lenient(json.isCompactSummary, isBoolean),
    requestedModel: lenient(json.requestedModel, isString),
    version: lenient(json.version, isString),
    message: messageOf(json.message),
    compactMetadata: compactMetadataOf(json.compactMetadata),
  };
}

/** A line as measuring the context reads it; null for a line that is not JSON or not an entry. */
export function parseReadingEntry(line: string): ReadingEntry | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  return readingEntryOf(json);
}

export function isMainChain(entry: ReadingEntry): boolean {
  return entry.isSidechain !== true;
}

export function isCompactBoundary(entry: ReadingEntry): boolean {
  return entry.type === 'system' && entry.subtype === 'compact_boundary';
}

/** Tokens in the context when this line was written, if it is a real main-chain API reply. */
export function contextTokensOf(entry: ReadingEntry): number | null {
  const usage = entry.message?.usage;
  if (entry.type !== 'assistant' || !isMainChain(entry) || !usage) return null;
  // Claude Code writes `<synthetic>` replies itself (errors, interruptions) with zero usage.
  if (entry.message?.model === '<synthetic>') return null;
  return (usage.input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
}

/** The text of a tool result's content: a string, or its text blocks joined. */
export function textOfToolResult(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((block) => (isObject(block) && block.type === 'text' && isString(block.text) ? block.text : '')).join('\n');
}

/** Characters a message puts into the context: text, thinking, tool calls and tool results. */
export function contentChars(entry: ReadingEntry): number {
  const content = entry.message?.content;
  if (typeof content === 'string') return content.length;
  if (!content) return 0;
  let chars = 0;
  for (const block of content) {
    if (typeof block !== 'object' || block === null) continue;
    if ('text' in block && typeof block.text === 'string') chars += block.text.length;
    else if ('thinking' in block && typeof block.thinking === 'string') chars += block.thinking.length;
    else if ('input' in block) chars += JSON.stringify(block.input ?? null).length;
    else if ('content' in block) chars += textOfToolResult(block.content).length;
  }
  return chars;
}
