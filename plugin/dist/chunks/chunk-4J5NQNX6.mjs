import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  ArchivedFile,
  describeIssue,
  packFile,
  sha256,
  unpackFile
} from "./chunk-UDFNVG5W.mjs";
import {
  describeLiveHolder,
  liveHolder
} from "./chunk-GX3FS3U5.mjs";
import {
  formatBytes
} from "./chunk-FPZE4D4C.mjs";
import {
  appendHistory
} from "./chunk-7PRM62IK.mjs";
import {
  describeDevice
} from "./chunk-ELYLUY4E.mjs";
import {
  DIR_MODE,
  FILE_MODE,
  STORE_FILES,
  assertWorkflowId,
  ensureStoreDir,
  loadWorkflow,
  readSealed,
  sealState,
  toonText,
  withLock,
  workflowPath,
  writeFileAtomic
} from "./chunk-RKD4ZUVQ.mjs";
import {
  WorkflowId,
  WorkflowState,
  _gte,
  _lte,
  _minLength,
  _regex,
  int,
  iso_exports,
  literal,
  optional,
  refine,
  strictObject,
  string
} from "./chunk-65YYEQP7.mjs";
import {
  READ_CAPS,
  readRegularFile
} from "./chunk-SWQQR4HO.mjs";
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/bundle-store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// scripts/core/bundle.ts
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from "node:crypto";
import zlib from "node:zlib";
var BUNDLE_FORMAT = "workflow-bundle";
var ENCRYPTED_FORMAT = "workflow-bundle-encrypted";
var BUNDLE_VERSION = 1;
var BUNDLE_SUFFIX = ".workflow";
var BUNDLE_FILES = ["state.json", "state.backup.json", "history.jsonl"];
var Text = string().check(_minLength(1));
var BundleDocument = strictObject({
  format: literal(BUNDLE_FORMAT),
  version: literal(BUNDLE_VERSION),
  id: WorkflowId,
  exported_at: iso_exports.datetime({ offset: true }),
  device: strictObject({ hostname: Text, platform: Text, plugin_version: Text }),
  files: strictObject({
    "state.json": ArchivedFile,
    "state.backup.json": optional(ArchivedFile),
    "history.jsonl": optional(ArchivedFile)
  }),
  digest: string().check(_regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits'))
});
var DEFAULT_SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
var MAX_LOG2_N = 20;
var MAX_R = 32;
var MAX_P = 16;
var MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
var MAX_SCRYPT_WORK = 16 * 2 ** 15 * 8;
var Base64 = string().check(_regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"));
var EncryptedEnvelope = strictObject({
  format: literal(ENCRYPTED_FORMAT),
  version: literal(BUNDLE_VERSION),
  kdf: strictObject({
    name: literal("scrypt"),
    salt: Base64,
    N: int().check(refine((n) => n >= 2 && n <= 2 ** MAX_LOG2_N && (n & n - 1) === 0, `must be a power of 2 up to 2^${MAX_LOG2_N}`)),
    r: int().check(_gte(1), _lte(MAX_R)),
    p: int().check(_gte(1), _lte(MAX_P))
  }).check(
    // each bound alone still lets N, r and p multiply into gigabytes and minutes: bound the memory
    // (128·N·r bytes) and the work (N·r·p) together, with room for 16 times today's cost
    refine(({ N, r }) => 128 * N * r <= MAX_SCRYPT_MEMORY, `asks for more than ${MAX_SCRYPT_MEMORY / 1024 / 1024} MiB of memory`),
    refine(({ N, r, p }) => N * r * p <= MAX_SCRYPT_WORK, "asks for more than 16 times the default work")
  ),
  cipher: strictObject({ name: literal("aes-256-gcm"), iv: Base64, tag: Base64 }),
  data: Base64
});
var MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
var SALT_BYTES = 16;
var IV_BYTES = 12;
var TAG_BYTES = 16;
var KEY_BYTES = 32;
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function digestOf(document) {
  return `sha256:${createHash("sha256").update(canonicalJson(document)).digest("hex")}`;
}
function encodeBundle(input) {
  const state = input.files.get("state.json");
  if (!state) throw new Error("encodeBundle: a bundle needs state.json");
  const files = { "state.json": packFile(state) };
  const backup = input.files.get("state.backup.json");
  if (backup) files["state.backup.json"] = packFile(backup);
  const history = input.files.get("history.jsonl");
  if (history) files["history.jsonl"] = packFile(history);
  const body = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    id: input.id,
    exported_at: input.exportedAt.toISOString(),
    device: input.device,
    files
  };
  const document = BundleDocument.parse({ ...body, digest: digestOf(body) });
  return zlib.gzipSync(JSON.stringify(document), { level: zlib.constants.Z_BEST_COMPRESSION });
}
function decodeBundle(data, label) {
  let json;
  try {
    json = JSON.parse(zlib.gunzipSync(data, { maxOutputLength: MAX_UNPACKED_BYTES }).toString("utf8"));
  } catch (error) {
    throw new WorkflowError(`${label} is damaged or truncated: not a readable gzip-compressed JSON document (${error.message})`);
  }
  checkFormat(json, BUNDLE_FORMAT, label);
  const parsed = BundleDocument.safeParse(json);
  if (!parsed.success) throw new WorkflowError(`${label} is damaged: ${describeIssue(parsed.error.issues[0])}`);
  const document = parsed.data;
  const files = /* @__PURE__ */ new Map();
  for (const name of BUNDLE_FILES) {
    const entry = document.files[name];
    if (!entry) continue;
    const bytes = unpackFile(entry);
    if (bytes.length !== entry.size || sha256(bytes) !== entry.sha256) {
      throw new WorkflowError(`${label} was changed or damaged after export: ${name} does not match its recorded SHA-256`);
    }
    files.set(name, bytes);
  }
  const { digest, ...rest } = document;
  if (digest !== digestOf(rest)) {
    throw new WorkflowError(`${label} was changed or damaged after export: its integrity digest does not match its content`);
  }
  return { document, files };
}
function checkFormat(json, expected, label) {
  const head = typeof json === "object" && json !== null && !Array.isArray(json) ? json : {};
  if (head.format === "workflow-archive") throw new WorkflowError(`${label} is an archive of this store, not an exported bundle: restore it with \`claude-workflow unarchive\``);
  if (head.format !== expected) throw new WorkflowError(`${label} is not a workflow bundle (format ${JSON.stringify(head.format ?? null)}, expected "${expected}")`);
  if (typeof head.version === "number" && head.version > BUNDLE_VERSION) {
    throw new WorkflowError(`${label} is bundle format version ${head.version}, newer than this plugin reads (${BUNDLE_VERSION}); update the workflow plugin`);
  }
  if (head.version !== BUNDLE_VERSION) throw new WorkflowError(`${label} has an unknown bundle format version ${JSON.stringify(head.version ?? null)}`);
}
function isEncryptedBundle(data) {
  const first = data.subarray(0, 64).toString("utf8").trimStart();
  return first.startsWith("{");
}
function deriveKey(passphrase, salt, params) {
  return scryptSync(passphrase.normalize("NFC"), salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}
function additionalData(envelope) {
  return Buffer.from(canonicalJson({ format: envelope.format, version: envelope.version, kdf: envelope.kdf, cipher: { name: envelope.cipher.name, iv: envelope.cipher.iv } }), "utf8");
}
function encryptBundle(plain, passphrase, options = {}) {
  if (passphrase.length === 0) throw new WorkflowError("the passphrase is empty");
  const params = options.params ?? DEFAULT_SCRYPT;
  const salt = options.salt ?? randomBytes(SALT_BYTES);
  const iv = options.iv ?? randomBytes(IV_BYTES);
  const header = {
    format: ENCRYPTED_FORMAT,
    version: BUNDLE_VERSION,
    kdf: { name: "scrypt", salt: salt.toString("base64"), ...params },
    cipher: { name: "aes-256-gcm", iv: iv.toString("base64") }
  };
  const cipher = createCipheriv("aes-256-gcm", deriveKey(passphrase, salt, params), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(header));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  const envelope = EncryptedEnvelope.parse({ ...header, cipher: { ...header.cipher, tag: cipher.getAuthTag().toString("base64") }, data: data.toString("base64") });
  return Buffer.from(`${JSON.stringify(envelope, null, 2)}
`, "utf8");
}
function decryptBundle(data, passphrase, label) {
  let json;
  try {
    json = JSON.parse(data.toString("utf8"));
  } catch (error) {
    throw new WorkflowError(`${label} is damaged or truncated: not a readable encrypted bundle (${error.message})`);
  }
  checkFormat(json, ENCRYPTED_FORMAT, label);
  const parsed = EncryptedEnvelope.safeParse(json);
  if (!parsed.success) throw new WorkflowError(`${label} is damaged: ${describeIssue(parsed.error.issues[0])}`);
  const envelope = parsed.data;
  const salt = Buffer.from(envelope.kdf.salt, "base64");
  const iv = Buffer.from(envelope.cipher.iv, "base64");
  const tag = Buffer.from(envelope.cipher.tag, "base64");
  if (salt.length < SALT_BYTES || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new WorkflowError(`${label} is damaged: the salt, IV or authentication tag has the wrong length`);
  }
  const { N, r, p } = envelope.kdf;
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(passphrase, salt, { N, r, p }), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(envelope));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(Buffer.from(envelope.data, "base64")), decipher.final()]);
  } catch {
    throw new WorkflowError(`${label}: wrong passphrase or damaged bundle (decryption failed its authentication check)`);
  }
}
async function openBundle(data, label, passphrase) {
  if (!isEncryptedBundle(data)) return { ...decodeBundle(data, label), encrypted: false };
  return { ...decodeBundle(decryptBundle(data, await passphrase(), label), label), encrypted: true };
}

