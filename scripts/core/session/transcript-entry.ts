// The shapes of Claude Code transcript lines that this plugin reads. Only the fields read are
// declared; Claude Code adds fields between releases, so objects are loose and a malformed
// optional field is dropped rather than failing the line.
import * as z from 'zod/mini';

const Count = z.nullish(z.number().check(z.nonnegative()));
const Usage = z.object({
  input_tokens: Count,
  cache_creation_input_tokens: Count,
  cache_read_input_tokens: Count,
});

/** An optional field that is dropped, not fatal, when Claude Code writes it in another shape. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const Message = z.looseObject({
  model: lenient(z.string()),
  content: lenient(z.union([z.string(), z.array(z.unknown())])),
  usage: lenient(Usage),
});

/**
 * What measuring the context reads of a line. Measuring checks it by hand (reading-entry.ts, held to
 * this schema by a test); mining reads it through Entry.
 */
const ReadingEntry = z.looseObject({
  type: z.string(),
  subtype: lenient(z.string()),
  isSidechain: lenient(z.boolean()),
  isMeta: lenient(z.boolean()),
  isCompactSummary: lenient(z.boolean()),
  requestedModel: lenient(z.string()),
  version: lenient(z.string()),
  message: lenient(Message),
  /** system/compact_boundary */
  compactMetadata: lenient(z.looseObject({ trigger: lenient(z.string()), preTokens: Count, postTokens: Count })),
});
export type ReadingEntry = z.infer<typeof ReadingEntry>;

/** What mining the transcript reads besides: built when a save first mines, never on a quiet turn. */
const Entry = z.lazy(() =>
  z.extend(ReadingEntry, {
    lastPrompt: lenient(z.string()),
    timestamp: lenient(z.string()),
    toolUseResult: z.optional(z.unknown()),
    /** queue-operation lines: what was queued (task notifications among them) */
    operation: lenient(z.string()),
    content: lenient(z.string()),
    /** attachment lines */
    attachment: lenient(z.looseObject({ type: lenient(z.string()), prompt: lenient(z.string()) })),
    /** the session's title: `summary` lines (1.x), `custom-title` and `ai-title` lines */
    summary: lenient(z.string()),
    customTitle: lenient(z.string()),
    aiTitle: lenient(z.string()),
  }),
);
export type Entry = z.infer<typeof Entry>;

// content blocks: only transcript mining reads them, which a quiet turn never does
const TextBlock = z.lazy(() => z.object({ type: z.literal('text'), text: z.string() }));
export const ToolUseBlock = z.lazy(() => z.object({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: z.unknown() }));
export const ToolResultBlock = z.lazy(() =>
  z.object({
    type: z.literal('tool_result'),
    tool_use_id: z.string(),
    content: z.optional(z.unknown()),
    is_error: z.nullish(z.boolean()),
  }),
);
export type ToolUse = z.infer<typeof ToolUseBlock>;
export type ToolResult = z.infer<typeof ToolResultBlock>;

function parseWith<T>(schema: z.ZodMiniType<T>, line: string): T | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** A line as mining reads it. */
export function parseEntry(line: string): Entry | null {
  return parseWith(Entry, line);
}

export function blocksOf<T>(entry: Entry, schema: z.ZodMiniType<T>): T[] {
  const content = entry.message?.content;
  if (!Array.isArray(content)) return [];
  const out: T[] = [];
  for (const block of content) {
    const parsed = schema.safeParse(block);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** The text of a user line: its string content, or its text blocks joined. */
export function userText(entry: Entry): string | null {
  const content = entry.message?.content;
  if (typeof content === 'string') return content;
  if (!content) return null;
  const texts = blocksOf(entry, TextBlock).map((b) => b.text);
  return texts.length > 0 ? texts.join('\n') : null;
}
