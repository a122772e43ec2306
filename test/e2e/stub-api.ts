// A loopback stand-in for the Anthropic Messages API, just enough for the real Claude Code CLI:
// each test scripts the "model" with a function from the request to a reply (text or one
// tool_use), and reads back every request body Claude Code sent.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export type Reply =
  | { kind: 'text'; text: string; usage?: Partial<Usage> }
  | { kind: 'tool_use'; name: string; input: Record<string, unknown>; text?: string; usage?: Partial<Usage> };

/** One recorded POST /v1/messages call, with the body as Claude Code sent it. */
export interface StubRequest {
  index: number;
  path: string;
  body: MessagesBody;
}

export interface MessagesBody {
  model?: string;
  stream?: boolean;
  system?: unknown;
  messages?: unknown[];
  tools?: { name?: string }[];
  max_tokens?: number;
  [key: string]: unknown;
}

export type Script = (request: StubRequest) => Reply;

export const text = (value: string, usage?: Partial<Usage>): Reply => ({ kind: 'text', text: value, ...(usage ? { usage } : {}) });

export const bash = (command: string, usage?: Partial<Usage>): Reply => ({
  kind: 'tool_use',
  name: 'Bash',
  input: { command, description: 'Run a command for the test' },
  ...(usage ? { usage } : {}),
});

const DEFAULT_USAGE: Usage = { input_tokens: 100, output_tokens: 10, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
// A scripted loop that never ends its turn must fail the test, not hang it.
const MAX_REQUESTS = 200;
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface StubApi {
  url: string;
  /** Every Messages request so far, oldest first (count_tokens and HEAD are answered but not kept). */
  requests: StubRequest[];
  /** What the script threw, if anything: the test should fail with it. */
  errors: string[];
  /** Forgets the recorded requests and scripts the model anew, for the next claude run. */
  reset(script: Script): void;
  close(): Promise<void>;
}

export async function startStubApi(initial: Script = () => text('ok')): Promise<StubApi> {
  let script = initial;
  const requests: StubRequest[] = [];
  const errors: string[] = [];
  let nextToolId = 1;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    if (req.method === 'HEAD' || req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(req.method === 'GET' ? '{}' : undefined);
      return;
    }
    readBody(req)
      .then((raw) => {
        const body = JSON.parse(raw || '{}') as MessagesBody;
        if (url.pathname.endsWith('/count_tokens')) {
          sendJson(res, 200, { input_tokens: Math.ceil(raw.length / 4) });
          return;
        }
        if (!url.pathname.endsWith('/v1/messages')) {
          sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: `stub: no ${url.pathname}` } });
          return;
        }
        if (requests.length >= MAX_REQUESTS) {
          sendJson(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'stub: request limit reached' } });
          return;
        }
        const request: StubRequest = { index: requests.length, path: url.pathname, body };
        requests.push(request);
        let reply: Reply;
        try {
          reply = script(request);
        } catch (error) {
          // A 400 is not retried, so a broken script ends the claude run at once instead of in backoff.
          errors.push(error instanceof Error ? error.message : String(error));
          sendJson(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: `stub script failed: ${String(error)}` } });
          return;
        }
        const message = toMessage(reply, body.model ?? 'claude-stub', `toolu_stub_${nextToolId++}`);
        if (body.stream) sendStream(res, message);
        else sendJson(res, 200, message);
      })
      .catch((error: unknown) => {
        sendJson(res, 500, { type: 'error', error: { type: 'api_error', message: `stub: ${String(error)}` } });
      });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    errors,
    reset: (next) => {
      requests.length = 0;
      errors.length = 0;
      script = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

type ContentBlock = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };

interface Message {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: ContentBlock[];
  stop_reason: 'end_turn' | 'tool_use';
  stop_sequence: null;
  usage: Usage;
}

function toMessage(reply: Reply, model: string, toolId: string): Message {
  const content: ContentBlock[] = [];
  if (reply.kind === 'text' || reply.text) content.push({ type: 'text', text: reply.text ?? '' });
  if (reply.kind === 'tool_use') content.push({ type: 'tool_use', id: toolId, name: reply.name, input: reply.input });
  return {
    id: `msg_${toolId}`,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: reply.kind === 'tool_use' ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { ...DEFAULT_USAGE, ...reply.usage },
  };
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_stub' }).end(JSON.stringify(value));
}

/** The SSE event sequence of the streaming Messages API, one content block after the other. */
function sendStream(res: http.ServerResponse, message: Message): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': 'req_stub' });
  const event = (type: string, data: Record<string, unknown>) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  const { usage } = message;
  event('message_start', { message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } } });
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      event('content_block_start', { index, content_block: { type: 'text', text: '' } });
      event('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } });
    } else {
      event('content_block_start', { index, content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } });
      event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) } });
    }
    event('content_block_stop', { index });
  });
  event('message_delta', { delta: { stop_reason: message.stop_reason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
  event('message_stop', {});
  res.end();
}

/** Every text of the request's messages, in order: prompts, tool results, injected context. */
export function messageStrings(body: MessagesBody): string[] {
  const out: string[] = [];
  // Only `text` and `content`: the other fields (role, type, ids, tool inputs) are not what the model reads as text.
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (isRecord(value)) {
      walk(value.text);
      walk(value.content);
    }
  };
  walk(body.messages ?? []);
  return out;
}

/** The messages flattened to one string, for `toContain` checks. */
export const messagesText = (body: MessagesBody): string => messageStrings(body).join('\n');

/**
 * The part of the request the model has not answered yet: the messages after its last reply (a
 * new prompt, tool results, a hook's feedback, the compaction prompt). A script that looks only
 * here answers each step of a turn the same way however long the history is.
 */
export function sinceLastReply(body: MessagesBody): MessagesBody {
  const messages = body.messages ?? [];
  const last = messages.findLastIndex((message) => isRecord(message) && message.role === 'assistant');
  return { ...body, messages: messages.slice(last + 1) };
}

export interface ToolResult {
  tool_use_id: string;
  text: string;
  is_error: boolean;
}

/** The tool_result blocks of the request, whatever their content shape (string or text blocks). */
export function toolResults(body: MessagesBody): ToolResult[] {
  const results: ToolResult[] = [];
  for (const message of body.messages ?? []) {
    const content = isRecord(message) ? message.content : undefined;
    if (!Array.isArray(content)) continue;
    for (const block of content) {
      if (!isRecord(block) || block.type !== 'tool_result') continue;
      results.push({
        tool_use_id: String(block.tool_use_id),
        text: messageStrings({ messages: [block.content] }).join('\n'),
        is_error: block.is_error === true,
      });
    }
  }
  return results;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
