// The `export`/`import` file format, as pure functions on Buffers (the disk is bundle-store.ts's).
//
// A plain bundle is gzip of one JSON document:
//   {format: 'workflow-bundle', version: 1, id, exported_at, device, files: {name: {size, sha256,
//   text|base64}}, digest}
// where `digest` is `sha256:` + SHA-256 of the canonical JSON (sorted keys, no spaces) of the rest
// of the document. The per-file hashes name the file that was changed; the digest covers what
// they do not (id, dates, device, which files there are). Neither is a signature: anyone who can
// edit the file can recompute them, so they catch damage and careless edits, and the store's own
// sealed checksum in state.json is checked again at import. Authenticity against a deliberate
// forger takes `--encrypt`: AES-256-GCM rejects any change without the passphrase.
//
// An encrypted bundle is a JSON envelope (text, so it survives mail and chat clients):
//   {format: 'workflow-bundle-encrypted', version: 1, kdf: {name: 'scrypt', salt, N, r, p},
//    cipher: {name: 'aes-256-gcm', iv, tag}, data}
// `data` is the plain bundle (the gzip bytes) encrypted; salt, iv, tag and data are base64. Every
// header field but the tag (which GCM produces) is the cipher's additional authenticated data, so
// changing the salt, the scrypt cost or the format fails authentication like a changed byte of data.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import zlib from 'node:zlib';
import * as z from 'zod/mini';
import { ArchivedFile, describeIssue, packFile, sha256, unpackFile } from './archive-file.ts';
import { WorkflowError } from '../shared/errors.ts';
import { WorkflowId } from '../schemas.ts';

const BUNDLE_FORMAT = 'workflow-bundle';
const ENCRYPTED_FORMAT = 'workflow-bundle-encrypted';
const BUNDLE_VERSION = 1;
export const BUNDLE_SUFFIX = '.workflow';

/** What a bundle carries: the workflow, its backup and its history; never the lease or the lock. */
export const BUNDLE_FILES = ['state.json', 'state.backup.json', 'history.jsonl'] as const;
export type BundleFileName = (typeof BUNDLE_FILES)[number];

const Text = z.string().check(z.minLength(1));

const BundleDocument = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  id: WorkflowId,
  exported_at: z.iso.datetime({ offset: true }),
  device: z.strictObject({ hostname: Text, platform: Text, plugin_version: Text }),
  files: z.strictObject({
    'state.json': ArchivedFile,
    'state.backup.json': z.optional(ArchivedFile),
    'history.jsonl': z.optional(ArchivedFile),
  }),
  digest: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits')),
});
type BundleDocument = z.infer<typeof BundleDocument>;

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
/** Cost of the key derivation: ~100 ms and 32 MiB per try on a laptop (OWASP's floor for scrypt). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
// Accepted on decrypt: enough room to raise the cost later, small enough that a hostile header
// cannot make import allocate gigabytes or spin for minutes.
const MAX_LOG2_N = 20;
const MAX_R = 32;
const MAX_P = 16;
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
const MAX_SCRYPT_WORK = 16 * 2 ** 15 * 8;

const Base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'));

const EncryptedEnvelope = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    salt: Base64,
    N: z.int().check(z.refine((n) => n >= 2 && n <= 2 ** MAX_LOG2_N && (n & (n - 1)) === 0, `must be a power of 2 up to 2^${MAX_LOG2_N}`)),
    r: z.int().check(z.gte(1), z.lte(MAX_R)),
    p: z.int().check(z.gte(1), z.lte(MAX_P)),
  }).check(
    // each bound alone still lets N, r and p multiply into gigabytes and minutes: bound the memory
    // (128*N*r bytes) and the work (N*r*p) together, with room for 16 times today's cost
    z.refine(({ N, r }) => 128 * N * r <= MAX_SCRYPT_MEMORY, `asks for more than ${MAX_SCRYPT_MEMORY / 1024 / 1024} MiB of memory`),
    z.refine(({ N, r, p }) => N * r * p <= MAX_SCRYPT_WORK, 'asks for more than 16 times the default work'),
  ),
  cipher: z.strictObject({ name: z.literal('aes-256-gcm'), iv: Base64, tag: Base64 }),
  data: Base64,
});
type EncryptedEnvelope = z.infer<typeof EncryptedEnvelope>;

// A workflow is kilobytes; a hostile bundle that unpacks to gigabytes (a gzip bomb) stops here.
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** JSON with object keys sorted at every level and no whitespace: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function digestOf(document: Omit<BundleDocument, 'digest'>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(document)).digest('hex')}`;
}

interface BundleInput {
  id: string;
  exportedAt: Date;
  device: BundleDocument['device'];
  files: ReadonlyMap<BundleFileName, Buffer>;
}

/** The plain bundle: gzip of the JSON document, digest included. */
export function encodeBundle(input: BundleInput): Buffer {
  const state = input.files.get('state.json');
  if (!state) throw new Error('encodeBundle: a bundle needs state.json');
  const files: BundleDocument['files'] = { 'state.json': packFile(state) };
  const backup = input.files.get('state.backup.json');
  if (backup) files['state.backup.json'] = packFile(backup);
  const history = input.files.get('history.jsonl');
  if (history) files['history.jsonl'] = packFile(history);
  const body: Omit<BundleDocument, 'digest'> = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    id: input.id,
    exported_at: input.exportedAt.toISOString(),
    device: input.device,
    files,
  };
  const document = BundleDocument.parse({ ...body, digest: digestOf(body) });
  return zlib.gzipSync(JSON.stringify(document), { level: zlib.constants.Z_BEST_COMPRESSION });
}

