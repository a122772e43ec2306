// The one class for expected failures: its message is written for a person and printed as the
// single stderr line of the CLI. Anything else that is thrown is a defect.
export class WorkflowError extends Error {
  override name = 'WorkflowError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
