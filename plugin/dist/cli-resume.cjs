"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode) => mod == null ? {} : isNodeMode || !mod.__esModule ? { __proto__: mod, default: mod } : mod;

// scripts/core/shared/errors.ts
var EXPECTED = /* @__PURE__ */ Symbol.for("claude-workflow.expected-failure");
var WorkflowError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
  name = "WorkflowError";
  [EXPECTED] = true;
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && EXPECTED in value;
  }
};

// scripts/core/handoff/command-arguments.ts
var ARGUMENTS_FLAG = "--arguments-from-stdin";
var ARGUMENTS_END = "WORKFLOW_ARGUMENTS_END";
function splitArguments(text) {
  const words = [];
  let word = null;
  let quote = null;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= "";
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote) throw new WorkflowError(`the arguments have an unclosed ${quote === '"' ? "double" : "single"} quote: ${JSON.stringify(text.trim())}`, 2);
  if (word !== null) words.push(word);
  return words;
}
function argumentsFromHeredoc(body) {
  const lines = body.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  const end = lines.lastIndexOf(ARGUMENTS_END);
  if (end === -1) {
    throw new WorkflowError(
      "the arguments were cut short before they reached the command (a backtick in them ends the line Claude Code runs); nothing was done. Type them without backticks.",
      2
    );
  }
  return splitArguments(lines.slice(0, end).join("\n"));
}

