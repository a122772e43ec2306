import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  canonicalJson,
  decodeBundle,
  decryptBundle,
  DEFAULT_SCRYPT,
  encodeBundle,
  encryptBundle,
  isEncryptedBundle,
  openBundle,
  type BundleFileName,
} from '../../scripts/core/store/bundle.ts';
import { exportWorkflow, importWorkflow } from '../../scripts/core/store/bundle-store.ts';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';
import { loadWorkflow, updateWorkflow } from '../../scripts/core/store/store.ts';
import { readSealed, sealState } from '../../scripts/core/store/sealed.ts';
import { makeState } from '../helpers/fixtures.ts';
import { cleanupTempDirs, listFiles, tempDir } from '../helpers/repo.ts';

afterEach(cleanupTempDirs);

const ID = 'fix-login-bug-20260314-120000';
const EXPORTED_AT = new Date('2026-03-14T13:00:00.000Z');
const DEVICE = { hostname: 'ada-laptop', platform: 'darwin-arm64', plugin_version: '0.1.0' };
/** cheap key derivation for the many tests that are not about its cost */
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const LABEL = 'fix.workflow';

function workflowFiles(): Map<BundleFileName, Buffer> {
  return new Map<BundleFileName, Buffer>([
    ['state.json', Buffer.from(sealState(makeState()))],
    ['state.backup.json', Buffer.from(sealState(makeState({ summary: 'an older save' })))],
    ['history.jsonl', Buffer.from('{"at":"2026-03-14T12:00:00.000Z","event":"handoff","device":"ada-laptop","branch":"main","commit":null,"summary":"first","session_id":null}\n')],
  ]);
}

function plainBundle(files = workflowFiles()): Buffer {
  return encodeBundle({ id: ID, exportedAt: EXPORTED_AT, device: DEVICE, files });
}

type Json = Record<string, unknown>;
const unzip = (data: Buffer): Json => JSON.parse(zlib.gunzipSync(data).toString('utf8')) as Json;
const rezip = (document: unknown): Buffer => zlib.gzipSync(JSON.stringify(document));
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function errorOf(fn: () => unknown): WorkflowError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe('plain bundles', () => {
  it('round-trip every file byte for byte, with the header', () => {
    const files = workflowFiles();
    const { document, files: back } = decodeBundle(plainBundle(files), LABEL);
    expect(document).toMatchObject({ format: 'workflow-bundle', version: 1, id: ID, exported_at: EXPORTED_AT.toISOString(), device: DEVICE });
    expect(document.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect([...back.keys()]).toEqual(['state.json', 'state.backup.json', 'history.jsonl']);
    for (const [name, data] of files) expect(back.get(name)?.equals(data)).toBe(true);
  });

  it('store files as text with their size and SHA-256, and are gzip (not mistaken for encrypted)', () => {
    const data = plainBundle();
    expect(data.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(isEncryptedBundle(data)).toBe(false);
    const state = workflowFiles().get('state.json')?.toString('utf8') ?? '';
    expect((unzip(data).files as Json)['state.json']).toEqual({ size: Buffer.byteLength(state), sha256: sha(state), text: state });
  });

  it('are the same bytes for the same input, and the digest is over canonical JSON', () => {
    expect(plainBundle().equals(plainBundle())).toBe(true);
    const { digest, ...rest } = unzip(plainBundle());
    expect(digest).toBe(`sha256:${sha(canonicalJson(rest))}`);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
  });

  it('carry only state.json when that is all there is', () => {
    const only = new Map<BundleFileName, Buffer>([['state.json', workflowFiles().get('state.json') ?? Buffer.alloc(0)]]);
    expect([...decodeBundle(plainBundle(only), LABEL).files.keys()]).toEqual(['state.json']);
  });
});

describe('encrypted bundles', () => {
  it('round-trip with the default scrypt cost recorded in the header', () => {
    const plain = plainBundle();
    const sealed = encryptBundle(plain, 'correct horse battery staple');
    const envelope = JSON.parse(sealed.toString('utf8')) as Json;
    expect(envelope).toMatchObject({ format: 'workflow-bundle-encrypted', version: 1, kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 }, cipher: { name: 'aes-256-gcm' } });
    expect(DEFAULT_SCRYPT).toEqual({ N: 2 ** 15, r: 8, p: 1 });
    const kdf = envelope.kdf as Json;
    const cipher = envelope.cipher as Json;
    expect(Buffer.from(String(kdf.salt), 'base64')).toHaveLength(16);
    expect(Buffer.from(String(cipher.iv), 'base64')).toHaveLength(12);
    expect(Buffer.from(String(cipher.tag), 'base64')).toHaveLength(16);
    expect(isEncryptedBundle(sealed)).toBe(true);
    expect(decryptBundle(sealed, 'correct horse battery staple', LABEL).equals(plain)).toBe(true);
  });

  it('use a fresh salt and IV each time, and hide the content', () => {
    const a = JSON.parse(encryptBundle(plainBundle(), 'tr0ub4dor&3 passphrase', { params: FAST }).toString('utf8')) as { kdf: Json; cipher: Json; data: string };
    const b = JSON.parse(encryptBundle(plainBundle(), 'pw', { params: FAST }).toString('utf8')) as { kdf: Json; cipher: Json; data: string };
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.data).not.toBe(b.data);
    expect(JSON.stringify(a)).not.toContain('Safari');
    expect(JSON.stringify(a)).not.toContain('tr0ub4dor');
  });

  it('openBundle asks for the passphrase only for an encrypted bundle', async () => {
    let asked = 0;
    const passphrase = async () => {
      asked += 1;
      return 'pw';
    };
    expect((await openBundle(plainBundle(), LABEL, passphrase)).encrypted).toBe(false);
    expect(asked).toBe(0);
    const opened = await openBundle(encryptBundle(plainBundle(), 'pw', { params: FAST }), LABEL, passphrase);
    expect(opened).toMatchObject({ encrypted: true, document: { id: ID } });
    expect(asked).toBe(1);
  });

  it('refuse an empty passphrase', () => {
    expect(errorOf(() => encryptBundle(plainBundle(), '', { params: FAST })).message).toMatch(/passphrase is empty/);
  });
});

