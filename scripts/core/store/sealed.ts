// A state.json as written and as read: the JSON with a checksum over the rest of the document,
// and every check a read makes (JSON, checksum, schema version, migration, schema) before a state
// is believed. A checksum a file's version passed before is not computed again, nor the schema run
// again on a version it gave back unchanged (state-memo.ts).
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { migrate } from './migrations.ts';
import { sha256Hex } from '../shared/lazy-crypto.ts';
import { READ_CAPS, readRegularFileAndStat } from '../shared/safe-fs.ts';
import { WorkflowState } from '../schemas.ts';
import { SCHEMA_VERSION } from '../shared/state-fields.ts';
import { checksumHeld, rememberVerified, schemaHeld } from './state-memo.ts';
import { fileSignature } from '../shared/file-signature.ts';

export type SealedRead =
  | { ok: true; state: WorkflowState; text: string; document: Record<string, unknown>; migratedFrom: number | null }
  | { ok: false; problem: string; fatal: boolean };

function checksumOf(body: string): string {
  return `sha256:${sha256Hex(body)}`;
}

/** JSON text of the state with a checksum over the rest of the document. */
export function sealState(state: WorkflowState): string {
  return sealed(state).text;
}

export function sealed(state: WorkflowState): { text: string; checksum: string } {
  const checksum = checksumOf(JSON.stringify(state, null, 2));
  return { text: `${JSON.stringify({ ...state, checksum }, null, 2)}\n`, checksum };
}

/**
 * Whether WorkflowState gave the document back as it was (no default filled in, no field dropped
 * or changed): only then may a later read of the same file take the document for the state.
 */
function givenBack(state: WorkflowState, document: unknown): boolean {
  return JSON.stringify(state) === JSON.stringify(document);
}

/** Whether `state`, once written, reads back as itself: what a save tells the memo of the file it wrote. */
export function readsBackAsItself(state: WorkflowState): boolean {
  const document: unknown = JSON.parse(JSON.stringify(state));
  const again = WorkflowState.safeParse(document);
  return again.success && givenBack(again.data, document);
}

export function readSealed(file: string): SealedRead {
  let text: string;
  let signature: string;
  try {
    const { bytes, stat } = readRegularFileAndStat(file, READ_CAPS.state);
    text = bytes.toString('utf8');
    signature = fileSignature(stat);
  } catch (error) {
    if (error instanceof WorkflowError) return { ok: false, fatal: false, problem: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, fatal: false, problem: code === 'ENOENT' ? `${file} is missing` : `${file} cannot be read (${code})` };
  }
  return parseSealed(text, file, signature);
}

/**
 * The checks of readSealed on text that is not (yet) a file: a state.json fetched by sync. With
 * the file's signature, a checksum this version of the file passed before is not computed again.
 */
export function parseSealed(text: string, file: string, signature?: string): SealedRead {
  const name = path.basename(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, fatal: false, problem: `${file} is not valid JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, fatal: false, problem: `${file} does not hold a JSON object` };
  }
  const { checksum, ...rest } = parsed as Record<string, unknown>;
  if (typeof checksum !== 'string') return { ok: false, fatal: false, problem: `${file} has no "checksum" field` };
  if ((signature === undefined || !checksumHeld(file, signature, checksum)) && checksum !== checksumOf(JSON.stringify(rest, null, 2))) {
    return { ok: false, fatal: false, problem: `${file} fails its checksum (changed or damaged outside the plugin)` };
  }
  if (signature !== undefined && schemaHeld(file, signature, checksum)) {
    // this very version of the file (inode, size, times) passed WorkflowState as it stands
    return { ok: true, state: rest as WorkflowState, text, document: rest, migratedFrom: null };
  }
  const version = rest.schema_version;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      fatal: true,
      problem: `${file} has schema_version ${version}, newer than this plugin understands (${SCHEMA_VERSION}); update the workflow plugin`,
    };
  }
  const migrated = migrate(rest);
  const result = WorkflowState.safeParse(migrated?.document ?? rest);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    const upgraded = migrated ? ` after migration from schema v${migrated.from}` : '';
    return { ok: false, fatal: false, problem: `${name}: field "${field}" ${issue?.message ?? 'is invalid'}${upgraded} (${file})` };
  }
  if (signature !== undefined) rememberVerified(file, signature, checksum, result.data, !migrated && givenBack(result.data, rest));
  return { ok: true, state: result.data, text, document: rest, migratedFrom: migrated?.from ?? null };
}