// node_modules/@simple-git/argv-parser/dist/index.mjs
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
function f(e, n, t = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function c(e, n, t, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t}`;
  return function(m, u) {
    if (!(e && m !== e) && !(a && !u.isGlobal) && !(s && u.value === void 0) && r2.test(u.name))
      return {
        category: t,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c("clone", /^-\w*u/, "allowUnsafePack"),
  c("clone", "--u", "allowUnsafePack"),
  c("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c(null, "--template", "allowUnsafeTemplateDir"),
  c(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function _(e) {
  return Object.hasOwn(y, e);
}

// scripts/core/shared/node-builtins.ts
var nodeOs = () => typeof require === "function" ? require("node:os") : process.getBuiltinModule("node:os");
var nodeCrypto = () => typeof require === "function" ? require("node:crypto") : process.getBuiltinModule("node:crypto");
var nodeChildProcess = () => typeof require === "function" ? require("node:child_process") : process.getBuiltinModule("node:child_process");
function homeDir() {
  return process.platform !== "win32" && process.env.HOME || nodeOs().homedir();
}

// scripts/core/git/early-git.ts
var STARTED = /* @__PURE__ */ Symbol.for("claude-workflow.early-git");
var holder = globalThis;
var MAX_OUTPUT = 64 * 1024 * 1024;
var holdsProcess = (handle) => typeof handle === "object" && handle !== null && "ref" in handle && typeof handle.ref === "function" && "unref" in handle && typeof handle.unref === "function";
function startedList() {
  const existing = holder[STARTED];
  if (existing) return existing;
  const list = [];
  holder[STARTED] = list;
  process.once("exit", () => {
    for (const early of list) early.child.kill();
  });
  return list;
}
function hold(child, held) {
  for (const handle of [child, child.stdout, child.stderr]) {
    if (!holdsProcess(handle)) continue;
    if (held) handle.ref();
    else handle.unref();
  }
}
function simpleGitEnvironment(env) {
  const kept = {};
  for (const [name, value] of Object.entries(env)) {
    const key = name.toLowerCase().trim();
    if (!key.startsWith("git_") && !_(key)) kept[name] = value;
  }
  return { ...kept, GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: "true" };
}
function execGit(cwd, args, env) {
  let child;
  const options = { cwd, env: simpleGitEnvironment(env), maxBuffer: MAX_OUTPUT, windowsHide: true };
  const output = new Promise((resolve, reject) => {
    child = nodeChildProcess().execFile("git", [...args], options, (error, stdout, stderr) => {
      if (!error) resolve(stdout);
      else reject(stderr.trim() ? Object.assign(new Error(stderr), { cause: error }) : error);
    });
  });
  return { child, output };
}
function startGitEarly(cwd, args, env) {
  const { child, output } = execGit(cwd, args, env);
  output.catch(() => void 0);
  if (!child) return;
  hold(child, false);
  startedList().push({ cwd, args: [...args], output, child });
}

// scripts/core/store/state-memo.ts
var import_node_fs3 = __toESM(require("node:fs"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);

// scripts/core/runtime/runtime-dir.ts
var import_node_path = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path.default.join(homeDir(), ".claude", "workflow");
}

// scripts/core/shared/atomic-write.ts
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var FILE_MODE = 384;
var NO_SPACE = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    const written = import_node_fs.default.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    offset += written;
  }
}
function prepare(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = import_node_fs.default.openSync(tmp, "wx", FILE_MODE);
  let ready = false;
  try {
    writeAll(fd, bytes);
    import_node_fs.default.fsyncSync(fd);
    if (import_node_fs.default.fstatSync(fd).size !== bytes.length) throw Object.assign(new Error("short file"), { code: "ENOSPC" });
    ready = true;
    return tmp;
  } finally {
    import_node_fs.default.closeSync(fd);
    if (!ready) import_node_fs.default.rmSync(tmp, { force: true });
  }
}
function syncDir(dir) {
  const fd = import_node_fs.default.openSync(dir, "r");
  try {
    import_node_fs.default.fsyncSync(fd);
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}
function failure(error, files) {
  const code = error?.code;
  if (code && NO_SPACE.has(code)) {
    return new WorkflowError(`cannot save ${files.map((f2) => import_node_path2.default.basename(f2)).join(", ")} in ${import_node_path2.default.dirname(files[0] ?? ".")}: the disk is full; nothing was changed`);
  }
  return error;
}
function writeFilesAtomic(entries) {
  const ready = [];
  try {
    for (const [file, data] of entries) ready.push(prepare(file, data));
  } catch (error) {
    for (const tmp of ready) import_node_fs.default.rmSync(tmp, { force: true });
    throw failure(error, entries.map(([file]) => file));
  }
  entries.forEach(([file], i) => {
    try {
      import_node_fs.default.renameSync(ready[i] ?? "", file);
    } catch (error) {
      for (const tmp of ready.slice(i)) import_node_fs.default.rmSync(tmp, { force: true });
      throw failure(error, [file]);
    }
  });
  for (const dir of new Set(entries.map(([file]) => import_node_path2.default.dirname(file)))) syncDir(dir);
}
function writeFileAtomic(file, data) {
  writeFilesAtomic([[file, data]]);
}

// scripts/core/shared/safe-fs.ts
var import_node_fs2 = __toESM(require("node:fs"), 1);
var NO_FOLLOW = import_node_fs2.default.constants.O_NOFOLLOW ?? 0;
var NON_BLOCK = import_node_fs2.default.constants.O_NONBLOCK ?? 0;
var READ_CAPS = {
  state: 8 * 1024 * 1024,
  history: 256 * 1024 * 1024,
  config: 1024 * 1024,
  small: 64 * 1024,
  lockfile: 64 * 1024 * 1024,
  /** a synced folder's version: a state and its history, as a sync remote may send them */
  syncVersion: 48 * 1024 * 1024
};
function refused(file, why) {
  return new WorkflowError(`${file} ${why}; it was not read`);
}
function readRegularFileAndStat(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs2.default.openSync(file, import_node_fs2.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    if (error.code === "ELOOP") throw refused(file, "is a symbolic link");
    throw error;
  }
  try {
    const stat = import_node_fs2.default.fstatSync(fd);
    if (!stat.isFile()) throw refused(file, "is not a regular file (a device, a pipe or a socket)");
    if (stat.size > maxBytes) throw refused(file, `is ${stat.size} bytes, over the limit of ${maxBytes}`);
    const buffer = Buffer.alloc(stat.size);
    let read2 = 0;
    while (read2 < buffer.length) {
      const n = import_node_fs2.default.readSync(fd, buffer, read2, buffer.length - read2, read2);
      if (n === 0) break;
      read2 += n;
    }
    return { bytes: buffer.subarray(0, read2), stat };
  } finally {
    import_node_fs2.default.closeSync(fd);
  }
}
function readOwnFile(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs2.default.openSync(file, import_node_fs2.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    const stat = import_node_fs2.default.fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes || process.getuid && stat.uid !== process.getuid() || (stat.mode & 18) !== 0) return void 0;
    return import_node_fs2.default.readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) import_node_fs2.default.closeSync(fd);
  }
}

// scripts/core/shared/state-fields.ts
var WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
var COMMIT_ID_PATTERN = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var WORKFLOW_STATUSES = ["active", "paused", "waiting_approval", "completed", "cancelled"];
var STATE_MEMO_LINE = /^([a-z0-9][a-z0-9-]{0,80})\t(\d+:\d+:[\d.]+:[\d.]+)\t((?:sha256:[0-9a-f]{64})?)\t(active|paused|waiting_approval|completed|cancelled)\t([01])\t([^\t\n]*)\t([^\t\n]*)\t((?:=[^\t\n]*)?)(?:\t([01]))?$/;

// scripts/core/shared/json-guards.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var isString = (value) => typeof value === "string";

// scripts/core/shared/short-hash.ts
function fnv1a64Hex(text) {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, "0");
}

// scripts/core/store/state-memo.ts
var BUILD = true ? "d729a8db7654ad95" : "source";
var MEMO_MAX_BYTES = 8 * 1024 * 1024;
var STATE_FILE = "state.json";
var PROCESS_MEMOS = /* @__PURE__ */ Symbol.for("claude-workflow.state-memo");
var holder2 = globalThis;
var processMemos = holder2[PROCESS_MEMOS] ??= { dir: null, memos: /* @__PURE__ */ new Map(), saveAtExit: false };
function useStateMemo(env) {
  processMemos.dir = import_node_path3.default.join(runtimeDir(env), "state-memo");
  if (!processMemos.saveAtExit) {
    processMemos.saveAtExit = true;
    process.once("exit", () => {
      if (processMemos.dir !== null) saveMemos(processMemos.dir);
    });
  }
}
function memoFile(dir, storeDir) {
  return import_node_path3.default.join(dir, `${fnv1a64Hex(storeDir)}.json`);
}
function fromLine(line, thisBuild) {
  const m = STATE_MEMO_LINE.exec(line);
  if (!m) return null;
  const [, id = "", signature = "", checksum = "", status, automatic, updated_at = "", hostname2 = "", session = "", held] = m;
  const known = WORKFLOW_STATUSES.find((s) => s === status);
  if (!known) return null;
  const peek = { status: known, automatic: automatic === "1", updated_at, device: { hostname: hostname2 }, session: { id: session ? session.slice(1) : null } };
  return [id, { signature, peek, checksum: checksum || null, held: held === "1" && checksum !== "" && thisBuild }];
}
function toLine(id, { signature, peek, checksum, held }) {
  const { status, automatic, updated_at, device, session } = peek;
  const line = [id, signature, checksum ?? "", status, automatic ? "1" : "0", updated_at, device.hostname, session.id === null ? "" : `=${session.id}`, held ? "1" : "0"].join("	");
  return STATE_MEMO_LINE.test(line) ? line : null;
}
function stateMemoOf(json) {
  if (!isObject(json) || !isString(json.store) || !(json.build === void 0 || isString(json.build))) return null;
  const { store, build, lines } = json;
  if (!Array.isArray(lines) || !lines.every(isString)) return null;
  return { store, ...build !== void 0 ? { build } : {}, lines };
}
function memoOf(storeDir) {
  const { dir: memoDir, memos } = processMemos;
  if (memoDir === null) return null;
  let memo = memos.get(storeDir);
  if (!memo) {
    memo = { entries: /* @__PURE__ */ new Map(), dirty: false };
    try {
      const bytes = readOwnFile(memoFile(memoDir, storeDir), MEMO_MAX_BYTES);
      const parsed = bytes ? stateMemoOf(JSON.parse(bytes.toString("utf8"))) : null;
      if (parsed?.store === storeDir) {
        for (const line of parsed.lines) {
          const entry = fromLine(line, parsed.build === BUILD);
          if (entry) memo.entries.set(...entry);
        }
      }
    } catch {
    }
    memos.set(storeDir, memo);
  }
  return memo;
}
function entryFor(storeDir, id, signature) {
  const entry = memoOf(storeDir)?.entries.get(id);
  return entry?.signature === signature ? entry : void 0;
}
function saveMemos(dir) {
  for (const [storeDir, memo] of processMemos.memos) {
    if (!memo.dirty) continue;
    memo.dirty = false;
    try {
      import_node_fs3.default.mkdirSync(dir, { recursive: true, mode: 448 });
      const lines = [...memo.entries].map(([id, entry]) => toLine(id, entry)).filter((line) => line !== null);
      writeFileAtomic(memoFile(dir, storeDir), JSON.stringify({ store: storeDir, build: BUILD, lines }));
    } catch {
    }
  }
}
function memoizedPeek(storeDir, id, signature) {
  return entryFor(storeDir, id, signature)?.peek;
}
function forgetOthers(storeDir, ids) {
  const memo = memoOf(storeDir);
  if (!memo) return;
  const keep = new Set(ids);
  for (const id of memo.entries.keys()) {
    if (!keep.has(id)) {
      memo.entries.delete(id);
      memo.dirty = true;
    }
  }
}
function placeOf(file) {
  if (import_node_path3.default.basename(file) !== STATE_FILE) return null;
  const dir = import_node_path3.default.dirname(file);
  return { storeDir: import_node_path3.default.dirname(dir), id: import_node_path3.default.basename(dir) };
}
function schemaHeld(file, signature, checksum) {
  const place = placeOf(file);
  const entry = place === null ? void 0 : entryFor(place.storeDir, place.id, signature);
  return entry?.checksum === checksum && entry.held;
}

// scripts/core/git/commit-walk.ts
var rangeOf = (base, head) => base === null ? head : `${base}...${head}`;
var countArgs = (base, head) => ["rev-list", "--left-right", "--count", rangeOf(base, head), "--"];

// scripts/core/git/git-head.ts
var import_node_fs5 = __toESM(require("node:fs"), 1);
var import_node_path5 = __toESM(require("node:path"), 1);

// scripts/core/git/project.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = __toESM(require("node:path"), 1);
function resolveProjectDir(explicit, cwd, env) {
  if (explicit !== void 0) {
    const dir = import_node_path4.default.resolve(cwd, explicit);
    if (!isDirectory(dir)) throw new WorkflowError(`--dir ${explicit}: not a directory`);
    return gitTopLevel(dir) ?? dir;
  }
  const start = import_node_path4.default.resolve(env.CLAUDE_PROJECT_DIR && isDirectory(env.CLAUDE_PROJECT_DIR) ? env.CLAUDE_PROJECT_DIR : cwd);
  return gitTopLevel(start) ?? start;
}
function gitTopLevel(start) {
  for (let dir = start; ; dir = import_node_path4.default.dirname(dir)) {
    if ((0, import_node_fs4.existsSync)(import_node_path4.default.join(dir, ".git"))) return dir;
    if (import_node_path4.default.dirname(dir) === dir) return null;
  }
}
function isDirectory(p) {
  try {
    return (0, import_node_fs4.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}
function resolveStoreDir(projectDir, env) {
  if (env.WORKFLOW_STATE_DIR) return import_node_path4.default.resolve(projectDir, env.WORKFLOW_STATE_DIR);
  const gitDir2 = gitDirOf(projectDir);
  const storeDir = gitDir2 ? import_node_path4.default.join(gitDir2, "workflow") : import_node_path4.default.join(projectDir, ".workflow");
  let link = false;
  try {
    link = (0, import_node_fs4.lstatSync)(storeDir).isSymbolicLink();
  } catch {
  }
  if (link) throw new WorkflowError(`${storeDir} is a symbolic link; the store must be a folder of its own (set WORKFLOW_STATE_DIR to keep it elsewhere)`);
  return storeDir;
}
var GITDIR_FILE_MAX_BYTES = 4096;
function gitDirOf(projectDir) {
  const dotGit = import_node_path4.default.join(projectDir, ".git");
  try {
    const stat = (0, import_node_fs4.lstatSync)(dotGit);
    if (stat.isDirectory()) return dotGit;
    if (!stat.isFile() || stat.size > GITDIR_FILE_MAX_BYTES) return null;
    const target = /^gitdir:\s*(.+?)\s*$/m.exec((0, import_node_fs4.readFileSync)(dotGit, "utf8"))?.[1];
    if (!target) return null;
    const dir = import_node_path4.default.resolve(projectDir, target);
    return isDirectory(dir) ? dir : null;
  } catch {
    return null;
  }
}

// scripts/core/git/git-head.ts
function gitDir(top) {
  const dotGit = import_node_path5.default.join(top, ".git");
  try {
    if (import_node_fs5.default.statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec(import_node_fs5.default.readFileSync(dotGit, "utf8"))?.[1]?.trim();
    return pointer ? import_node_path5.default.resolve(top, pointer) : null;
  } catch {
    return null;
  }
}
function read(file) {
  try {
    return import_node_fs5.default.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
function readHeadCommit(dir) {
  const head = readHeadValue(dir);
  return head !== null && COMMIT_ID_PATTERN.test(head) ? head : null;
}
function readHeadValue(dir) {
  const top = gitTopLevel(dir);
  const git = top ? gitDir(top) : null;
  if (!git) return null;
  const head = read(import_node_path5.default.join(git, "HEAD"))?.trim();
  if (!head) return null;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return head;
  const common = read(import_node_path5.default.join(git, "commondir"))?.trim();
  const dirs = common ? [git, import_node_path5.default.resolve(git, common)] : [git];
  for (const base of dirs) {
    const loose = read(import_node_path5.default.join(base, ref))?.trim();
    if (loose) return loose;
    const packed = read(import_node_path5.default.join(base, "packed-refs"));
    const line = packed?.split("\n").find((l2) => l2.endsWith(` ${ref}`));
    if (line) return line.split(" ")[0] ?? null;
  }
  return null;
}

// scripts/core/store/held-states.ts
var import_node_fs7 = __toESM(require("node:fs"), 1);
var import_node_path6 = __toESM(require("node:path"), 1);

// scripts/core/shared/file-signature.ts
function fileSignature(stat) {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

// scripts/core/shared/ordering.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function newestFirst(a, b) {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return (Number.isNaN(tb) ? -Infinity : tb) - (Number.isNaN(ta) ? -Infinity : ta) || compareText(b, a);
}

// scripts/core/store/store-ids.ts
var import_node_fs6 = __toESM(require("node:fs"), 1);
function existingIds(storeDir) {
  let entries;
  try {
    entries = import_node_fs6.default.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name)).map((entry) => entry.name).sort();
}

// scripts/core/store/workflow-origin.ts
var import_node_os = __toESM(require("node:os"), 1);
var FUTURE_SLACK_MS = 5 * 6e4;
var thisHost;
var hostname = () => thisHost ??= import_node_os.default.hostname();
function isForeign(state) {
  return state.device.hostname !== hostname() || Date.parse(state.updated_at) > Date.now() + FUTURE_SLACK_MS;
}

// scripts/core/store/workflow-choice.ts
var RESUMABLE = ["active", "paused", "waiting_approval"];
function isResumable(state) {
  return RESUMABLE.includes(state.status);
}
function choose(items) {
  const resumable = items.filter(({ state }) => isResumable(state));
  const ranked = [...resumable.filter(({ state }) => !isForeign(state)), ...resumable.filter(({ state }) => isForeign(state))];
  const saved = ranked.find(({ state }) => !state.automatic) ?? null;
  const automatic = ranked.find(({ state }) => state.automatic) ?? null;
  const current = saved && automatic && isForeign(saved.state) && !isForeign(automatic.state) ? automatic : saved ?? automatic;
  return { current, automatic: current === saved ? automatic : null };
}

// scripts/core/store/held-states.ts
var stateFile = (storeDir, id) => `${storeDir}${import_node_path6.default.sep}${id}${import_node_path6.default.sep}state.json`;
function heldPeeks(storeDir) {
  const ids = existingIds(storeDir);
  forgetOthers(storeDir, ids);
  const found = [];
  for (const id of ids) {
    let seen;
    try {
      seen = import_node_fs7.default.lstatSync(stateFile(storeDir, id));
    } catch {
      return void 0;
    }
    const signature = fileSignature(seen);
    const state = seen.isFile() ? memoizedPeek(storeDir, id, signature) : void 0;
    if (!state) return void 0;
    found.push({ id, signature, state });
  }
  return found.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
}
function heldState(storeDir, id, signature) {
  const file = stateFile(storeDir, id);
  try {
    const { bytes, stat } = readRegularFileAndStat(file, READ_CAPS.state);
    const read2 = fileSignature(stat);
    if (signature !== void 0 && read2 !== signature) return void 0;
    const document = JSON.parse(bytes.toString("utf8"));
    if (!isObject(document)) return void 0;
    const { checksum, ...state } = document;
    return isString(checksum) && schemaHeld(file, read2, checksum) ? state : void 0;
  } catch {
    return void 0;
  }
}
var readPeek = (storeDir, peek) => peek ? heldState(storeDir, peek.id, peek.signature) : null;
function heldCurrentWorkflow(storeDir) {
  const peeks = heldPeeks(storeDir);
  if (!peeks) return void 0;
  const chosen = choose(peeks);
  const current = readPeek(storeDir, chosen.current);
  const automatic = readPeek(storeDir, chosen.automatic);
  return current === void 0 || automatic === void 0 ? void 0 : { current, automatic };
}
function heldWorkflowIfPresent(storeDir, id) {
  if (!WORKFLOW_ID_PATTERN.test(id)) return null;
  try {
    if (!import_node_fs7.default.lstatSync(`${storeDir}${import_node_path6.default.sep}${id}`).isDirectory()) return null;
  } catch {
    return null;
  }
  return heldState(storeDir, id);
}

// scripts/core/store/workflow-ref.ts
var MIN_HANDLE = 4;
var fullHandle = (id) => nodeCrypto().createHash("sha1").update(id).digest("hex");
function handleLength(ids) {
  const hashes = ids.map(fullHandle);
  for (let length = MIN_HANDLE; length < 40; length++) {
    if (new Set(hashes.map((h2) => h2.slice(0, length))).size === hashes.length) return length;
  }
  return 40;
}
function handlesOf(ids) {
  const length = handleLength(ids);
  return new Map(ids.map((id) => [id, fullHandle(id).slice(0, length)]));
}
function resolveWorkflowRef(ref, ids) {
  if (ids.includes(ref) || ref.length < 3) return ref;
  const byHandle = /^[0-9a-f]{4,40}$/.test(ref) ? ids.filter((id) => fullHandle(id).startsWith(ref)) : [];
  const byPrefix = WORKFLOW_ID_PATTERN.test(ref) ? ids.filter((id) => id.startsWith(ref)) : [];
  const matches = [.../* @__PURE__ */ new Set([...byHandle, ...byPrefix])];
  if (matches.length === 1) return matches[0] ?? ref;
  if (matches.length > 1) {
    const handles = handlesOf(ids);
    const listed = matches.slice(0, 6).map((id) => `${handles.get(id)} ${id}`);
    throw new WorkflowError(`"${ref}" names ${matches.length} workflows (${listed.join(", ")}${matches.length > 6 ? ", \u2026" : ""}); give more of it`);
  }
  return ref;
}

// scripts/core/workflows/held-resume.ts
function resumeArguments(args) {
  const found = { ref: void 0, dir: void 0 };
  const refs = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    if (name === "--take-over" && inline === void 0) continue;
    if (name === "--dir" || name === "--format") {
      const value = inline ?? args[++i];
      if (value === void 0 || inline === void 0 && value.startsWith("-")) return null;
      if (name === "--dir") found.dir = value;
      continue;
    }
    if (arg.startsWith("-")) return null;
    refs.push(arg);
  }
  if (refs.length > 1) return null;
  found.ref = refs[0];
  return found;
}
function heldResumeCount(args, env, cwd) {
  try {
    const parsed = resumeArguments(args);
    if (!parsed) return null;
    const projectDir = resolveProjectDir(parsed.dir, cwd, env);
    const storeDir = resolveStoreDir(projectDir, env);
    const state = parsed.ref === void 0 ? heldCurrentWorkflow(storeDir)?.current : heldWorkflowIfPresent(storeDir, resolveWorkflowRef(parsed.ref, existingIds(storeDir)));
    const base = state?.git?.commit;
    const head = readHeadCommit(projectDir);
    if (!base || !head || base === head || !COMMIT_ID_PATTERN.test(base) || !COMMIT_ID_PATTERN.test(head)) return null;
    return { cwd: projectDir, args: countArgs(base, head) };
  } catch {
    return null;
  }
}

// scripts/process-io.ts
var import_node_fs8 = require("node:fs");
function readAtOnce() {
  try {
    if ((0, import_node_fs8.fstatSync)(0).isCharacterDevice()) return "";
    return (0, import_node_fs8.readFileSync)(0, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "EBADF" || code === "EINVAL") return "";
    if (code === "EAGAIN") return null;
    throw error;
  }
}
var READ = /* @__PURE__ */ Symbol.for("claude-workflow.stdin");
var holder3 = globalThis;
function readStdinNow() {
  if (holder3[READ]) return null;
  let text;
  try {
    text = readAtOnce();
  } catch (error) {
    holder3[READ] = Promise.reject(error);
    holder3[READ].catch(() => void 0);
    return null;
  }
  if (text !== null) holder3[READ] = Promise.resolve(text);
  return text;
}

// scripts/resume-process.ts
function startResumeCount() {
  try {
    useStateMemo(process.env);
    let args = process.argv.slice(3);
    if (args[0] === ARGUMENTS_FLAG) {
      const text = readStdinNow();
      if (text === null) return;
      args = [...argumentsFromHeredoc(text), ...args.slice(1)];
    }
    const count = heldResumeCount(args, process.env, process.cwd());
    if (count) startGitEarly(count.cwd, count.args, process.env);
  } catch {
  }
}

// scripts/cli-resume.ts
startResumeCount();
