import { describe, expect, it } from 'vitest';
import { redactState, redactText } from '../../scripts/core/redact/redact.ts';
import { makeState } from '../helpers/fixtures.ts';
import { SECRET_CORPUS } from '../helpers/secret-corpus.ts';
import { FAKE } from '../helpers/secrets.ts';

const pem = (label: string, eol = '\n'): string =>
  [`-----BEGIN ${label}PRIVATE KEY-----`, ...FAKE.pemBody, `-----END ${label}PRIVATE KEY-----`].join(eol);

/** [where it was pasted, the text, the secret that must be gone, the marker kind that must replace it] */
const CORPUS: [string, string, string, string][] = [
  ['a decision with an Anthropic key', `Decided to test against the real API with ${FAKE.anthropic} until the mock is ready`, FAKE.anthropic, 'anthropic-key'],
  ['an OpenAI key in a blocker', `OpenAI rejects ${FAKE.openai} with 429, waiting on quota`, FAKE.openai, 'openai-key'],
  ['an OpenAI project key in an env line', `OPENAI_API_KEY=${FAKE.openaiProject}`, FAKE.openaiProject, 'openai-key'],
  ['a classic GitHub token in a note', `CI uses ${FAKE.githubClassic} (the bot's PAT), rotate it after the release`, FAKE.githubClassic, 'github-token'],
  ['a GitHub OAuth token', `gh auth token printed ${FAKE.githubOauth}`, FAKE.githubOauth, 'github-token'],
  ['a GitHub user-to-server token', `token=${FAKE.githubUser}`, FAKE.githubUser, 'github-token'],
  ['a GitHub Actions token', `the workflow sees GITHUB_TOKEN as ${FAKE.githubServer}.`, FAKE.githubServer, 'github-token'],
  ['a GitHub refresh token', `refresh with ${FAKE.githubRefresh}`, FAKE.githubRefresh, 'github-token'],
  ['a fine-grained GitHub PAT in a git remote', `git remote set-url origin https://${FAKE.githubFine}@github.com/acme/app.git`, FAKE.githubFine, 'github-token'],
  ['an AWS access key id in prose', `the deploy user is ${FAKE.awsKeyId}, scoped to the staging bucket`, FAKE.awsKeyId, 'aws-access-key-id'],
  ['an AWS session key id', `AWS_ACCESS_KEY_ID=${FAKE.awsSessionKeyId}`, FAKE.awsSessionKeyId, 'aws-access-key-id'],
  ['a labelled AWS secret (credentials file)', `[default]\naws_secret_access_key = ${FAKE.awsSecret}\nregion = eu-west-1`, FAKE.awsSecret, 'aws-secret-key'],
  ['an AWS secret in an env line', `export AWS_SECRET_ACCESS_KEY=${FAKE.awsSecret}`, FAKE.awsSecret, 'aws-secret-key'],
  ['a Slack bot token', `Slack alerts post with ${FAKE.slackBot}`, FAKE.slackBot, 'slack-token'],
  ['a Slack user token', `SLACK_USER=${FAKE.slackUser}`, FAKE.slackUser, 'slack-token'],
  ['a Slack webhook URL', `alerts go to ${FAKE.slackWebhook} (channel #deploys)`, FAKE.slackWebhook, 'slack-webhook'],
  ['a JWT in a note', `session cookie was ${FAKE.jwt}; expired at noon`, FAKE.jwt, 'jwt'],
  ['an Authorization header in a curl line', `curl -H "Authorization: Bearer ${FAKE.bearerOpaque}" https://api.example.com/v1/me`, FAKE.bearerOpaque, 'bearer-token'],
  ['a lowercase bearer token', `the proxy wants bearer ${FAKE.bearerOpaque} in every call`, FAKE.bearerOpaque, 'bearer-token'],
  ['a PEM block inside a summary', `Set up signing. The key is:\n${pem('RSA ')}\nand it lives in the vault now.`, FAKE.pemBody[1] ?? '', 'private-key'],
  ['an OpenSSH private key', `${pem('OPENSSH ')}`, FAKE.pemBody[0] ?? '', 'private-key'],
  ['a PKCS#8 key with escaped newlines (.env)', `PRIVATE_KEY="${pem('', '\\n')}"`, FAKE.pemBody[2] ?? '', 'private-key'],
  ['a PEM block clipped before its END line', `pasted: -----BEGIN EC PRIVATE KEY-----\n${FAKE.pemBody[0]}\n${FAKE.pemBody[1]}`, FAKE.pemBody[1] ?? '', 'private-key'],
  ['a password in a database URL', `DATABASE_URL=postgres://app_user:${FAKE.urlPassword}@db.internal:5432/app`, FAKE.urlPassword, 'url-password'],
  ['a password with an @ in a URL', `mongodb+srv://admin:p4ss@w0rd@cluster0.example.net/test`, 'p4ss@w0rd', 'url-password'],
  ['an .env excerpt: DB_PASSWORD', `Copied from .env:\nDB_HOST=localhost\nDB_PASSWORD=${FAKE.dbPassword}\nDB_PORT=5432`, FAKE.dbPassword, 'password'],
  ['an export line', `export STRIPE_SECRET=rk_live_51Hq8Zt3Lp9Wm2Xr7Yv4Nb1Kc6`, 'rk_live_51Hq8Zt3Lp9Wm2Xr7Yv4Nb1Kc6', 'secret'],
  ['a quoted API_KEY', `API_KEY="a7f3c9e1b5d2"`, 'a7f3c9e1b5d2', 'api-key'],
  ['APIKEY without separator', `APIKEY='Zq8Xw7Ce6Vr5'`, 'Zq8Xw7Ce6Vr5', 'api-key'],
  ['a YAML password line', `database:\n  password: hunter2-prod\n  user: app`, 'hunter2-prod', 'password'],
  ['a CLIENT_SECRET with spaces around =', `CLIENT_SECRET = 9c1f0e7a-4b3d-4c2e-8f6a`, '9c1f0e7a-4b3d-4c2e-8f6a', 'secret'],
  ['a JSON-style pair', `config was {"access_token": "ya29.a0AfB_byC3xY7"}`, 'ya29.a0AfB_byC3xY7', 'secret'],
  ['a lowercase passwd', `passwd=letmein42`, 'letmein42', 'password'],
  ['a YAML password inside a JSON string', JSON.stringify({ prompt: 'database:\n  password: hunter2-prod\n  user: app' }), 'hunter2-prod', 'password'],
  ['a clipped key in JSON escaped twice (a log line of a hook input)', JSON.stringify(JSON.stringify({ key: `-----BEGIN PRIVATE KEY-----\n${FAKE.pemBody[0]}\n${FAKE.pemBody[1]}` })), FAKE.pemBody[1] ?? '', 'private-key'],
  ['an assignment inside a prose label', `.env excerpt: DB_PASSWORD=${FAKE.dbPassword}`, FAKE.dbPassword, 'password'],
];

