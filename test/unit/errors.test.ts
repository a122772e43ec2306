// Every bundle carries its own copy of WorkflowError (a hook's entry, the parts it loads lazily):
// an expected failure thrown by one is still recognised by another.
import { describe, expect, it } from 'vitest';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';

describe('WorkflowError', () => {
  it('recognises an expected failure thrown by another copy of the class', async () => {
    // the same file under another name: a second copy of the module, as a second bundle holds
    const another = '../../scripts/core/shared/errors.ts?another-bundle';
    const copy = (await import(another)) as typeof import('../../scripts/core/shared/errors.ts');
    expect(copy.WorkflowError).not.toBe(WorkflowError);
    const theirs = new copy.WorkflowError('no answer from the remote', 3);
    expect(theirs instanceof WorkflowError).toBe(true);
    expect(new WorkflowError('x') instanceof copy.WorkflowError).toBe(true);
    expect([theirs.message, theirs.exitCode, theirs.name]).toEqual(['no answer from the remote', 3, 'WorkflowError']);
  });

  it.each([new Error('defect'), new TypeError('defect'), { message: 'looks like one' }, 'text', null, undefined])('does not take %s for one', (value) => {
    expect(value instanceof WorkflowError).toBe(false);
  });
});
