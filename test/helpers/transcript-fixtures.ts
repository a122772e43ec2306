// Builders for Claude Code transcript lines, shaped like the CLI writes them (2.1.x), and writers
// that put them into real JSONL files in a temporary directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Line = Record<string, unknown>;
export type Block = Record<string, unknown>;

export interface UsageFigures {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  output_tokens: number;
}

export const MODEL = 'claude-opus-4-6';

let counter = 0;
function envelope(type: string, extra: Line = {}): Line {
  counter += 1;
  return {
    parentUuid: null,
    isSidechain: false,
    userType: 'external',
    cwd: '/p',
    sessionId: 'session-1',
    version: '2.1.197',
    gitBranch: 'main',
    type,
    uuid: `uuid-${counter}`,
    timestamp: new Date(Date.UTC(2026, 2, 14, 12, 0, counter % 60)).toISOString(),
    ...extra,
  };
}

export function usage(figures: Partial<UsageFigures> = {}): UsageFigures {
  return { input_tokens: 10, cache_creation_input_tokens: 2000, cache_read_input_tokens: 30000, output_tokens: 50, ...figures };
}

/** Usage figures that add up to exactly the given context tokens. */
export function tokens(input: number, cacheCreation = 0, cacheRead = 0): Partial<UsageFigures> {
  return { input_tokens: input, cache_creation_input_tokens: cacheCreation, cache_read_input_tokens: cacheRead };
}

export const text = (value: string): Block => ({ type: 'text', text: value });
export const toolUse = (id: string, name: string, input: unknown): Block => ({ type: 'tool_use', id, name, input });
export const toolResultBlock = (toolUseId: string, content: unknown, isError = false): Block => ({
  type: 'tool_result',
  tool_use_id: toolUseId,
  content,
  ...(isError ? { is_error: true } : {}),
});

/** An assistant reply; pass `usage: null` for a line without usage. */
export function assistant(
  content: Block[] | string,
  options: { usage?: Partial<UsageFigures> | null; model?: string; sidechain?: boolean; requestedModel?: string; version?: string } = {},
): Line {
  const message: Line = {
    id: `msg_${counter + 1}`,
    type: 'message',
    role: 'assistant',
    model: options.model ?? MODEL,
    content: typeof content === 'string' ? [text(content)] : content,
    stop_reason: null,
    stop_sequence: null,
  };
  if (options.usage !== null) message.usage = usage(options.usage);
  return envelope('assistant', {
    isSidechain: options.sidechain ?? false,
    message,
    requestId: 'req_1',
    ...(options.requestedModel ? { requestedModel: options.requestedModel } : {}),
    ...(options.version ? { version: options.version } : {}),
  });
}

/** What Claude Code writes for an error or interruption it reports itself. */
export function syntheticAssistant(value: string): Line {
  return assistant(value, { model: '<synthetic>', usage: { ...tokens(0), output_tokens: 0 } });
}

export function userPrompt(content: string | Block[], extra: Line = {}): Line {
  return envelope('user', { message: { role: 'user', content }, ...extra });
}

/** The user line answering one tool call, with the structured `toolUseResult` Claude Code adds. */
export function toolResult(
  toolUseId: string,
  content: unknown,
  options: { isError?: boolean; toolUseResult?: unknown; sidechain?: boolean } = {},
): Line {
  return envelope('user', {
    isSidechain: options.sidechain ?? false,
    message: { role: 'user', content: [toolResultBlock(toolUseId, content, options.isError)] },
    ...(options.toolUseResult === undefined ? {} : { toolUseResult: options.toolUseResult }),
  });
}

export function compactBoundary(): Line {
  return envelope('system', {
    subtype: 'compact_boundary',
    content: 'Conversation compacted',
    isMeta: false,
    level: 'info',
    compactMetadata: { trigger: 'auto', preTokens: 167_500 },
  });
}

/** The summary Claude Code puts right after a compaction, as a user line. */
export function compactSummary(summary: string): Line {
  return userPrompt(`This session is being continued from a previous conversation that ran out of context. ${summary}`, {
    isCompactSummary: true,
    isVisibleInTranscriptOnly: true,
  });
}

/** Line types that carry no message and must be skipped. */
export function otherLines(): Line[] {
  return [
    { type: 'summary', summary: 'Fixing the login bug', leafUuid: 'uuid-0' },
    { type: 'file-history-snapshot', messageId: 'm1', snapshot: { trackedFileBackups: {} }, isSnapshotUpdate: false },
    envelope('progress', {
      data: {
        type: 'agent_progress',
        message: {
          type: 'assistant',
          message: {
            role: 'assistant',
            content: [toolUse('toolu_progress', 'Edit', { file_path: '/p/progress.ts' })],
            usage: usage(tokens(999_999)),
          },
        },
      },
      parentToolUseID: 'toolu_x',
    }),
    envelope('attachment', { attachment: { type: 'hook_success', content: 'ok' } }),
    { type: 'queue-operation', operation: 'enqueue', content: 'later' },
  ];
}

// ---------------------------------------------------------------------------------------------
// Files

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-transcript-'));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Writes lines (objects are serialized, strings written as given) as JSONL. `crlf` ends lines
 * with \r\n; `torn` appends the first half of one more line without a newline, as a transcript
 * looks while Claude Code is writing it.
 */
export function writeTranscript(
  dir: string,
  name: string,
  lines: (Line | string)[],
  options: { crlf?: boolean; torn?: Line; noFinalNewline?: boolean } = {},
): string {
  const eol = options.crlf ? '\r\n' : '\n';
  let body = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join(eol);
  if (lines.length > 0 && !options.noFinalNewline) body += eol;
  if (options.torn) {
    const whole = JSON.stringify(options.torn);
    body += whole.slice(0, Math.floor(whole.length / 2));
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
}

/** A filler block of about `bytes` bytes of tool-output lines without any usage figure. */
export function fillerBlock(bytes: number): Buffer {
  const line = `${JSON.stringify(toolResult('toolu_filler', 'x'.repeat(8 * 1024)))}\n`;
  return Buffer.from(line.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(line)))));
}

/**
 * A large transcript written quickly: `head` lines, then `fillerBytes` of tool output written as
 * one ~1 MB block repeated, then `tail` lines.
 */
export function writeLargeTranscript(dir: string, name: string, head: Line[], fillerBytes: number, tail: Line[]): string {
  const file = path.join(dir, name);
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, head.map((l) => `${JSON.stringify(l)}\n`).join(''));
    const block = fillerBlock(Math.min(fillerBytes, 1024 * 1024));
    for (let written = 0; written < fillerBytes; written += block.length) fs.writeSync(fd, block);
    fs.writeSync(fd, tail.map((l) => `${JSON.stringify(l)}\n`).join(''));
  } finally {
    fs.closeSync(fd);
  }
  return file;
}