// scripts/core/bundle-store.ts
function defaultBundlePath(cwd, id) {
  return path.join(cwd, `${assertWorkflowId(id)}${BUNDLE_SUFFIX}`);
}
function checkExportTarget(out, force) {
  if (out === "-") throw new WorkflowError("--out -: a bundle is binary (gzip or ciphertext) and is written to a file; name one with --out <file>", 2);
  if (!fs.existsSync(path.dirname(out))) throw new WorkflowError(`${path.dirname(out)} does not exist; create it or choose another --out`);
  if (fs.existsSync(out) && !force) throw new WorkflowError(`${out} already exists; choose another --out, or pass --force to replace it`);
}
async function exportWorkflow(place, id, options, now) {
  loadWorkflow(place.storeDir, assertWorkflowId(id));
  checkExportTarget(options.out, options.force);
  const dir = path.join(place.storeDir, id);
  const files = withLock(dir, () => {
    const state = readSealed(path.join(dir, STORE_FILES.state));
    if (!state.ok) throw new WorkflowError(`${state.problem}; export needs a sound state.json: run \`claude-workflow doctor\` first`);
    const read = /* @__PURE__ */ new Map();
    for (const name of BUNDLE_FILES) {
      try {
        read.set(name, readRegularFile(path.join(dir, name), READ_CAPS.history));
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
      }
    }
    return read;
  });
  const { hostname, platform, plugin_version } = describeDevice();
  let data = encodeBundle({ id, exportedAt: now, device: { hostname, platform, plugin_version }, files });
  if (options.passphrase) data = encryptBundle(data, await options.passphrase());
  writeFileAtomic(options.out, data);
  return { id, path: options.out, files: [...files.keys()], bytes: data.length, encrypted: options.passphrase !== null };
}
function readBundleFile(file) {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = error.code;
    throw new WorkflowError(code === "ENOENT" ? `${file} does not exist` : `${file} cannot be read (${code ?? "error"})`);
  }
}
function existsMessage(id, dir) {
  return `a workflow ${id} already exists (${dir}); import under another id with --as <new-id>, or replace it with --force (its current state.json is kept as the backup)`;
}
async function importWorkflow(place, file, options, env, now) {
  if (options.as !== null) {
    assertWorkflowId(options.as);
    const dir2 = path.join(place.storeDir, options.as);
    if (fs.existsSync(dir2) && !options.force) throw new WorkflowError(existsMessage(options.as, dir2));
  }
  const bundle = await openBundle(readBundleFile(file), file, options.passphrase);
  const sourceId = bundle.document.id;
  const id = options.as ?? sourceId;
  const dir = path.join(place.storeDir, id);
  const exists = fs.existsSync(dir);
  if (exists && !options.force) throw new WorkflowError(existsMessage(id, dir));
  ensureStoreDir(place.storeDir);
  const staging = path.join(place.storeDir, `.import-${id}-${randomBytes2(4).toString("hex")}`);
  const hide = (text) => text.replaceAll(path.join(staging, id), `<bundle ${path.basename(file)}>`);
  try {
    const stagedDir = path.join(staging, id);
    fs.mkdirSync(stagedDir, { recursive: true, mode: DIR_MODE });
    for (const [name, data] of bundle.files) fs.writeFileSync(path.join(stagedDir, name), data, { mode: FILE_MODE, flag: "wx" });
    const read = readSealed(path.join(stagedDir, STORE_FILES.state));
    if (!read.ok) throw new WorkflowError(`${file} is refused: ${hide(read.problem)}`);
    if (read.state.id !== sourceId) throw new WorkflowError(`${file} is refused: its state.json is workflow "${read.state.id}", but the bundle says "${sourceId}"`);
    const warnings = [];
    const state = WorkflowState.parse({ ...read.state, id, status: "paused", session: { id: null, transcript_path: null } });
    fs.writeFileSync(path.join(stagedDir, STORE_FILES.state), sealState(state), { mode: FILE_MODE });
    fs.writeFileSync(path.join(stagedDir, STORE_FILES.toon), toonText(state), { mode: FILE_MODE });
    if (id !== sourceId && bundle.files.has("state.backup.json")) {
      const backupFile = path.join(stagedDir, STORE_FILES.backup);
      const backup = readSealed(backupFile);
      if (backup.ok) fs.writeFileSync(backupFile, sealState({ ...backup.state, id }), { mode: FILE_MODE });
      else {
        fs.rmSync(backupFile);
        warnings.push(`the bundle's state.backup.json was not imported (${hide(backup.problem)})`);
      }
    }
    appendHistory(staging, id, importEntry(state, file, bundle.document.device.hostname, bundle.document.exported_at, now));
    const loaded = loadWorkflow(staging, id);
    warnings.push(...loaded.warnings.map(hide));
    if (!exists) {
      if (fs.existsSync(dir)) throw new WorkflowError(`a workflow ${id} appeared while importing (${dir}); nothing was changed`);
      fs.renameSync(stagedDir, dir);
    } else {
      replaceExisting(place, id, dir, stagedDir, staging, env, now);
    }
    return {
      id,
      path: workflowPath(place.storeDir, id),
      files: [...bundle.files.keys()],
      encrypted: bundle.encrypted,
      source_id: sourceId,
      exported_at: bundle.document.exported_at,
      exported_on: bundle.document.device.hostname,
      task: state.task.description,
      replaced: exists,
      warnings
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
function replaceExisting(place, id, dir, stagedDir, staging, env, now) {
  let current = null;
  try {
    current = loadWorkflow(place.storeDir, id).state;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
  }
  const holder = current ? liveHolder(place, current, env, now) : null;
  if (holder) throw new WorkflowError(`workflow ${id} is held by a live ${describeLiveHolder(holder, now)}; import it once that session has ended, or with --as <new-id>`);
  withLock(dir, () => {
    const previous = readSealed(path.join(dir, STORE_FILES.state));
    const fallback = previous.ok ? previous : readSealed(path.join(dir, STORE_FILES.backup));
    const backupFile = path.join(stagedDir, STORE_FILES.backup);
    if (fallback.ok) fs.writeFileSync(backupFile, fallback.text, { mode: FILE_MODE });
    else fs.rmSync(backupFile, { force: true });
    const replaced = path.join(staging, ".replaced");
    fs.renameSync(dir, replaced);
    try {
      fs.renameSync(stagedDir, dir);
    } catch (error) {
      fs.renameSync(replaced, dir);
      throw error;
    }
  });
}
function importEntry(state, file, exportedOn, exportedAt, now) {
  return {
    at: now.toISOString(),
    // the history has no "import" event (older readers would drop the line); an import leaves the workflow paused
    event: "pause",
    device: describeDevice().hostname,
    branch: state.git?.branch ?? null,
    commit: state.git?.commit ?? null,
    summary: `imported from ${path.basename(file)} (exported ${exportedAt.slice(0, 16).replace("T", " ")} UTC on ${exportedOn})`.slice(0, 200),
    session_id: null
  };
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function renderExported(result) {
  return `Exported ${result.id} to ${result.path} (${plural(result.files.length, "file")}, ${formatBytes(result.bytes)}${result.encrypted ? ", encrypted" : ""})`;
}
function renderImported(result, invocation = "claude-workflow") {
  const as = result.id === result.source_id ? "" : ` as ${result.id}`;
  const details = [
    "paused",
    ...result.replaced ? ["replaced the existing one"] : [],
    `${result.encrypted ? "encrypted" : "plain"} bundle of ${plural(result.files.length, "file")}`,
    `exported on ${result.exported_on} ${result.exported_at.slice(0, 16).replace("T", " ")} UTC`
  ];
  const line = `Imported ${result.source_id}${as} (${details.join(", ")}). Resume with: ${invocation} resume ${result.id}`;
  return [line, ...result.warnings.map((w) => `  Warning: ${w}`)].join("\n");
}

// scripts/core/passphrase.ts
import readline from "node:readline";
import { Writable } from "node:stream";
var PASSPHRASE_ENV = "WORKFLOW_PASSPHRASE";
var NO_PASSPHRASE = `no passphrase: set ${PASSPHRASE_ENV} in the environment, or run the command in a terminal to be prompted (a passphrase is never taken from the command line)`;
var PASSPHRASE_FLAGS = ["passphrase", "password"];
function refusePassphraseFlag(values) {
  for (const flag of PASSPHRASE_FLAGS) {
    if (values[flag] !== void 0) {
      throw new WorkflowError(`--${flag} is not accepted: a passphrase on the command line is visible to other users and kept in shell history; set ${PASSPHRASE_ENV} or run in a terminal to be prompted`, 2);
    }
  }
}
function promptHidden(question) {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    }
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve, reject) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
    rl.on("SIGINT", () => {
      rl.close();
      process.stderr.write("\n");
      reject(new WorkflowError("cancelled", 130));
    });
  });
}
async function readPassphrase(env, options) {
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv !== void 0 && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) throw new WorkflowError(NO_PASSPHRASE);
  const first = await promptHidden("Passphrase: ");
  if (first === "") throw new WorkflowError("the passphrase is empty; nothing was done");
  if (options.confirm && await promptHidden("Passphrase again: ") !== first) {
    throw new WorkflowError("the two passphrases differ; nothing was done");
  }
  return first;
}

export {
  defaultBundlePath,
  checkExportTarget,
  exportWorkflow,
  importWorkflow,
  renderExported,
  renderImported,
  refusePassphraseFlag,
  readPassphrase
};
