// Deterministic twin of the skill's trigger: a prompt that asks to hand off or resume gets a
// one-line pointer to the command, whether or not the model picks the skill.
const HANDOFF = /\b(hand ?off|handover|save (the )?state|save (my |our )?progress|pause here|context is (getting )?(full|tight)|running out of context|wrap up for (today|now))\b/i;
const RESUME = /\b(resume (the |my |our )?(workflow|work|handoff)|continue where (we|i) left off|pick up where (we|i) left off|where were we)\b/i;

// Every phrase above holds one of these words. Under the i flag a pattern's ASCII letter matches
// only the same ASCII letter, either case, so a prompt whose lower case holds none of them is no
// phrase: told without running the patterns, whose first run (compiling them) cost a quiet turn
// about 0.25 ms of its 4.
const PHRASE_WORDS = ['hand', 'save', 'pause', 'context', 'wrap up', 'resume', 'left off', 'where were'];

export type HandoffIntent = 'handoff' | 'resume' | null;

export function detectHandoffIntent(prompt: string): HandoffIntent {
  // a slash command is already the explicit form; pointing at it again would be noise
  if (prompt.trimStart().startsWith('/')) return null;
  const lower = prompt.toLowerCase();
  if (!PHRASE_WORDS.some((word) => lower.includes(word))) return null;
  if (RESUME.test(prompt)) return 'resume';
  if (HANDOFF.test(prompt)) return 'handoff';
  return null;
}

export function intentPointer(intent: Exclude<HandoffIntent, null>): string {
  switch (intent) {
    case 'handoff':
      return '[workflow] The user wants to hand off: follow /workflow:handoff (collect task, summary, phase, accomplishments, next steps, decisions, blockers; run the handoff script).';
    case 'resume':
      return '[workflow] The user wants to resume saved work: run /workflow:resume (or `claude-workflow list` to pick a workflow).';
    default:
      return intent satisfies never;
  }
}
