// Secrets pasted into a handoff (a token in a decision, an .env excerpt in a note, a database URL
// in a blocker) would otherwise be written to disk, and later pushed to a shared remote or
// exported. Every free-text field is scrubbed before it is written; the marker says what kind of
// value was there, so the note still reads sensibly.
//
// Two sources of rules: the formats this project recognises itself (redact-patterns.ts, and the
// NAME=value lines below) and secretlint's maintained rule set (secret-scanner.ts).
import { BASIC, BEARER, PEM_BEGIN, PEM_BODY, PEM_END, SECRET_FLAG, TOKENS, URL_PASSWORD, USER_FLAG } from './redact-patterns.ts';
import type { WorkflowState } from '../schemas.ts';
import { findSecretsByRules } from './secret-scanner.ts';

interface RedactedText {
  text: string;
  count: number;
}

interface RedactedState {
  state: WorkflowState;
  count: number;
}

const MARKER_PREFIX = '[REDACTED:';
const marker = (kind: string): string => `${MARKER_PREFIX}${kind}]`;

// NAME=value, NAME: value, export NAME=value, "name": "value". The name is matched generically
// and judged in code: a regex that looked for the secret word inside the name would backtrack
// over every split of a long identifier.
// The value is read separately (VALUE), and only for a secret-like name: a rejected match resumes
// at its value, so matching values there would rescan "a:b:c:…" once per colon.
const ASSIGNMENT = /(?<![\w.-])(export[ \t]+)?(["']?)([A-Za-z_][\w.-]*)\2([ \t]*)([=:])([ \t]*)/g;
// (an unquoted value ends at a "\n" escape too: the text may be JSON, or a log line of it)
const VALUE = /"[^"\n]{0,4096}"|'[^'\n]{0,4096}'|(?:[^\s"'\\]|\\(?![\\nr]))+/y;
// (`auth` alone is the credential of a Docker or npm config)
const SECRET_NAME = /passw(?:or)?d|passphrase|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|^_?auth$/i;
// names that hold where or what a secret is, not the secret itself
const NOT_SECRET_NAME = /(?:url|uri|file|path|dir|endpoint|host|name|type|id|ttl|expiry|expires(?:_at)?|length|count|limit|header)$/i;
// values that are not secrets: numbers (max_tokens=4096), booleans, empty or placeholder values,
// variable references, code (a call), and what an earlier pattern already replaced
const NOT_SECRET_VALUE = /^[[{]|^(?:\d+(?:\.\d+)?|true|false|null|none|nil|undefined|yes|no|\*+|x+|\.\.\.|\u2026)$|^<|^\$|\(|^\[REDACTED:/i;

function redactPem(text: string, hit: () => void): string {
  if (!text.includes('PRIVATE KEY')) return text;
  let out = '';
  let last = 0;
  // the next END line at or after a position, found once and reused while it stays ahead, so the
  // scan is linear however many BEGIN lines there are
  let nextEnd = -2;
  const endFrom = (from: number): number => {
    if (nextEnd === -1 || nextEnd >= from) return nextEnd;
    PEM_END.lastIndex = from;
    nextEnd = PEM_END.exec(text) ? PEM_END.lastIndex : -1;
    return nextEnd;
  };
  PEM_BEGIN.lastIndex = 0;
  let begin = PEM_BEGIN.exec(text);
  while (begin) {
    const bodyStart = PEM_BEGIN.lastIndex;
    const following = PEM_BEGIN.exec(text);
    let stop = endFrom(bodyStart);
    // an END after the next BEGIN closes that block: this one was clipped before its END line
    if (stop < 0 || (following && stop > following.index)) {
      PEM_BODY.lastIndex = bodyStart;
      PEM_BODY.exec(text);
      stop = PEM_BODY.lastIndex;
    }
    out += text.slice(last, begin.index) + marker('private-key');
    hit();
    last = stop;
    // a BEGIN inside what was just replaced is part of it
    begin = following;
    while (begin && begin.index < stop) {
      PEM_BEGIN.lastIndex = Math.max(PEM_BEGIN.lastIndex, stop);
      begin = PEM_BEGIN.exec(text);
    }
    if (begin) PEM_BEGIN.lastIndex = begin.index + begin[0].length;
  }
  return out + text.slice(last);
}

function assignmentKind(name: string): string | null {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return null;
  if (/aws/i.test(name)) return 'aws-secret-key';
  if (/passw(?:or)?d|passphrase/i.test(name)) return 'password';
  if (/api[_.-]?key/i.test(name)) return 'api-key';
  return 'secret';
}

function restOfLineIsBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
    // a "\n" escape, or "\\n" once escaped again, ends the line of a JSON string
    if (c === 0x5c) {
      let j = i;
      while (text.charCodeAt(j) === 0x5c) j++;
      return text[j] === 'n' || text[j] === 'r';
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x2c && c !== 0x3b) return false; // space, tab, `,`, `;`
  }
  return true;
}

/**
 * NAME=value lines whose name is secret-like. A loop rather than String.replace: when a match is
 * not a secret (".env excerpt: DB_PASSWORD=…" reads as the name "excerpt"), the scan resumes at its
 * value, so an assignment inside that value is still found.
 */
function redactAssignments(text: string, hit: () => void): string {
  let out = '';
  let last = 0;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const [head, exported = '', quote = '', name = '', before = '', op = '', after = ''] = m;
    const valueAt = m.index + head.length;
    if (!assignmentKind(name)) continue;
    VALUE.lastIndex = valueAt;
    const value = VALUE.exec(text)?.[0] ?? '';
    const end = valueAt + value.length;
    if (!isSecretAssignment(text, name, quote, op, value, end)) {
      ASSIGNMENT.lastIndex = valueAt;
      continue;
    }
    const kind = assignmentKind(name) ?? 'secret';
    const kept = /^["']/.test(value) ? value.charAt(0) : '';
    out += `${text.slice(last, m.index)}${exported}${quote}${name}${quote}${before}${op}${after}${kept}${marker(kind)}${kept}`;
    hit();
    last = end;
    ASSIGNMENT.lastIndex = end;
  }
  return out + text.slice(last);
}

function isSecretAssignment(text: string, name: string, quote: string, op: string, value: string, end: number): boolean {
  if (!assignmentKind(name)) return false;
  // `auth` alone is a credential as a quoted key of a config (Docker's), a variable in code
  if (/^_?auth$/i.test(name) && !quote) return false;
  const quoted = /^["']/.test(value);
  const bare = quoted ? value.slice(1, -1) : value;
  // an unquoted value is judged without what may follow it in JSON or prose (`"tokens":12,`)
  const head = quoted ? bare : (bare.split(/[,;})\]`]/)[0] ?? '').replace(/[.:]+$/, '');
  if (!head || NOT_SECRET_VALUE.test(head) || /^[=>]/.test(head)) return false;
  const alone = restOfLineIsBlank(text, end) || /^[ \t]+(?:#|\/\/)/.test(text.slice(end, end + 3));
  // generated secrets hold a digit or a symbol; a word with code or prose after it is not one
  // (`password = new Password(…)`, "the token: expired")
  if (!quoted && !alone && /^[A-Za-z]+$/.test(head)) return false;
  // "Secret: rotated" is prose; a colon form counts when the value is alone on its line and
  // either the name is env-style (DB_PASSWORD) or the value has a digit or symbol
  if (op === ':' && !quote) {
    if (!alone) return false;
    if (!/[_A-Z]/.test(name.replace(/^[A-Z]/, '')) && !/[^A-Za-z]/.test(bare)) return false;
  }
  return true;
}

/** Replaces what secretlint's rules find in `text`, except inside a marker already written. */
function redactByRules(text: string, hit: () => void): string {
  const ranges = findSecretsByRules(text).sort((a, b) => a.start - b.start || b.end - a.end);
  if (ranges.length === 0) return text;
  const markers = [...text.matchAll(/\[REDACTED:[a-z0-9-]+\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
  // both lists are in text order: one walk through the markers for all the ranges
  let next = 0;
  const insideMarker = (start: number, end: number): boolean => {
    while ((markers[next]?.[1] ?? Infinity) <= start) next++;
    const around = markers[next];
    return around !== undefined && around[0] < end;
  };
  let out = '';
  let last = 0;
  for (const { start, end, kind } of ranges) {
    // overlapping findings (two rules on one token) become one marker
    if (start < last || end <= start || insideMarker(start, end)) continue;
    out += text.slice(last, start) + marker(kind);
    hit();
    last = end;
  }
  return out + text.slice(last);
}

/** Replaces every secret in `text` with a `[REDACTED:kind]` marker; `count` is how many. */
export function redactText(text: string): RedactedText {
  let count = 0;
  const hit = (): void => {
    count++;
  };
  let out = redactPem(text, hit);
  out = out.replace(URL_PASSWORD, (whole, head: string, password: string) => {
    if (password.startsWith(MARKER_PREFIX) || password.startsWith('$')) return whole;
    hit();
    return `${head}${marker('url-password')}@`;
  });
  for (const { kind, pattern } of TOKENS) {
    out = out.replace(pattern, () => {
      hit();
      return marker(kind);
    });
  }
  out = out.replace(BEARER, (_whole, head: string) => {
    hit();
    return `${head}${marker('bearer-token')}`;
  });
  out = out.replace(BASIC, (_whole, head: string) => {
    hit();
    return `${head}${marker('basic-auth')}`;
  });
  out = out.replace(USER_FLAG, (whole, head: string, quote: string, user: string, password: string) => {
    // a uid:gid pair (`docker run -u 1000:1000`) is not a credential
    if (/^\d+$/.test(user) && /^\d+$/.test(password)) return whole;
    if (password.startsWith(MARKER_PREFIX)) return whole;
    hit();
    return `${head}${marker('password')}${quote}`;
  });
  out = out.replace(SECRET_FLAG, (whole, head: string, quote: string, value: string) => {
    if (value.startsWith(MARKER_PREFIX) || NOT_SECRET_VALUE.test(value)) return whole;
    if (!head.endsWith('=') && !quote && /^[A-Za-z]+$/.test(value)) return whole;
    hit();
    return `${head}${quote}${marker('password')}${quote}`;
  });
  out = redactAssignments(out, hit);
  out = redactByRules(out, hit);
  return { text: out, count };
}

/**
 * The state with every free-text field scrubbed: what Claude or a person wrote, and what was
 * mined from the session (todos, subagent prompts, the commit message). Ids, hashes, timestamps,
 * file paths and machine facts are left alone: they are not free text and must stay exact.
 */
export function redactState(state: WorkflowState): RedactedState {
  // most saves hold no secret: one pass over all their text (a blank line between fields) costs a
  // checkpoint a fraction of the patterns and secretlint's rules run over each of its many short
  // strings; only a state with a finding is scrubbed field by field
  const texts: string[] = [];
  mapFreeText(state, (text) => {
    texts.push(text);
    return text;
  });
  if (redactText(texts.join('\n\n')).count === 0) return { state, count: 0 };
  let count = 0;
  const redacted = mapFreeText(state, (text) => {
    const result = redactText(text);
    count += result.count;
    return result.text;
  });
  return { state: redacted, count };
}

/** The state with `r` applied to every free-text field (see redactState). */
function mapFreeText(state: WorkflowState, r: (text: string) => string): WorkflowState {
  const rn = (text: string | null): string | null => (text === null ? null : r(text));
  const list = (items: readonly string[]): string[] => items.map(r);
  return {
    ...state,
    task: { description: r(state.task.description), ticket_id: rn(state.task.ticket_id) },
    summary: r(state.summary),
    phase: { ...state.phase, name: rn(state.phase.name), sub: rn(state.phase.sub) },
    phases: state.phases.map((p) => ({ ...p, name: r(p.name), skip_reason: rn(p.skip_reason), deliverables: p.deliverables.map((d) => ({ ...d, path: r(d.path) })) })),
    accomplishments: list(state.accomplishments),
    next_steps: list(state.next_steps),
    decisions: list(state.decisions),
    blockers: list(state.blockers),
    notes: list(state.notes),
    todos: {
      active: state.todos.active.map((t) => ({ ...t, content: r(t.content) })),
      completed: state.todos.completed.map((t) => ({ ...t, content: r(t.content) })),
    },
    agents: state.agents.map((a) => ({ ...a, type: r(a.type), description: r(a.description) })),
    git: state.git && { ...state.git, commit_message: rn(state.git.commit_message) },
    // paths can hold a token too (a file named after a key, a URL with a password)
    files_modified: list(state.files_modified),
    // what the session said: requests, commands with their arguments, the plan, paths outside
    session_facts: state.session_facts && {
      ...state.session_facts,
      first_request: rn(state.session_facts.first_request),
      last_request: rn(state.session_facts.last_request),
      title: rn(state.session_facts.title),
      commands: state.session_facts.commands.map((c) => ({ ...c, command: r(c.command) })),
      last_test: state.session_facts.last_test && { ...state.session_facts.last_test, command: r(state.session_facts.last_test.command) },
      last_build: state.session_facts.last_build && { ...state.session_facts.last_build, command: r(state.session_facts.last_build.command) },
      plan: rn(state.session_facts.plan),
      outside_files: list(state.session_facts.outside_files),
    },
    compact_summary: state.compact_summary && { ...state.compact_summary, text: r(state.compact_summary.text) },
  };
}
