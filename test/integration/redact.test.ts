// Redaction through the built CLI: secrets handed off on stdin never reach any file of the store.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../scripts/core/schemas.ts';
import { parseJsonOutput, runCli, type CliResult } from '../helpers/cli.ts';
import { hookSandbox } from '../helpers/hook-sandbox.ts';
import { cleanupTempDirs, tempRepo } from '../helpers/repo.ts';
import { SECRET_CORPUS } from '../helpers/secret-corpus.ts';
import { FAKE } from '../helpers/secrets.ts';

afterAll(cleanupTempDirs);

function ok(result: CliResult): CliResult {
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  return result;
}

const STORE_FILES = ['state.json', 'state.toon', 'state.backup.json', 'history.jsonl'];

describe.concurrent('handoff redacts secrets before writing', () => {
  it('lines on stdin: none of the secrets is in state.json, state.toon, state.backup.json or history.jsonl; the output counts them', async () => {
    const repo = tempRepo();
    // the commit message is captured into the state too
    repo.commit('deploy.sh', 'echo deploy\n', `Deploy script (temporary token ${FAKE.slackBot})`);
    const lines = [
      `task: Rotate the leaked ${FAKE.githubClassic} before Friday`,
      `summary: Moved CI to OIDC; the old key ${FAKE.anthropic} still works until revoked`,
      'phase: 2: Rotation',
      `decision: Staging keeps OPENAI_API_KEY=${FAKE.openaiProject} for one more week`,
      `blocker: postgres://deploy:${FAKE.urlPassword}@db.internal:5432/app refuses the new role`,
      'notes:',
      `- .env excerpt: DB_PASSWORD=${FAKE.dbPassword}`,
      `- aws_secret_access_key = ${FAKE.awsSecret}`,
      `next: call the API with Authorization: Bearer ${FAKE.bearerOpaque} to confirm`,
      'accomplishment: Audited commit 3f786850e387550fdab836ed7e6dc881de23001b',
    ].join('\n');
    const first = ok(await runCli(['handoff', '--input', '-'], { cwd: repo.path, input: lines }));
    expect(first.stdout).toContain('  Redacted: 8 secrets (replaced with [REDACTED:…])');
    const id = /^Handoff saved: (\S+) /.exec(first.stdout)?.[1] ?? '';
    expect(id).toMatch(/^rotate-the-leaked-redacted-github-token-before-friday-\d{8}-\d{6}$/);

    // a second save (JSON this time, with a PEM block) makes state.backup.json from the first
    const input = { id, summary: `Signing key used so far:\n-----BEGIN RSA PRIVATE KEY-----\n${FAKE.pemBody.join('\n')}\n-----END RSA PRIVATE KEY-----\nnow in the vault` };
    const second = parseJsonOutput<{ state: WorkflowState; redacted: number }>(
      ok(await runCli(['handoff', '--format', 'json', '--input', '-'], { cwd: repo.path, input: JSON.stringify(input) })),
    );
    // what this save brought in: the PEM block; the secrets of the first save, and the commit
    // subject it saved (HEAD has not moved, so it is not read from git again), were already markers
    expect(second.redacted).toBe(1);
    expect(second.state.summary).toBe('Signing key used so far:\n[REDACTED:private-key]\nnow in the vault');

    const dir = path.join(repo.path, '.git', 'workflow', id);
    const secrets = [FAKE.githubClassic, FAKE.anthropic, FAKE.openaiProject, FAKE.urlPassword, FAKE.dbPassword, FAKE.awsSecret, FAKE.bearerOpaque, FAKE.slackBot, ...FAKE.pemBody];
    for (const file of STORE_FILES) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const secret of secrets) expect({ file, leaked: text.includes(secret) }).toEqual({ file, leaked: false });
      expect(text).toContain('[REDACTED:');
    }
    const state = JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')) as WorkflowState;
    expect(state.blockers).toEqual(['postgres://deploy:[REDACTED:url-password]@db.internal:5432/app refuses the new role']);
    expect(state.notes).toEqual(['.env excerpt: DB_PASSWORD=[REDACTED:password]', 'aws_secret_access_key = [REDACTED:aws-secret-key]']);
    expect(state.git?.commit_message).toBe('Deploy script (temporary token [REDACTED:slack-token])');
    // hashes are not secrets
    expect(state.accomplishments).toEqual(['Audited commit 3f786850e387550fdab836ed7e6dc881de23001b']);
    expect(state.git?.commit).toBe(repo.head());
  });

  it('says nothing about redaction when there was nothing to redact', async () => {
    const repo = tempRepo();
    const text = ok(await runCli(['handoff', '--task', 'Plain work', '--note', 'The token refresh flow is broken'], { cwd: repo.path }));
    expect(text.stdout).not.toContain('Redacted');
    const json = parseJsonOutput<{ redacted: number }>(ok(await runCli(['handoff', '--format', 'json', '--task', 'Plain work'], { cwd: repo.path })));
    expect(json.redacted).toBe(0);
  });
});

describe('the whole secrets corpus through the built plugin', () => {
  it('as notes of a handoff: no secret in any file of the store, each counted', async () => {
    const repo = tempRepo();
    const notes = SECRET_CORPUS.map(([, pasted]) => pasted);
    const saved = parseJsonOutput<{ id: string; redacted: number }>(
      ok(await runCli(['handoff', '--format', 'json', '--input', '-'], { cwd: repo.path, input: JSON.stringify({ task: 'Audit the secrets', notes }) })),
    );
    expect(saved.redacted).toBeGreaterThanOrEqual(SECRET_CORPUS.length);
    const dir = path.join(repo.path, '.git', 'workflow', saved.id);
    for (const file of ['state.json', 'state.toon']) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const [kind, , secret] of SECRET_CORPUS) expect({ file, kind, leaked: text.includes(secret) }).toEqual({ file, kind, leaked: false });
    }
  });

  it('in a hook input that fails validation: the hooks log keeps none of them', async () => {
    const sandbox = hookSandbox();
    const prompt = SECRET_CORPUS.map(([, pasted]) => pasted).join(' ');
    // session_id must be a string: the input is rejected and its head logged
    for (let i = 0; i < SECRET_CORPUS.length; i += 20) {
      const slice = SECRET_CORPUS.slice(i, i + 20);
      const run = await sandbox.hookRaw('user-prompt-submit', JSON.stringify({ session_id: 1, prompt: slice.map(([, pasted]) => pasted).join(' ') }));
      expect(run.status).toBe(0);
    }
    const log = sandbox.hookLog();
    expect(log).toContain('[REDACTED:');
    for (const [kind, , secret] of SECRET_CORPUS) expect({ kind, leaked: log.includes(secret) }).toEqual({ kind, leaked: false });
    expect(prompt.length).toBeGreaterThan(0);
  });
});
