// A hook's problem in the hook log (hook-log-file.ts), with whatever looks like a secret taken out:
// the detail may hold the user's prompt, a file's content or an error about either.
import { redactText } from '../redact/redact.ts';
import { writeHookLogEntry } from './hook-log-file.ts';

export function logHookProblem(env: NodeJS.ProcessEnv, event: string, detail: string): void {
  writeHookLogEntry(env, event, detail, (text) => redactText(text).text);
}
