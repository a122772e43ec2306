// A corpus of fake secrets, one or more per kind that the public secret-scanner rule sets
// describe (gitleaks, secretlint, GitHub's secret scanning partners), each pasted the way people
// paste them: in prose, an env line, a config excerpt, a command. Values are generated from a
// seeded alphabet walk at run time, so no scanner or push protection flags this file, and each
// has the provider's documented prefix and length.
import { FAKE } from './secrets.ts';

const ALNUM = 'A1b2C3d4E5f6G7h8I9j0KkLmNnOpQrStUvWxYz';
const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

let seed = 7;
/** `n` characters of `alphabet`, different on every call (a linear congruential walk). */
const fill = (alphabet: string, n: number): string => {
  let out = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += alphabet[(seed >>> 16) % alphabet.length];
  }
  return out;
};
const j = (...parts: string[]): string => parts.join('');

/** [kind of secret, how it was pasted, the secret that must be gone, the marker kind that replaces it] */
export type CorpusEntry = [kind: string, text: string, secret: string, marker: string];

const entry = (kind: string, secret: string, paste: (s: string) => string, marker: string): CorpusEntry => [kind, paste(secret), secret, marker];

const pem = (label: string, body: readonly string[], eol = '\n'): string => [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join(eol);
const pemBody = [fill(B64, 64), fill(B64, 64), fill(B64, 64), `${fill(B64, 40)}==`];

export const SECRET_CORPUS: readonly CorpusEntry[] = [
  entry('Anthropic API key', FAKE.anthropic, (s) => `Decided to test against the real API with ${s} until the mock is ready`, 'anthropic-key'),
  entry('Anthropic admin key', j('sk-ant-', 'admin01-', fill(URLSAFE, 93), 'AA'), (s) => `ANTHROPIC_ADMIN_KEY=${s}`, 'anthropic-key'),
  entry('OpenAI key', FAKE.openai, (s) => `OpenAI rejects ${s} with 429, waiting on quota`, 'openai-key'),
  entry('OpenAI project key', FAKE.openaiProject, (s) => `OPENAI_API_KEY=${s}`, 'openai-key'),
  entry('GitHub classic PAT', FAKE.githubClassic, (s) => `CI uses ${s} (the bot's PAT)`, 'github-token'),
  entry('GitHub OAuth token', FAKE.githubOauth, (s) => `gh auth token printed ${s}`, 'github-token'),
  entry('GitHub user-to-server token', FAKE.githubUser, (s) => `token=${s}`, 'github-token'),
  entry('GitHub server-to-server token', FAKE.githubServer, (s) => `the workflow sees GITHUB_TOKEN as ${s}.`, 'github-token'),
  entry('GitHub refresh token', FAKE.githubRefresh, (s) => `refresh with ${s}`, 'github-token'),
  entry('GitHub fine-grained PAT', FAKE.githubFine, (s) => `git remote set-url origin https://${s}@github.com/acme/app.git`, 'github-token'),
  entry('GitLab personal access token', j('glpat-', fill(URLSAFE, 20)), (s) => `GITLAB_TOKEN: ${s}`, 'gitlab-token'),
  entry('GitLab pipeline trigger token', j('glptt-', fill(HEX, 40)), (s) => `curl -X POST -F token=${s} -F ref=main https://gitlab.example.com/api/v4/projects/9/trigger/pipeline`, 'gitlab-token'),
  entry('GitLab runner token', j('glrt-', fill(URLSAFE, 20)), (s) => `gitlab-runner register --token ${s}`, 'gitlab-token'),
  entry('GitLab deploy token', j('gldt-', fill(URLSAFE, 20)), (s) => `the deploy token is ${s}`, 'gitlab-token'),
  entry('GitLab CI job token', j('glcbt-', '64_', fill(URLSAFE, 20)), (s) => `CI_JOB_TOKEN expanded to ${s} in the log`, 'gitlab-token'),
  entry('GitLab runner registration token', j('GR1348941', fill(URLSAFE, 20)), (s) => `register with ${s}`, 'gitlab-token'),
  entry('AWS access key id', FAKE.awsKeyId, (s) => `the deploy user is ${s}, scoped to staging`, 'aws-access-key-id'),
  entry('AWS session key id', FAKE.awsSessionKeyId, (s) => `AWS_ACCESS_KEY_ID=${s}`, 'aws-access-key-id'),
  entry('AWS secret access key (credentials file)', FAKE.awsSecret, (s) => `[default]\naws_secret_access_key = ${s}\nregion = eu-west-1`, 'aws-secret-key'),
  entry('AWS secret access key (quoted JSON)', j(fill(B64, 40)), (s) => `{"SecretAccessKey": "${s}"}`, 'secret'),
  entry('GCP API key', j('AIza', fill(URLSAFE, 35)), (s) => `maps key ${s} works`, 'google-api-key'),
  entry('GCP service account private key', pemBody[1] ?? '', () => `{"type": "service_account", "private_key": "${pem('PRIVATE KEY', pemBody, '\\n')}\\n"}`, 'private-key'),
  entry('Google OAuth client secret', j('GOCSPX-', fill(URLSAFE, 28)), (s) => `client secret: ${s}`, 'google-oauth-secret'),
  entry('Google OAuth access token', j('ya29.', fill(URLSAFE, 60)), (s) => `Authorization token ${s}`, 'google-oauth-token'),
  entry('Google OAuth refresh token', j('1//0', fill(URLSAFE, 60)), (s) => `refresh_token ${s}`, 'google-oauth-token'),
  entry('Azure storage account key', j(fill(B64, 86), '=='), (s) => `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${s};EndpointSuffix=core.windows.net`, 'azure-storage-key'),
  entry('Azure service bus key', j(fill(B64, 43), '='), (s) => `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${s}`, 'azure-shared-access-key'),
  entry('Azure SAS signature', j(fill(ALNUM, 40), '%3D'), (s) => `https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2027-01-01&sig=${s}`, 'azure-sas-signature'),
  entry('Azure AD client secret', j(fill(ALNUM, 3), '8Q~', fill(ALNUM, 34)), (s) => `the app registration secret is ${s}`, 'azure-client-secret'),
  entry('Stripe live secret key', j('sk_', 'live_', fill(ALNUM, 99)), (s) => `charged the card with ${s}`, 'stripe-secret-key-live'),
  entry('Stripe test secret key', j('sk_', 'test_', fill(ALNUM, 24)), (s) => `tests use ${s}`, 'stripe-secret-key-test'),
  entry('Stripe restricted key', j('rk_', 'live_', fill(ALNUM, 24)), (s) => `export STRIPE_KEY=${s}`, 'stripe-restricted-key-live'),
  entry('Stripe webhook secret', j('whsec_', fill(ALNUM, 32)), (s) => `verify signatures with ${s}`, 'stripe-webhook-secret'),
  entry('Slack bot token', FAKE.slackBot, (s) => `Slack alerts post with ${s}`, 'slack-token'),
  entry('Slack user token', FAKE.slackUser, (s) => `SLACK_USER=${s}`, 'slack-token'),
  entry('Slack app-level token', j('xapp-', '1-A0123456789-1234567890123-', fill(HEX, 64)), (s) => `socket mode with ${s}`, 'slack-token'),
  entry('Slack configuration token', j('xoxe.', 'xoxp-', '1-', fill(ALNUM, 140)), (s) => `config token ${s}`, 'slack-token'),
  entry('Slack webhook URL', FAKE.slackWebhook, (s) => `alerts go to ${s} (channel #deploys)`, 'slack-webhook'),
  entry('Twilio API key', j('SK', fill(HEX, 32)), (s) => `twilio api key ${s}`, 'twilio-api-key'),
  entry('Twilio auth token', fill(HEX, 32), (s) => `TWILIO_AUTH_TOKEN=${s}`, 'secret'),
  entry('SendGrid API key', j('SG.', fill(URLSAFE.replace('-', ''), 22), '.', fill(URLSAFE.replace('-', ''), 43)), (s) => `mail goes through ${s}`, 'sendgrid-key'),
  entry('npm access token', j('npm_', fill(ALNUM, 36)), (s) => `publish with ${s}`, 'npm-token'),
  entry('npm token in .npmrc', j(fill(HEX, 8), '-', fill(HEX, 4), '-', fill(HEX, 4), '-', fill(HEX, 4), '-', fill(HEX, 12)), (s) => `//registry.npmjs.org/:_authToken=${s}`, 'secret'),
  entry('PyPI token', j('pypi-', 'AgEIcHlwaS5vcmc', fill(URLSAFE, 70)), (s) => `twine upload -u __token__ with ${s}`, 'pypi-token'),
  entry('Docker Hub PAT', j('dckr_pat_', fill(URLSAFE, 27)), (s) => `docker login -u acme with ${s}`, 'docker-personal-access-token'),
  entry('Docker config auth', j(fill(B64, 28), '='), (s) => `~/.docker/config.json: {"auths": {"registry.example.com": {"auth": "${s}"}}}`, 'secret'),
  entry('Hugging Face token', j('hf_', fill(LETTERS, 34)), (s) => `HF_TOKEN is ${s}`, 'huggingface-token'),
  entry('Hugging Face org token', j('api_org_', fill(LETTERS, 34)), (s) => `org token ${s}`, 'huggingface-token'),
  entry('Shopify access token', j('shpat_', fill(HEX, 32)), (s) => `admin api ${s}`, 'shopify-key'),
  entry('Shopify shared secret', j('shpss_', fill(HEX, 32)), (s) => `app secret ${s}`, 'shopify-key'),
  entry('Shopify custom app token', j('shpca_', fill(HEX, 32)), (s) => `custom app ${s}`, 'shopify-key'),
  entry('Shopify private app password', j('shppa_', fill(HEX, 32)), (s) => `private app ${s}`, 'shopify-key'),
  entry('Databricks token', j('dapi', fill(HEX, 32)), (s) => `databricks ${s}`, 'databricks-personal-access-token'),
  entry('Vault service token', j('hvs.', fill(URLSAFE, 95)), (s) => `VAULT_TOKEN=${s}`, 'secret'),
  entry('Vault batch token', j('hvb.', fill(URLSAFE, 140)), (s) => `batch token ${s}`, 'hashicorp-vault-batch-token'),
  entry('age secret key', j('AGE-SECRET-KEY-1', fill(BECH32, 58)), (s) => `# created: 2026-11-30\n${s}`, 'age-secret-key'),
  entry('PGP private key block', pemBody[2] ?? '', () => pem('PGP PRIVATE KEY BLOCK', ['', ...pemBody, '=Xk9L']), 'private-key'),
  entry('OpenSSH private key', pemBody[0] ?? '', () => pem('OPENSSH PRIVATE KEY', pemBody), 'private-key'),
  entry('RSA private key', pemBody[1] ?? '', () => `The key is:\n${pem('RSA PRIVATE KEY', pemBody)}\nand it lives in the vault now.`, 'private-key'),
  entry('EC private key clipped', pemBody[1] ?? '', () => `pasted: -----BEGIN EC PRIVATE KEY-----\n${pemBody[0]}\n${pemBody[1]}`, 'private-key'),
  entry('encrypted PKCS#8 key', pemBody[3] ?? '', () => pem('ENCRYPTED PRIVATE KEY', pemBody), 'private-key'),
  entry('PKCS#8 key in an .env line', pemBody[2] ?? '', () => `PRIVATE_KEY="${pem('PRIVATE KEY', pemBody, '\\n')}"`, 'private-key'),
  entry('Redis URL password', j('r3d1s', '-Pw!x'), (s) => `REDIS_URL=redis://:${s}@cache.internal:6379/0`, 'url-password'),
  entry('PostgreSQL URL password', FAKE.urlPassword, (s) => `DATABASE_URL=postgres://app_user:${s}@db.internal:5432/app`, 'url-password'),
  entry('MongoDB URL password with @', j('p4ss', '@w0rd'), (s) => `mongodb+srv://admin:${s}@cluster0.example.net/test`, 'url-password'),
  entry('AMQP URL password', j('rabb1t', 'Secr3t'), (s) => `amqp://guest:${s}@mq.internal:5672/`, 'url-password'),
  entry('curl -u password', j('Adm1n', 'Pw-42'), (s) => `curl -u admin:${s} https://api.example.com/v1`, 'password'),
  entry('curl --user password', j('s3rv1ce', 'Pw'), (s) => `curl --user "deploy:${s}" https://ci.example.com`, 'password'),
  entry('Basic auth header', 'ZGVwbG95OnMzY3JldC1wYXNz', (s) => `curl -H "Authorization: Basic ${s}" https://x.example.com`, 'basic-auth'),
  entry('Bearer token', FAKE.bearerOpaque, (s) => `curl -H "Authorization: Bearer ${s}" https://api.example.com/v1/me`, 'bearer-token'),
  entry('JWT', FAKE.jwt, (s) => `session cookie was ${s}; expired at noon`, 'jwt'),
  entry('Grafana service account token', j('glsa_', fill(ALNUM, 32), '_', fill(HEX, 8)), (s) => `grafana ${s}`, 'grafana-service-account-token'),
  entry('Grafana cloud token', j('glc_', fill(B64, 60), '='), (s) => `grafana cloud ${s}`, 'grafana-cloud-api-token'),
  entry('Linear API key', j('lin_api_', fill(ALNUM, 40)), (s) => `linear ${s}`, 'linear-api-token'),
  entry('Notion integration token', j('ntn_', fill('0123456789', 11), fill(ALNUM, 35)), (s) => `notion ${s}`, 'notion-integration-token'),
  entry('Notion legacy token', j('secret_', fill(ALNUM, 43)), (s) => `notion ${s}`, 'notion-token'),
  entry('Groq API key', j('gsk_', fill(ALNUM, 52)), (s) => `groq ${s}`, 'groq-api-key'),
  entry('1Password service account token', j('ops_', 'eyJ', fill(B64, 150), 'fQ=='), (s) => `OP token ${s}`, 'onepassword-token'),
  entry('Vercel token', j('vcp_', fill(ALNUM, 40)), (s) => `vercel ${s}`, 'vercel-personal-access-token'),
  entry('Figma token', j('figd_', fill(URLSAFE, 40)), (s) => `figma ${s}`, 'figma-personal-access-token'),
  entry('Cloudflare API token', j('cfut_', fill(ALNUM, 40), fill(HEX, 8)), (s) => `cloudflare ${s}`, 'cloudflare-user-api-token'),
  entry('Cloudflare origin CA key', j('v1.0-', fill(HEX, 24), '-', fill(HEX, 146)), (s) => `origin ca ${s}`, 'cloudflare-origin-ca-key'),
  entry('Tailscale auth key', j('tskey-', 'auth-', fill(ALNUM, 12), '-', fill(ALNUM, 30)), (s) => `tailscale up --authkey ${s}`, 'tailscale-auth-key'),
  entry('Mailgun key', j('key-', fill(HEX, 32)), (s) => `mailgun ${s}`, 'mailgun-key'),
  entry('Mailchimp key', j(fill(HEX, 32), '-us12'), (s) => `mailchimp ${s}`, 'mailchimp-key'),
  entry('DigitalOcean token', j('dop_v1_', fill(HEX, 64)), (s) => `doctl auth init -t ${s}`, 'digitalocean-token'),
  entry('Discord webhook', j('https://discord.com/api/webhooks/', '1234567890123456789/', fill(URLSAFE, 68)), (s) => `notify ${s}`, 'discord-webhook'),
  entry('Telegram bot token', j('7123456789', ':AA', fill(URLSAFE, 33)), (s) => `bot ${s}`, 'telegram-bot-token'),
  entry('Square access token', j('sq0atp-', fill(URLSAFE, 22)), (s) => `square ${s}`, 'square-token'),
  entry('PlanetScale token', j('pscale_tkn_', fill(URLSAFE, 43)), (s) => `pscale ${s}`, 'planetscale-token'),
  entry('Postman API key', j('PMAK-', fill(HEX, 24), '-', fill(HEX, 34)), (s) => `postman ${s}`, 'postman-key'),
  entry('Doppler token', j('dp.st.', 'prd.', fill(ALNUM, 40)), (s) => `doppler ${s}`, 'doppler-token'),
  entry('Pulumi token', j('pul-', fill(HEX, 40)), (s) => `pulumi login with ${s}`, 'pulumi-token'),
  entry('Sentry auth token', j('sntrys_', 'eyJ', fill(B64, 80)), (s) => `sentry-cli with ${s}`, 'sentry-token'),
  entry('New Relic key', j('NRAK-', fill(UPPER, 27)), (s) => `newrelic ${s}`, 'new-relic-key'),
  entry('Supabase token', j('sbp_', fill(HEX, 40)), (s) => `supabase ${s}`, 'supabase-token'),
  entry('Airtable token', j('pat', fill(ALNUM, 14), '.', fill(HEX, 64)), (s) => `airtable ${s}`, 'airtable-token'),
  entry('Terraform Cloud token', j(fill(ALNUM, 14), '.atlasv1.', fill(URLSAFE, 67)), (s) => `credentials "app.terraform.io" { token = "${s}" }`, 'terraform-token'),
  entry('Alibaba access key id', j('LTAI', fill(ALNUM, 20)), (s) => `aliyun ${s}`, 'alibaba-key-id'),
  entry('Atlassian API token', j('ATATT3', fill(URLSAFE, 180)), (s) => `jira ${s}`, 'atlassian-token'),
  entry('Fly.io token', j('fo1_', fill(URLSAFE, 43)), (s) => `fly ${s}`, 'fly-token'),
  entry('Heroku API key', j('HRKU-', fill(URLSAFE, 60)), (s) => `heroku ${s}`, 'heroku-key'),
  entry('password option', j('S3cr3t', 'Pw!'), (s) => `mysql -u root --password=${s} app`, 'password'),
  entry('sshpass password', j('hunt3r', '2!x'), (s) => `sshpass -p '${s}' ssh deploy@host`, 'password'),
  entry('.env DB_PASSWORD', FAKE.dbPassword, (s) => `Copied from .env:\nDB_HOST=localhost\nDB_PASSWORD=${s}\nDB_PORT=5432`, 'password'),
  entry('YAML password', 'hunter2-prod', (s) => `database:\n  password: ${s}\n  user: app`, 'password'),
  entry('client secret assignment', '9c1f0e7a-4b3d-4c2e-8f6a', (s) => `CLIENT_SECRET = ${s}`, 'secret'),
  entry('Datadog API key', fill(HEX, 32), (s) => `DD_API_KEY=${s}`, 'api-key'),
];