describe('what decryption refuses', () => {
  const sealed = () => encryptBundle(plainBundle(), 'pw', { params: FAST });
  const edit = (change: (envelope: { kdf: Json; cipher: Json; data: string } & Json) => void): Buffer => {
    const envelope = JSON.parse(sealed().toString('utf8')) as { kdf: Json; cipher: Json; data: string } & Json;
    change(envelope);
    return Buffer.from(JSON.stringify(envelope));
  };
  const flipBase64 = (value: unknown, at = 0): string => {
    const bytes = Buffer.from(String(value), 'base64');
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    return bytes.toString('base64');
  };
  const WRONG = /fix\.workflow: wrong passphrase or damaged bundle/;

  it('a wrong passphrase', () => {
    expect(errorOf(() => decryptBundle(sealed(), 'not it', LABEL)).message).toMatch(WRONG);
  });

  it('a flipped byte in the ciphertext', () => {
    expect(errorOf(() => decryptBundle(edit((e) => (e.data = flipBase64(e.data, 5))), 'pw', LABEL)).message).toMatch(WRONG);
  });

  it('a changed header: salt, IV, tag, scrypt cost (all authenticated)', () => {
    expect(errorOf(() => decryptBundle(edit((e) => (e.kdf.salt = flipBase64(e.kdf.salt))), 'pw', LABEL)).message).toMatch(WRONG);
    expect(errorOf(() => decryptBundle(edit((e) => (e.cipher.iv = flipBase64(e.cipher.iv))), 'pw', LABEL)).message).toMatch(WRONG);
    expect(errorOf(() => decryptBundle(edit((e) => (e.cipher.tag = flipBase64(e.cipher.tag))), 'pw', LABEL)).message).toMatch(WRONG);
    expect(errorOf(() => decryptBundle(edit((e) => (e.kdf.p = 2)), 'pw', LABEL)).message).toMatch(WRONG);
  });

  it('a header outside what is accepted, before any key is derived', () => {
    expect(errorOf(() => decryptBundle(edit((e) => (e.kdf.N = 2 ** 30)), 'pw', LABEL)).message).toMatch(/damaged: field kdf\["N"\] must be a power of 2 up to 2\^20/);
    expect(errorOf(() => decryptBundle(edit((e) => (e.cipher.name = 'aes-128-cbc')), 'pw', LABEL)).message).toMatch(/damaged: field cipher\.name/);
    expect(errorOf(() => decryptBundle(edit((e) => (e.cipher.tag = 'AAAA')), 'pw', LABEL)).message).toMatch(/wrong length/);
  });

  it.each([
    // each within its own bound, together 4 GiB of memory
    [{ N: 2 ** 20, r: 32, p: 1 }, /asks for more than 256 MiB of memory/],
    // 128 MiB of memory, but 64 times the default work
    [{ N: 2 ** 17, r: 8, p: 16 }, /asks for more than 16 times the default work/],
  ])('a scrypt cost whose bounds multiply into gigabytes or minutes: %j, refused before any key is derived', (kdf, message) => {
    expect(errorOf(() => decryptBundle(edit((e) => Object.assign(e.kdf, kdf)), 'pw', LABEL)).message).toMatch(message);
  });

  it('a truncated file', () => {
    const data = sealed();
    expect(errorOf(() => decryptBundle(data.subarray(0, data.length - 40), 'pw', LABEL)).message).toMatch(/fix\.workflow is damaged or truncated/);
  });

  it('an unknown format or a newer version', () => {
    expect(errorOf(() => decryptBundle(edit((e) => (e.format = 'something-else')), 'pw', LABEL)).message).toMatch(/not a workflow bundle \(format "something-else"/);
    expect(errorOf(() => decryptBundle(edit((e) => (e.version = 2)), 'pw', LABEL)).message).toMatch(/version 2, newer than this plugin reads \(1\); update the workflow plugin/);
  });
});

describe('what decoding a plain bundle refuses', () => {
  it('a file whose content changed while its hash and the digest did not: names the file', () => {
    const document = unzip(plainBundle());
    const files = document.files as Record<string, Json>;
    (files['history.jsonl'] as Json).text = String((files['history.jsonl'] as Json).text).replace('first', 'forged');
    expect(errorOf(() => decodeBundle(rezip(document), LABEL)).message).toBe('fix.workflow was changed or damaged after export: history.jsonl does not match its recorded SHA-256');
  });

  it('a file changed with its hash updated but not the digest', () => {
    const document = unzip(plainBundle());
    const entry = (document.files as Record<string, Json>)['history.jsonl'] as Json;
    entry.text = String(entry.text).replace('first', 'forged');
    entry.sha256 = sha(String(entry.text));
    entry.size = Buffer.byteLength(String(entry.text));
    expect(errorOf(() => decodeBundle(rezip(document), LABEL)).message).toMatch(/integrity digest does not match its content/);
  });

  it('a changed header field (id, device) or a dropped file', () => {
    const renamed = { ...unzip(plainBundle()), id: 'another-20260314-120000' };
    expect(errorOf(() => decodeBundle(rezip(renamed), LABEL)).message).toMatch(/integrity digest/);
    const dropped = unzip(plainBundle());
    delete (dropped.files as Json)['state.backup.json'];
    expect(errorOf(() => decodeBundle(rezip(dropped), LABEL)).message).toMatch(/integrity digest/);
  });

  it('a file the format does not carry, or a path', () => {
    const extra = unzip(plainBundle());
    (extra.files as Json)['lease.json'] = { size: 0, sha256: sha(''), text: '' };
    expect(errorOf(() => decodeBundle(rezip(extra), LABEL)).message).toMatch(/fix\.workflow is damaged: field files/);
  });

  it('a flipped byte and a truncated file', () => {
    const data = plainBundle();
    const flipped = Buffer.from(data);
    flipped[Math.floor(flipped.length / 2)] = (flipped[Math.floor(flipped.length / 2)] ?? 0) ^ 0xff;
    expect(errorOf(() => decodeBundle(flipped, LABEL)).message).toMatch(/damaged or truncated/);
    expect(errorOf(() => decodeBundle(data.subarray(0, data.length - 12), LABEL)).message).toMatch(/fix\.workflow is damaged or truncated: not a readable gzip-compressed JSON document/);
  });

  it('an unknown format, a newer or unknown version, an archive', () => {
    expect(errorOf(() => decodeBundle(rezip({ ...unzip(plainBundle()), format: 'zip' }), LABEL)).message).toMatch(/not a workflow bundle \(format "zip", expected "workflow-bundle"\)/);
    expect(errorOf(() => decodeBundle(rezip({ ...unzip(plainBundle()), version: 7 }), LABEL)).message).toMatch(/format version 7, newer than this plugin reads/);
    expect(errorOf(() => decodeBundle(rezip({ ...unzip(plainBundle()), version: 0 }), LABEL)).message).toMatch(/unknown bundle format version 0/);
    expect(errorOf(() => decodeBundle(rezip({ format: 'workflow-archive', version: 1 }), LABEL)).message).toMatch(/an archive of this store.*unarchive/);
  });
});

describe('exportWorkflow and importWorkflow on a store', () => {
  const NOW = new Date('2026-03-15T08:00:00.000Z');
  const place = (project: string) => ({ projectDir: project, storeDir: path.join(project, '.git', 'workflow') });
  const noPassphrase = async (): Promise<string> => {
    throw new Error('no passphrase expected');
  };

  async function exported(files = workflowFiles()): Promise<{ file: string; target: ReturnType<typeof place> }> {
    const source = place(tempDir());
    const dir = path.join(source.storeDir, ID);
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, data] of files) fs.writeFileSync(path.join(dir, name), data);
    fs.writeFileSync(path.join(dir, 'lease.json'), '{}');
    const file = path.join(tempDir(), 'fix.workflow');
    await exportWorkflow(source, ID, { out: file, force: false, passphrase: null }, NOW);
    return { file, target: place(tempDir()) };
  }

  it('export leaves out the lease; import writes a paused workflow with the bundle history and an import entry', async () => {
    const { file, target } = await exported();
    expect(Object.keys(unzip(fs.readFileSync(file)).files as Json)).toEqual(['state.json', 'state.backup.json', 'history.jsonl']);
    const result = await importWorkflow(target, file, { as: null, force: false, passphrase: noPassphrase }, {}, NOW);
    expect(result).toMatchObject({ id: ID, source_id: ID, encrypted: false, replaced: false, files: ['state.json', 'state.backup.json', 'history.jsonl'], warnings: [] });
    const { state } = loadWorkflow(target.storeDir, ID);
    expect(state).toMatchObject({ status: 'paused', session: { id: null }, summary: makeState().summary, updated_at: makeState().updated_at });
    const history = fs.readFileSync(path.join(target.storeDir, ID, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(history).toHaveLength(2);
    expect(JSON.parse(history[1] ?? '')).toMatchObject({ event: 'pause', summary: `imported from fix.workflow (exported 2026-03-15 08:00 UTC on ${os.hostname()})`, session_id: null });
    expect(listFiles(target.storeDir)).toEqual(['.gitignore', `${ID}/history.jsonl`, `${ID}/state.backup.json`, `${ID}/state.json`, `${ID}/state.toon`]);
  });

  it('--as gives the workflow and its backup the new id', async () => {
    const { file, target } = await exported();
    await importWorkflow(target, file, { as: 'copy-of-fix', force: false, passphrase: noPassphrase }, {}, NOW);
    expect(loadWorkflow(target.storeDir, 'copy-of-fix').state.id).toBe('copy-of-fix');
    const backup = readSealed(path.join(target.storeDir, 'copy-of-fix', 'state.backup.json'));
    expect(backup.ok && backup.state).toMatchObject({ id: 'copy-of-fix', summary: 'an older save' });
  });

  it('refuses to overwrite without --force; with it, the replaced state.json becomes the backup', async () => {
    const { file, target } = await exported();
    updateWorkflow(target.storeDir, ID, () => makeState({ summary: 'local work', status: 'active' }));
    const localText = fs.readFileSync(path.join(target.storeDir, ID, 'state.json'), 'utf8');
    const refused = await importWorkflow(target, file, { as: null, force: false, passphrase: noPassphrase }, {}, NOW).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WorkflowError);
    expect((refused as WorkflowError).message).toMatch(/already exists .*--as <new-id>.*--force/);
    expect(fs.readFileSync(path.join(target.storeDir, ID, 'state.json'), 'utf8')).toBe(localText);
    const result = await importWorkflow(target, file, { as: null, force: true, passphrase: noPassphrase }, {}, NOW);
    expect(result.replaced).toBe(true);
    expect(loadWorkflow(target.storeDir, ID).state.summary).toBe(makeState().summary);
    expect(fs.readFileSync(path.join(target.storeDir, ID, 'state.backup.json'), 'utf8')).toBe(localText);
    expect(fs.readdirSync(target.storeDir).filter((name) => name.startsWith('.import-'))).toEqual([]);
  });

  it('refuses a bundle whose state.json was replaced with hashes and digest recomputed but a wrong sealed checksum', async () => {
    const files = workflowFiles();
    const forged = (files.get('state.json')?.toString('utf8') ?? '').replace('The cookie is dropped', 'Nothing to see');
    files.set('state.json', Buffer.from(forged));
    // encodeBundle computes fresh hashes and digest: only the store's own checksum can tell
    const file = path.join(tempDir(), 'forged.workflow');
    fs.writeFileSync(file, plainBundle(files));
    const target = place(tempDir());
    const refused = await importWorkflow(target, file, { as: null, force: false, passphrase: noPassphrase }, {}, NOW).catch((error: unknown) => error);
    expect((refused as WorkflowError).message).toBe(`${file} is refused: <bundle forged.workflow>/state.json fails its checksum (changed or damaged outside the plugin)`);
    expect(listFiles(target.storeDir)).toEqual(['.gitignore']); // nothing else: no workflow, no staging left
  });

  it('imports an encrypted bundle and reports it', async () => {
    const { file, target } = await exported();
    const encrypted = path.join(path.dirname(file), 'enc.workflow');
    fs.writeFileSync(encrypted, encryptBundle(fs.readFileSync(file), 'pw', { params: FAST }));
    const result = await importWorkflow(target, encrypted, { as: null, force: false, passphrase: async () => 'pw' }, {}, NOW);
    expect(result).toMatchObject({ id: ID, encrypted: true });
  });
});
