// The one class for expected failures: its message is written for a person and printed as the
// single stderr line of the CLI. Anything else that is thrown is a defect.

// Each bundle (a hook's entry and every part it loads lazily) carries its own copy of this class,
// so identity cannot tell an expected failure: a mark that all copies share does.
const EXPECTED = Symbol.for('claude-workflow.expected-failure');

export class WorkflowError extends Error {
  override name = 'WorkflowError';
  readonly [EXPECTED] = true;
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && EXPECTED in value;
  }
}