interface DecodedBundle {
  document: BundleDocument;
  files: Map<BundleFileName, Buffer>;
}

/** Reads and verifies a plain bundle: gzip, JSON, format and version, every file's hash, the digest. */
export function decodeBundle(data: Buffer, label: string): DecodedBundle {
  let json: unknown;
  try {
    json = JSON.parse(zlib.gunzipSync(data, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8'));
  } catch (error) {
    throw new WorkflowError(`${label} is damaged or truncated: not a readable gzip-compressed JSON document (${(error as Error).message})`);
  }
  checkFormat(json, BUNDLE_FORMAT, label);
  const parsed = BundleDocument.safeParse(json);
  if (!parsed.success) throw new WorkflowError(`${label} is damaged: ${describeIssue(parsed.error.issues[0])}`);
  const document = parsed.data;
  const files = new Map<BundleFileName, Buffer>();
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

/** Clear words for the two mistakes worth naming: another kind of file, and a newer format. */
function checkFormat(json: unknown, expected: string, label: string): void {
  const head = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  if (head.format === 'workflow-archive') throw new WorkflowError(`${label} is an archive of this store, not an exported bundle: restore it with \`claude-workflow unarchive\``);
  if (head.format !== expected) throw new WorkflowError(`${label} is not a workflow bundle (format ${JSON.stringify(head.format ?? null)}, expected "${expected}")`);
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) {
    throw new WorkflowError(`${label} is bundle format version ${head.version}, newer than this plugin reads (${BUNDLE_VERSION}); update the workflow plugin`);
  }
  if (head.version !== BUNDLE_VERSION) throw new WorkflowError(`${label} has an unknown bundle format version ${JSON.stringify(head.version ?? null)}`);
}

/** An encrypted bundle is JSON text; a plain one is gzip (1f 8b). Anything else is neither. */
export function isEncryptedBundle(data: Buffer): boolean {
  const first = data.subarray(0, 64).toString('utf8').trimStart();
  return first.startsWith('{');
}

function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Buffer {
  // Node's default scrypt memory cap (32 MiB) is exactly 128*N*r at the default cost and OpenSSL
  // wants a little more: allow twice what the parameters need (they are bounded above).
  return scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}

/** The header fields that GCM authenticates: everything but the tag and the data. */
function additionalData(envelope: { format: string; version: number; kdf: EncryptedEnvelope['kdf']; cipher: { name: string; iv: string } }): Buffer {
  return Buffer.from(canonicalJson({ format: envelope.format, version: envelope.version, kdf: envelope.kdf, cipher: { name: envelope.cipher.name, iv: envelope.cipher.iv } }), 'utf8');
}

interface EncryptOptions {
  params?: ScryptParams;
  /** for tests only: fixed randomness */
  salt?: Buffer;
  iv?: Buffer;
}

/** Encrypts a plain bundle into the JSON envelope. */
export function encryptBundle(plain: Buffer, passphrase: string, options: EncryptOptions = {}): Buffer {
  if (passphrase.length === 0) throw new WorkflowError('the passphrase is empty');
  const params = options.params ?? DEFAULT_SCRYPT;
  const salt = options.salt ?? randomBytes(SALT_BYTES);
  const iv = options.iv ?? randomBytes(IV_BYTES);
  const header = {
    format: ENCRYPTED_FORMAT,
    version: BUNDLE_VERSION,
    kdf: { name: 'scrypt' as const, salt: salt.toString('base64'), ...params },
    cipher: { name: 'aes-256-gcm' as const, iv: iv.toString('base64') },
  };
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, params), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(header));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  const envelope = EncryptedEnvelope.parse({ ...header, cipher: { ...header.cipher, tag: cipher.getAuthTag().toString('base64') }, data: data.toString('base64') });
  return Buffer.from(`${JSON.stringify(envelope, null, 2)}\n`, 'utf8');
}

/** Decrypts the envelope back to the plain bundle; a wrong passphrase and a changed byte look the same. */
export function decryptBundle(data: Buffer, passphrase: string, label: string): Buffer {
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8'));
  } catch (error) {
    throw new WorkflowError(`${label} is damaged or truncated: not a readable encrypted bundle (${(error as Error).message})`);
  }
  checkFormat(json, ENCRYPTED_FORMAT, label);
  const parsed = EncryptedEnvelope.safeParse(json);
  if (!parsed.success) throw new WorkflowError(`${label} is damaged: ${describeIssue(parsed.error.issues[0])}`);
  const envelope = parsed.data;
  const salt = Buffer.from(envelope.kdf.salt, 'base64');
  const iv = Buffer.from(envelope.cipher.iv, 'base64');
  const tag = Buffer.from(envelope.cipher.tag, 'base64');
  if (salt.length < SALT_BYTES || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new WorkflowError(`${label} is damaged: the salt, IV or authentication tag has the wrong length`);
  }
  const { N, r, p } = envelope.kdf;
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, { N, r, p }), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(envelope));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]);
  } catch {
    // GCM cannot tell which: the key is wrong, or the header or the data changed
    throw new WorkflowError(`${label}: wrong passphrase or damaged bundle (decryption failed its authentication check)`);
  }
}

/** Plain or encrypted: the verified bundle. `passphrase` is asked for only when it is needed. */
export async function openBundle(data: Buffer, label: string, passphrase: () => Promise<string>): Promise<DecodedBundle & { encrypted: boolean }> {
  if (!isEncryptedBundle(data)) return { ...decodeBundle(data, label), encrypted: false };
  return { ...decodeBundle(decryptBundle(data, await passphrase(), label), label), encrypted: true };
}
