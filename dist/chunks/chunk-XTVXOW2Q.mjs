import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);

// scripts/core/redact.ts
var MARKER_PREFIX = "[REDACTED:";
var marker = (kind) => `${MARKER_PREFIX}${kind}]`;
var TOKENS = [
  { kind: "anthropic-key", pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g },
  // a digit is required: a long hyphenated word after "sk-" is prose, a key never lacks digits
  { kind: "openai-key", pattern: /\bsk-(?=[A-Za-z0-9_-]{20,})(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]+/g },
  { kind: "github-token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { kind: "aws-access-key-id", pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  { kind: "slack-token", pattern: /\bxox[abprse]-[A-Za-z0-9-]{10,}/g },
  { kind: "slack-webhook", pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g },
  { kind: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g }
];
var BEARER = /\b(bearer[ \t]+)(?=[A-Za-z0-9._~+/-]{16,})(?=[A-Za-z._~+/-]*\d)[A-Za-z0-9._~+/-]+=*/gi;
var BASIC = /\b(authorization:[ \t]*basic[ \t]+)[A-Za-z0-9+/]{8,}=*/gi;
var URL_PASSWORD = /\b([a-z][a-z0-9+.-]{1,30}:\/\/[^\s:@/[\]]{1,256}:)([^\s/]{1,512})@(?=[^\s@/])/gi;
var PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;
var PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----/g;
var PEM_BODY = /(?:(?:\s|\\n)+[A-Za-z0-9+/=]{16,})*/y;
var ASSIGNMENT = /(?<![\w.-])(export[ \t]+)?(["']?)([A-Za-z_][\w.-]*)\2([ \t]*)([=:])([ \t]*)/g;
var VALUE = /"[^"\n]{0,4096}"|'[^'\n]{0,4096}'|[^\s"']+/y;
var SECRET_NAME = /passw(?:or)?d|passphrase|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key/i;
var NOT_SECRET_NAME = /(?:url|uri|file|path|dir|endpoint|host|name|type|id|ttl|expiry|expires(?:_at)?|length|count|limit|header)$/i;
var NOT_SECRET_VALUE = /^(?:\d+(?:\.\d+)?|true|false|null|none|nil|undefined|yes|no|\*+|x+|\.\.\.|…)$|^<|^\$|\(|^\[REDACTED:/i;
function redactPem(text, hit) {
  if (!text.includes("PRIVATE KEY-----")) return text;
  let out = "";
  let last = 0;
  let noMoreEnds = false;
  PEM_BEGIN.lastIndex = 0;
  for (let begin = PEM_BEGIN.exec(text); begin; begin = PEM_BEGIN.exec(text)) {
    const bodyStart = PEM_BEGIN.lastIndex;
    let stop = -1;
    if (!noMoreEnds) {
      PEM_END.lastIndex = bodyStart;
      const end = PEM_END.exec(text);
      if (end) stop = PEM_END.lastIndex;
      else noMoreEnds = true;
    }
    if (stop < 0) {
      PEM_BODY.lastIndex = bodyStart;
      PEM_BODY.exec(text);
      stop = PEM_BODY.lastIndex;
    }
    out += text.slice(last, begin.index) + marker("private-key");
    hit();
    last = stop;
    PEM_BEGIN.lastIndex = stop;
  }
  return out + text.slice(last);
}
function assignmentKind(name) {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return null;
  if (/aws/i.test(name)) return "aws-secret-key";
  if (/passw(?:or)?d|passphrase/i.test(name)) return "password";
  if (/api[_.-]?key/i.test(name)) return "api-key";
  return "secret";
}
function restOfLineIsBlank(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 44 && c !== 59) return false;
  }
  return true;
}
function redactAssignments(text, hit) {
  let out = "";
  let last = 0;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const [head, exported = "", quote = "", name = "", before = "", op = "", after = ""] = m;
    const valueAt = m.index + head.length;
    if (!assignmentKind(name)) continue;
    VALUE.lastIndex = valueAt;
    const value = VALUE.exec(text)?.[0] ?? "";
    const end = valueAt + value.length;
    if (!isSecretAssignment(text, name, quote, op, value, end)) {
      ASSIGNMENT.lastIndex = valueAt;
      continue;
    }
    const kind = assignmentKind(name) ?? "secret";
    const kept = /^["']/.test(value) ? value.charAt(0) : "";
    out += `${text.slice(last, m.index)}${exported}${quote}${name}${quote}${before}${op}${after}${kept}${marker(kind)}${kept}`;
    hit();
    last = end;
    ASSIGNMENT.lastIndex = end;
  }
  return out + text.slice(last);
}
function isSecretAssignment(text, name, quote, op, value, end) {
  if (!assignmentKind(name)) return false;
  const bare = /^["']/.test(value) ? value.slice(1, -1) : value;
  if (!bare || NOT_SECRET_VALUE.test(bare) || /^[=>]/.test(bare)) return false;
  if (op === ":" && !quote) {
    if (!restOfLineIsBlank(text, end)) return false;
    if (!/[_A-Z]/.test(name.replace(/^[A-Z]/, "")) && !/[^A-Za-z]/.test(bare)) return false;
  }
  return true;
}
function redactText(text) {
  let count = 0;
  const hit = () => {
    count++;
  };
  let out = redactPem(text, hit);
  out = out.replace(URL_PASSWORD, (whole, head, password) => {
    if (password.startsWith(MARKER_PREFIX) || password.startsWith("$")) return whole;
    hit();
    return `${head}${marker("url-password")}@`;
  });
  for (const { kind, pattern } of TOKENS) {
    out = out.replace(pattern, () => {
      hit();
      return marker(kind);
    });
  }
  out = out.replace(BEARER, (_whole, head) => {
    hit();
    return `${head}${marker("bearer-token")}`;
  });
  out = out.replace(BASIC, (_whole, head) => {
    hit();
    return `${head}${marker("basic-auth")}`;
  });
  out = redactAssignments(out, hit);
  return { text: out, count };
}
function redactState(state) {
  let count = 0;
  const r = (text) => {
    const result = redactText(text);
    count += result.count;
    return result.text;
  };
  const rn = (text) => text === null ? null : r(text);
  const list = (items) => items.map(r);
  const redacted = {
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
      completed: state.todos.completed.map((t) => ({ ...t, content: r(t.content) }))
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
      outside_files: list(state.session_facts.outside_files)
    },
    compact_summary: state.compact_summary && { ...state.compact_summary, text: r(state.compact_summary.text) }
  };
  return { state: redacted, count };
}

export {
  redactText,
  redactState
};