describe('redactText: the corpus', () => {
  it.each(CORPUS)('%s', (_where, text, secret, kind) => {
    const { text: out, count } = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(`[REDACTED:${kind}]`);
    expect(count).toBeGreaterThanOrEqual(1);
    // redacting again finds nothing: a saved state is never counted twice
    expect(redactText(out)).toEqual({ text: out, count: 0 });
  });

  it('keeps what surrounds a secret', () => {
    expect(redactText(`postgres://app_user:${FAKE.urlPassword}@db.internal:5432/app`).text).toBe(
      'postgres://app_user:[REDACTED:url-password]@db.internal:5432/app',
    );
    expect(redactText(`export AWS_SECRET_ACCESS_KEY="${FAKE.awsSecret}" # prod`).text).toBe('export AWS_SECRET_ACCESS_KEY="[REDACTED:aws-secret-key]" # prod');
    expect(redactText(`Set up signing:\n${pem('RSA ')}\nthen deploy`).text).toBe('Set up signing:\n[REDACTED:private-key]\nthen deploy');
  });

  it('a key clipped before its END line ends at its body: the text up to the next key stays', () => {
    const text = `first: -----BEGIN EC PRIVATE KEY-----\n${FAKE.pemBody[0]}\nThen the notes go on.\n${pem('RSA ')}\nend`;
    expect(redactText(text)).toEqual({ text: 'first: [REDACTED:private-key]\nThen the notes go on.\n[REDACTED:private-key]\nend', count: 2 });
  });

  it('counts each secret once, even when a pattern and a KEY=value line overlap', () => {
    const env = [`ANTHROPIC_API_KEY=${FAKE.anthropic}`, `GITHUB_TOKEN=${FAKE.githubClassic}`, `DB_PASSWORD=${FAKE.dbPassword}`, 'DEBUG=1'].join('\n');
    expect(redactText(env)).toEqual({
      text: 'ANTHROPIC_API_KEY=[REDACTED:anthropic-key]\nGITHUB_TOKEN=[REDACTED:github-token]\nDB_PASSWORD=[REDACTED:password]\nDEBUG=1',
      count: 3,
    });
  });
});

