// The secrets corpus as a table: every kind of secret the public scanner rule sets describe, as
// people paste it, is replaced by a marker naming its kind; ordinary text that looks like a
// secret to a careless rule (hashes, ids, encoded images, numbers named like tokens) stays.
import { describe, expect, it } from 'vitest';
import { redactText } from '../../scripts/core/redact/redact.ts';
import { SECRET_CORPUS } from '../helpers/secret-corpus.ts';

describe('the secrets corpus', () => {
  it('holds at least 75 secrets of at least 75 kinds', () => {
    expect(SECRET_CORPUS.length).toBeGreaterThanOrEqual(75);
    expect(new Set(SECRET_CORPUS.map(([kind]) => kind)).size).toBeGreaterThanOrEqual(75);
  });

  it.each(SECRET_CORPUS)('%s', (_kind, text, secret, marker) => {
    const { text: out, count } = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(`[REDACTED:${marker}]`);
    expect(count).toBeGreaterThanOrEqual(1);
    // redacting again finds nothing: a saved state is never counted twice
    expect(redactText(out)).toEqual({ text: out, count: 0 });
  });

  it('all of it at once, in one text: every secret gone, each counted once', () => {
    const text = SECRET_CORPUS.map(([, pasted]) => pasted).join('\n\n');
    const { text: out, count } = redactText(text);
    for (const [kind, , secret] of SECRET_CORPUS) expect({ kind, leaked: out.includes(secret) }).toEqual({ kind, leaked: false });
    expect(count).toBe(SECRET_CORPUS.reduce((sum, [, pasted]) => sum + redactText(pasted).count, 0));
  });
});

const PNG = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg${'A'.repeat(400)}==`;

describe('ordinary text stays as it is', () => {
  it.each([
    ['git SHAs, full and short', 'fixed in 3f786850e387550fdab836ed7e6dc881de23001b, cherry-picked as 9fceb02 and a1b2c3d4e5f6'],
    ['UUIDs', 'request 123e4567-e89b-12d3-a456-426614174000 and trace 9b2f0c4e-1d7a-4f3b-8e6c-5a4d3c2b1a09 failed'],
    ['a sha256 and an npm integrity hash', 'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, integrity sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUR7cO2bFmrX6Y+o6Q=='],
    ['a base64 image', `the screenshot was ${PNG}`],
    ['numbers named like tokens and lengths', 'password_min_length: 12\nmax_tokens=4096\nTOKEN_TTL=3600\ncontext_tokens: 120000'],
    ['usage figures in JSON', '{"inputTokens":1834,"outputTokens":212,"cacheReadInputTokens":40211,"webSearchRequests":0}'],
    ['a uid:gid pair', 'docker run -u 1000:1000 -v "$PWD":/app node:20 npm test'],
    ['git push -u', 'git push -u origin feature/login'],
    ['options that take a secret, given a variable or in prose', 'gh auth login --token $GITHUB_TOKEN; pass --token when asked; --password-file ~/.pw'],
    ['code that names credentials', 'const auth = new URL(base);\nconst password = new Password(input);\nif (token === undefined) throw err;'],
    ['a Kubernetes secret reference', 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password'],
    ['an AWS ARN and account-free names', 'arn:aws:iam::role/deploy-role and s3://acme-artifacts/builds/2026-12-01'],
    ['an OAuth token type', 'token_type: bearer'],
    ['emails and URLs without passwords', 'mail alice@example.com, open https://example.com/a@b and git@github.com:acme/app.git'],
    ['versions, tickets and dates', 'v2.3.1, node 20.11.0, JIRA-1234, PR #512, 2026-12-03T09:00:00Z'],
    ['hex colours and long constants', 'color: #1e90ff; MAX_SAFE_INTEGER 9007199254740991'],
    ['a long camelCase identifier', 'the AccessTokenProviderFactoryBean and secretKeyRefResolver are wired twice'],
  ])('%s', (_label, text) => {
    expect(redactText(text)).toEqual({ text, count: 0 });
  });
});
