import { describe, expect, it } from 'vitest';
import { WorkflowError } from '../../scripts/core/shared/errors.ts';
import { assertWorkflowId, newWorkflowId } from '../../scripts/core/store/ids.ts';
import { parsePhase } from '../../scripts/core/workflows/handoff.ts';

describe('assertWorkflowId', () => {
  it.each([
    'a',
    '0',
    'fix-login-20260314-120000',
    'a-',
    'a--b',
    `a${'b'.repeat(80)}`, // 81 characters: the longest id
  ])('accepts %j', (id) => {
    expect(assertWorkflowId(id)).toBe(id);
  });

  it.each([
    ['empty', ''],
    ['path traversal', '../etc'],
    ['slash', 'a/b'],
    ['backslash', 'a\\b'],
    ['dot', 'a.b'],
    ['uppercase', 'A'],
    ['mixed case', 'Fix-login'],
    ['leading dash', '-x'],
    ['space', 'fix login'],
    ['underscore', 'fix_login'],
    ['82 characters', `a${'b'.repeat(81)}`],
    ['unicode letter', 'café'],
    ['unicode digit', '٣'],
    ['trailing newline', 'abc\n'],
    ['NUL byte', 'abc\0'],
  ])('refuses %s', (_label, id) => {
    expect(() => assertWorkflowId(id)).toThrow(WorkflowError);
    expect(() => assertWorkflowId(id)).toThrow(`invalid workflow id ${JSON.stringify(id)}`);
  });
});

describe('newWorkflowId', () => {
  const now = new Date('2026-11-21T10:23:12.345Z');

  it.each([
    ['Fix login bug', 'fix-login-bug-20261121-102312'],
    ['  Fix   the   LOGIN bug!!  ', 'fix-the-login-bug-20261121-102312'],
    ['Café crème à la française', 'cafe-creme-a-la-francaise-20261121-102312'],
    ['Ünïcödé Ñame', 'unicode-name-20261121-102312'],
    ['重构登录', 'workflow-20261121-102312'],
    ['', 'workflow-20261121-102312'],
    ['---', 'workflow-20261121-102312'],
    ['../../etc/passwd', 'etc-passwd-20261121-102312'],
    ['feat: add OAuth2 (PKCE) flow', 'feat-add-oauth2-pkce-flow-20261121-102312'],
    ['x'.repeat(200), `${'x'.repeat(60)}-20261121-102312`],
    [`${'a'.repeat(59)} b`, `${'a'.repeat(59)}-20261121-102312`], // cut on the dash: no "--"
    // a token pasted into the task never names a directory or a git ref
    ['Rotate key 9f86d081884c7d659a2feaa0c55ad015 today', 'rotate-key-today-20261121-102312'],
    ['Deploy with AbC123xyz789LMNOP456qr', 'deploy-with-20261121-102312'],
    ['Fix issue 1234 on v20.19.43', 'fix-issue-1234-on-v20-19-43-20261121-102312'],
    ['Update SHA256 checksums of release-2026-candidate', 'update-sha256-checksums-of-release-2026-candidate-20261121-102312'],
  ])('%j → %s', (task, id) => {
    expect(newWorkflowId(task, now)).toBe(id);
    expect(assertWorkflowId(newWorkflowId(task, now))).toBeTruthy();
  });

  it('stamps the time in UTC whatever the local zone', () => {
    expect(newWorkflowId('t', new Date('2026-01-02T03:04:05+09:00'))).toBe('t-20260101-180405');
  });
});

describe('parsePhase', () => {
  it.each([
    ['2: Implementation', { current: 2, name: 'Implementation' }],
    ['Phase 3 - Review', { current: 3, name: 'Review' }],
    ['phase 3 – Review', { current: 3, name: 'Review' }],
    ['Phase 3 — Review', { current: 3, name: 'Review' }],
    ['3 · Review', { current: 3, name: 'Review' }],
    ['Phase 1: Design', { current: 1, name: 'Design' }],
    ['4', { current: 4, name: null }],
    ['  4  ', { current: 4, name: null }],
    ['Phase 5', { current: 5, name: null }],
    ['2. Build', { current: 2, name: 'Build' }],
    ['2) Build', { current: 2, name: 'Build' }],
    ['2 Build', { current: 2, name: 'Build' }],
    ['Design', { current: null, name: 'Design' }],
    ['  Design  ', { current: null, name: 'Design' }],
    ['3D modelling', { current: null, name: '3D modelling' }],
    ['', { current: null, name: null }],
    [{ current: 2, name: ' Build ' }, { current: 2, name: 'Build' }],
    [{ current: 2 }, { current: 2, name: null }],
    [{ name: 'Review' }, { current: null, name: 'Review' }],
    [{ current: null, name: '' }, { current: null, name: null }],
    [{}, { current: null, name: null }],
    [{ current: 2, name: 'Build', sub: ' 2.1 API ' }, { current: 2, name: 'Build', sub: '2.1 API' }],
  ])('%j → %j', (input, expected) => {
    // only the object form names a sub-phase; text gives none
    expect(parsePhase(input)).toEqual({ sub: null, ...expected });
  });
});