describe('redactText: what must stay untouched', () => {
  it.each([
    ['a git SHA', 'fixed in 3f786850e387550fdab836ed7e6dc881de23001b, see 3f78685'],
    ['a sha256', 'lockfile sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['a UUID', 'request 123e4567-e89b-12d3-a456-426614174000 failed'],
    ['prose about tokens', 'The token refresh flow is broken; rotate the secret after the release and update the password policy.'],
    ['a heading-like colon line', 'Secret: rotated on Monday'],
    ['a short colon line in prose', 'Password: reset'],
    ['prose about bearer auth', 'Switch the API from basic auth to bearer authentication'],
    ['scikit-learn and a hyphenated sk- word', 'Use scikit-learn; sk-learn-is-a-long-hyphenated-word-here is a typo'],
    ['a URL with a user but no password', 'git clone https://alice@github.com/acme/app.git'],
    ['a URL with a port', 'open http://localhost:3000/login and https://example.com:8443/a@b'],
    ['an ssh remote', 'git@github.com:acme/app.git'],
    ['numbers named like tokens', 'max_tokens=4096\nTOKEN_TTL=3600\ncontext_tokens: 120000'],
    ['where a secret is, not the secret', 'SECRET_FILE=/run/secrets/db\nTOKEN_URL=https://auth.example.com/token\nPASSWORD_LENGTH=16'],
    ['placeholders and references', 'API_KEY=<your key>\nDB_PASSWORD=${DB_PASSWORD}\nTOKEN=$GITHUB_TOKEN\nSECRET=***\npassword: "..."\nTOKEN=…'],
    ['comparisons and calls in code', 'if (token == null) return;\nconst secret = loadSecret();\nlet password = getPassword(user)'],
    ['the shell cwd', 'PWD=/home/alice/src/app'],
    ['a long camelCase word', 'the AccessTokenProviderFactoryBean is wired twice'],
    ['AKIA inside a longer word', 'XAKIAQ3EGR7TY5UIO2PLMZ is a build artifact name'],
    ['ticket ids and versions', 'JIRA-1234, v2.3.1, node 20.11.0, PR #512'],
  ])('%s', (_label, text) => {
    expect(redactText(text)).toEqual({ text, count: 0 });
  });
});

describe('redactText: speed', () => {
  // every pattern is anchored and bounded; a backtracking pattern would take minutes here
  it.each([
    ['prose', 'The quick brown fox jumps over the lazy dog. '],
    ['one long identifier', 'a'],
    ['dotted words', 'a.'],
    ['colons and equals', 'key:=value '],
    ['chained colons', 'a:'],
    ['chained secret-like assignments', 'token=a:'],
    ['unclosed quotes after a secret name', 'password="abc '],
    ['unterminated PEM headers', '-----BEGIN RSA PRIVATE KEY-----\n'],
    ['URL fragments', 'https://user:pass'],
    ['sk- prefixes', 'sk-abcdefghijklmnopqrstuvwxyz '],
    ['bearer without a digit', 'bearer abcdefghijklmnopqrstuvwxyz '],
    // tens of thousands of markers and of secretlint findings in one text: checked in one walk
    ['tokens only secretlint knows, beside secrets already marked', `key ${['sk', 'live', 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1w'].join('_')} and DB_PASSWORD=hunter2x9 `],
  ])('1 MB of %s completes (a pattern that backtracks would run into the test timeout)', (_label, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const { text: out, count } = redactText(text);
    // whatever it finds, it replaces: the output is the input with markers in place of the finds
    expect(count === 0 ? out === text : out.includes('[REDACTED:')).toBe(true);
  });

  it('1 MB with secrets scattered through it', () => {
    const chunk = `notes about the deploy ${FAKE.githubClassic} and DB_PASSWORD=${FAKE.dbPassword}\n`;
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const { text: out, count } = redactText(text);
    expect(out).not.toContain(FAKE.githubClassic);
    expect(count).toBe(2 * Math.ceil(1_000_000 / chunk.length));
  });
});

describe('redactState', () => {
  // the one pass over all the text must find whatever a field alone would: each kind of secret,
  // alone in one field among others, is scrubbed as redactText scrubs that field
  it.each(SECRET_CORPUS.map(([kind, text]) => [kind, text] as const))('%s alone in one field: scrubbed as the field alone is', (_kind, text) => {
    const state = { ...makeState(), accomplishments: ['Wrote the parser', text, 'Ran the tests'] };
    const { state: out, count } = redactState(state);
    expect(count).toBeGreaterThan(0);
    expect(out.accomplishments).toEqual(['Wrote the parser', redactText(text).text, 'Ran the tests']);
  });

  it('scrubs every free-text field and leaves ids, hashes, timestamps and paths alone', () => {
    const sha = '3f786850e387550fdab836ed7e6dc881de23001b';
    const base = makeState();
    const state = {
      ...base,
      task: { description: `Rotate ${FAKE.githubClassic}`, ticket_id: 'OPS-12' },
      summary: `Moved secrets to the vault.\n${pem('RSA ')}`,
      phase: { current: 2, name: 'Rotate', sub: `test with ${FAKE.openai}` },
      phases: [{ num: 1, name: 'Audit', status: 'completed' as const, skip_reason: null, deliverables: [{ path: 'docs/audit.md', sha256: 'a'.repeat(64) }] }],
      accomplishments: [`found ${FAKE.awsKeyId} in the repo`],
      next_steps: [`revoke ${FAKE.slackBot}`],
      decisions: [`keep ${FAKE.anthropic} for staging only`],
      blockers: [`postgres://ops:${FAKE.urlPassword}@db/app refuses connections`],
      notes: [`.env:\nDB_PASSWORD=${FAKE.dbPassword}`],
      todos: { active: [{ content: `call api with Bearer ${FAKE.bearerOpaque}`, status: 'pending' as const }], completed: [{ content: `export API_KEY=${FAKE.dbPassword}`, status: 'completed' as const }] },
      agents: [{ type: 'general-purpose', description: `check ${FAKE.slackWebhook}`, done: true }],
      files_modified: ['src/secrets/token.ts'],
      git: base.git && { ...base.git, commit: sha, commit_message: `chore: drop ${FAKE.githubOauth}` },
    };
    const { state: out, count } = redactState(state);
    const json = JSON.stringify(out);
    for (const secret of [FAKE.githubClassic, FAKE.openai, FAKE.awsKeyId, FAKE.slackBot, FAKE.anthropic, FAKE.urlPassword, FAKE.dbPassword, FAKE.bearerOpaque, FAKE.slackWebhook, FAKE.githubOauth, ...FAKE.pemBody]) {
      expect(json).not.toContain(secret);
    }
    expect(count).toBe(12);
    expect(out.id).toBe(state.id);
    expect(out.created_at).toBe(state.created_at);
    expect(out.git?.commit).toBe(sha);
    expect(out.phases[0]?.deliverables).toEqual(state.phases[0]?.deliverables);
    expect(out.files_modified).toEqual(['src/secrets/token.ts']);
    expect(out.task.ticket_id).toBe('OPS-12');
    expect(redactState(out).count).toBe(0);
  });

  it('scrubs what the session said too: requests, commands, the plan, Claude Code\'s summary, paths with a token in them', () => {
    const command = (text: string) => ({ command: text, exit_code: 0, ok: true, at: null });
    const state = {
      ...makeState(),
      files_modified: [`tmp/${FAKE.githubClassic}.txt`, 'src/app.ts'],
      phases: [{ num: 1, name: 'Audit', status: 'completed' as const, skip_reason: null, deliverables: [{ path: `out/${FAKE.openai}.json`, sha256: null }] }],
      session_facts: {
        first_request: `deploy with ${FAKE.anthropic}`,
        last_request: `curl -H "Authorization: Bearer ${FAKE.bearerOpaque}" api`,
        title: null,
        commands: [command(`export API_KEY=${FAKE.dbPassword}`)],
        last_test: command(`TOKEN=${FAKE.dbPassword} npm test`),
        last_build: null,
        plan: `1. revoke ${FAKE.slackBot}`,
        outside_files: [`/home/u/.config/${FAKE.awsKeyId}`],
        compactions: 0,
        coverage: { lines: 1, subagent_files: 0, skipped_bytes: 0, unreadable_lines: 0 },
      },
      compact_summary: { at: '2026-03-14T12:00:00.000Z', text: `the key ${FAKE.githubOauth} was rotated` },
    };
    const { state: out } = redactState(state);
    const json = JSON.stringify(out);
    for (const secret of [FAKE.githubClassic, FAKE.openai, FAKE.anthropic, FAKE.bearerOpaque, FAKE.dbPassword, FAKE.slackBot, FAKE.awsKeyId, FAKE.githubOauth]) {
      expect(json).not.toContain(secret);
    }
    expect(out.files_modified[1]).toBe('src/app.ts');
  });
});
