import fs from 'node:fs';
import path from 'node:path';
import { WorkflowError } from '../shared/errors.ts';
import { parseHandoffLines } from './handoff-lines.ts';
import { HandoffInput, WorkflowStatus } from '../schemas.ts';

type FlagValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

const str = (v: FlagValues[string]) => (typeof v === 'string' ? v : undefined);
const strs = (v: FlagValues[string]) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

async function readInputDocument(source: string, readStdin: () => Promise<string>, cwd: string): Promise<unknown> {
  const label = source === '-' ? 'standard input' : source;
  let text: string;
  try {
    text = source === '-' ? await readStdin() : fs.readFileSync(path.resolve(cwd, source), 'utf8');
  } catch (error) {
    throw new WorkflowError(`--input ${source}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!text.trim()) throw new WorkflowError(`--input: ${label} is empty; expected "key: value" lines or a JSON object`);
  if (!text.trimStart().startsWith('{')) return parseHandoffLines(text, `--input (${label})`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WorkflowError(`--input: ${label} is not valid JSON (${(error as Error).message})`);
  }
}

/** The handoff fields from `--input` (lines or JSON), overridden by any flag given on the command line. */
export async function readHandoffInput(values: FlagValues, readStdin: () => Promise<string>, cwd: string): Promise<HandoffInput> {
  const source = str(values.input);
  const document = source === undefined ? {} : await readInputDocument(source, readStdin, cwd);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new WorkflowError(`--input ${source}: expected a JSON object with fields such as "task", "summary", "next_steps"`);
  }
  const flags = Object.fromEntries(
    Object.entries({
      task: str(values.task),
      ticket_id: str(values.ticket),
      summary: str(values.summary),
      phase: str(values.phase),
      sub_phase: str(values['sub-phase']),
      id: str(values.id),
      status: str(values.status),
      accomplishments: strs(values.accomplishment),
      // --clear-... empties a list that a handoff replaces (new items given with it stay)
      next_steps: values['clear-next'] === true ? (strs(values.next) ?? []) : strs(values.next),
      decisions: strs(values.decision),
      blockers: values['clear-blockers'] === true ? (strs(values.blocker) ?? []) : strs(values.blocker),
      notes: strs(values.note),
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = HandoffInput.safeParse({ ...document, ...flags });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const where = source === undefined ? 'handoff' : `handoff input (${source === '-' ? 'stdin' : source})`;
    // a bad --status names the flag and the values it takes
    if (field === 'status' && typeof flags.status === 'string') throw new WorkflowError(`--status ${flags.status}: expected one of ${WorkflowStatus.options.join(', ')}`, 2);
    const detail = issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : `field "${field}": ${issue?.message}`;
    // flags are a usage error; a document that was read is bad data
    throw new WorkflowError(`${where}: ${detail}`, source === undefined ? 2 : 1);
  }
  return parsed.data;
}
