// Where the passphrase of an encrypted bundle comes from: the WORKFLOW_PASSPHRASE environment
// variable, or a prompt on the terminal that does not echo. Never argv: a command line is visible
// to every user of the machine (ps, /proc) and lands in shell history.
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { WorkflowError } from '../shared/errors.ts';

const PASSPHRASE_ENV = 'WORKFLOW_PASSPHRASE';

const NO_PASSPHRASE = `no passphrase: set ${PASSPHRASE_ENV} in the environment, or run the command in a terminal to be prompted (a passphrase is never taken from the command line)`;

/** The flags people try; refused with a reason instead of parseArgs' "unknown option". */
const PASSPHRASE_FLAGS = ['passphrase', 'password'] as const;

export function refusePassphraseFlag(values: Record<string, unknown>): void {
  for (const flag of PASSPHRASE_FLAGS) {
    if (values[flag] !== undefined) {
      // the value itself is never repeated: it may be the real passphrase
      throw new WorkflowError(`--${flag} is not accepted: a passphrase on the command line is visible to other users and kept in shell history; set ${PASSPHRASE_ENV} or run in a terminal to be prompted`, 2);
    }
  }
}

/** Reads one line from the terminal with echo off; the prompt goes to stderr (stdout is the result). */
function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve, reject) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true; // after the question is shown: what is typed next is not echoed
    rl.on('SIGINT', () => {
      rl.close();
      process.stderr.write('\n');
      reject(new WorkflowError('cancelled', 130));
    });
  });
}

/**
 * The passphrase from the environment, else from a prompt when stdin is a terminal (twice when
 * `confirm`, so that a typo does not lock the bundle away), else a clear error.
 */
export async function readPassphrase(env: NodeJS.ProcessEnv, options: { confirm: boolean }): Promise<string> {
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) throw new WorkflowError(NO_PASSPHRASE);
  const first = await promptHidden('Passphrase: ');
  if (first === '') throw new WorkflowError('the passphrase is empty; nothing was done');
  if (options.confirm && (await promptHidden('Passphrase again: ')) !== first) {
    throw new WorkflowError('the two passphrases differ; nothing was done');
  }
  return first;
}
