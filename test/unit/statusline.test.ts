import { describe, expect, it } from 'vitest';
import type { StatuslineInput } from '../../scripts/core/schemas.ts';
import { renderStatusline } from '../../scripts/core/render/statusline.ts';
import { runWrappedStatusline } from '../../scripts/core/runtime/wrapped-statusline.ts';
import { makeState } from '../helpers/fixtures.ts';
import { isolatedEnv } from '../helpers/repo.ts';

const input = (context_window?: StatuslineInput['context_window']): StatuslineInput => ({
  session_id: 'session-1',
  ...(context_window === undefined ? {} : { context_window }),
});

const workflow = makeState(); // fix-login-bug-20260314-120000, phase 2 · Implementation
const longId = makeState({ id: 'refactor-the-billing-module-for-taxes-20260314-120000' });
const noPhase = makeState({ phase: { current: null, name: null } });
const namedPhase = makeState({ phase: { current: null, name: 'Review' } });

describe('renderStatusline', () => {
  it.each<[string, StatuslineInput, Parameters<typeof renderStatusline>[1], string]>([
    ['context only', input({ used_percentage: 42.4, context_window_size: 200_000 }), null, 'ctx 42% of 200K'],
    ['rounds the percentage', input({ used_percentage: 42.5, context_window_size: 200_000 }), null, 'ctx 43% of 200K'],
    ['percentage without a size', input({ used_percentage: 7 }), null, 'ctx 7%'],
    ['context and workflow', input({ used_percentage: 42, context_window_size: 200_000 }), workflow, 'ctx 42% of 200K · wf fix-login-bug · 2 · Implementation'],
    ['workflow before the first reply (no percentage yet)', input({ used_percentage: null, context_window_size: 200_000 }), workflow, 'wf fix-login-bug · 2 · Implementation'],
    ['workflow without context_window', input(), workflow, 'wf fix-login-bug · 2 · Implementation'],
    ['the date is dropped from the id and a long slug is clipped to 32 characters', input({ used_percentage: 10, context_window_size: 200_000 }), longId, 'ctx 10% of 200K · wf refactor-the-billing-module-for… · 2 · Implementation'],
    ['no phase', input(), noPhase, 'wf fix-login-bug · —'],
    ['named phase', input(), namedPhase, 'wf fix-login-bug · Review'],
    ['a 1M window', input({ used_percentage: 21, context_window_size: 1_000_000 }), null, 'ctx 21% of 1M'],
    ['an id without a date suffix is shown whole', input(), makeState({ id: 'billing' }), 'wf billing · 2 · Implementation'],
    ['nothing to show', input(), null, ''],
  ])('%s', (_name, statusInput, state, expected) => {
    expect(renderStatusline(statusInput, state)).toBe(expected);
  });
});

describe('runWrappedStatusline', () => {
  const env = isolatedEnv();
  it.each<[string, string, string, string]>([
    ['echo', 'echo mine', '{}', 'mine'],
    ['reads the same input', 'cat', '{"session_id":"s"}\n', '{"session_id":"s"}'],
    ['trailing whitespace trimmed', 'printf "mine  \\n\\n"', '', 'mine'],
    ['a failing command', 'echo partial; exit 3', '', 'partial'],
    ['a missing command', 'definitely-not-a-command-xyz', '', ''],
  ])('%s', (_name, command, stdin, expected) => {
    expect(runWrappedStatusline(command, stdin, env)).toBe(expected);
  });
});
