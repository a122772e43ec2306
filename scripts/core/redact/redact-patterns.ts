// The token formats redaction recognises itself: those secretlint's recommended rules
// (secret-scanner.ts) have no rule for, and a few it has where a looser match is safer (any
// length of GitHub or Anthropic key, Slack tokens of every prefix). Formats are the providers'
// documented prefixes and lengths, as the public secret-scanner rule sets describe them.
//
// Every pattern is anchored on a literal prefix or a word start and uses bounded or unambiguous
// repetition, so a scan is linear in the text: a hook must never hang on a pasted megabyte.

export interface TokenPattern {
  kind: string;
  pattern: RegExp;
}

// a token's end: no further character of the token alphabet follows
const END = '(?![A-Za-z0-9_-])';
const t = (kind: string, source: string, flags = 'g'): TokenPattern => ({ kind, pattern: new RegExp(source, flags) });

// Order matters where formats nest: Anthropic keys also start with `sk-`, so they come before
// OpenAI's.
const tokenPatterns = (): readonly TokenPattern[] => [
  t('anthropic-key', String.raw`\bsk-ant-[A-Za-z0-9_-]{20,}`),
  // a digit is required: a long hyphenated word after "sk-" is prose, a key never lacks digits
  t('openai-key', String.raw`\bsk-(?=[A-Za-z0-9_-]{20,})(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]+`),
  t('github-token', String.raw`\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})`),
  t('gitlab-token', String.raw`\b(?:gl(?:pat|ptt|dt|rt|ft|imt|oas|soat|cbt|agent)-[A-Za-z0-9_-]{20,}|GR1348941[A-Za-z0-9_-]{20,})`),
  t('aws-access-key-id', String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`),
  t('google-api-key', String.raw`\bAIza[A-Za-z0-9_-]{35}${END}`),
  t('google-oauth-secret', String.raw`\bGOCSPX-[A-Za-z0-9_-]{28}${END}`),
  t('google-oauth-token', String.raw`\b(?:ya29\.[A-Za-z0-9_-]{20,}|1\/\/0[A-Za-z0-9_-]{40,})`),
  t('azure-storage-key', String.raw`(?<=AccountKey=)[A-Za-z0-9+/]{86}==`),
  t('azure-shared-access-key', String.raw`(?<=SharedAccessKey=)[A-Za-z0-9+/]{42,44}=`),
  t('azure-sas-signature', String.raw`(?<=[?&]sig=)[A-Za-z0-9%+/=]{20,}`),
  t('azure-client-secret', String.raw`(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`),
  t('stripe-webhook-secret', String.raw`\bwhsec_[A-Za-z0-9]{32,}`),
  t('twilio-api-key', String.raw`\bSK[0-9a-fA-F]{32}\b`),
  t('pypi-token', String.raw`\bpypi-AgE[A-Za-z0-9_-]{50,}`),
  t('huggingface-token', String.raw`\b(?:hf_|api_org_)[A-Za-z0-9]{34}\b`),
  t('age-secret-key', String.raw`\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b`),
  t('slack-token', String.raw`\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}|\bxoxe\.xox[bp]-[A-Za-z0-9-]{20,}`),
  t('slack-webhook', String.raw`https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+`),
  t('discord-webhook', String.raw`https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+`),
  t('telegram-bot-token', String.raw`\b\d{8,10}:AA[A-Za-z0-9_-]{33}${END}`),
  t('mailgun-key', String.raw`\bkey-[0-9a-f]{32}\b`),
  t('mailchimp-key', String.raw`\b[0-9a-f]{32}-us\d{1,2}\b`),
  t('digitalocean-token', String.raw`\bdo[opr]_v1_[a-f0-9]{64}\b`),
  t('square-token', String.raw`\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}${END}`),
  t('planetscale-token', String.raw`\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}`),
  t('postman-key', String.raw`\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b`),
  t('doppler-token', String.raw`\bdp\.(?:st|ct|sa|scim|audit|pt)\.[A-Za-z0-9_.-]{40,}`),
  t('pulumi-token', String.raw`\bpul-[a-f0-9]{40}\b`),
  t('sentry-token', String.raw`\bsntry[su]_[A-Za-z0-9+/=_-]{40,}`),
  t('new-relic-key', String.raw`\bNRAK-[A-Z0-9]{27}\b`),
  t('supabase-token', String.raw`\bsbp_[a-f0-9]{40}\b`),
  t('airtable-token', String.raw`\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b`),
  t('terraform-token', String.raw`\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}`),
  t('alibaba-key-id', String.raw`\bLTAI[A-Za-z0-9]{20}\b`),
  t('atlassian-token', String.raw`\bATATT3[A-Za-z0-9_=-]{100,}`),
  t('fly-token', String.raw`\b(?:fo1_[A-Za-z0-9_-]{43}${END}|fm[12][ar]?_[A-Za-z0-9+/=_-]{100,})`),
  t('heroku-key', String.raw`\bHRKU-[A-Za-z0-9_-]{40,}`),
  t('onepassword-token', String.raw`\bops_eyJ[A-Za-z0-9+/=]{100,}`),
  t('notion-token', String.raw`\bsecret_[A-Za-z0-9]{43}\b`),
  t('cloudflare-origin-ca-key', String.raw`\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b`),
  t('jwt', String.raw`\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`),
];
// built as the module loads, unless the bundler finds it unused: a hook whose code imports these
// patterns but never redacts (a quick path) then does not build forty regular expressions
export const TOKENS = /* @__PURE__ */ tokenPatterns();

// "Bearer <token>" anywhere (an Authorization header, a curl line); the token must hold a digit
// and 16+ characters so that "bearer authentication" in prose stays.
export const BEARER = /\b(bearer[ \t]+)(?=[A-Za-z0-9._~+/-]{16,})(?=[A-Za-z._~+/-]*\d)[A-Za-z0-9._~+/-]+=*/gi;
export const BASIC = /\b((?:proxy-)?authorization:[ \t]*basic[ \t]+)[A-Za-z0-9+/]{8,}=*/gi;

// `curl -u user:password`, `--user user:password`: the user stays. A numeric part is a uid:gid
// (`docker run -u 1000:1000`), a `$` part a variable.
export const USER_FLAG = /(?<=\s|^)((?:-u|--user)(?:[ \t]+|=)?(["']?)([^\s:"'$]{1,256}):)([^\s"'$][^\s"']{0,511})\2/gm;
// `--password=…`, `--token …`, `sshpass -p …`: the value of an option that only holds a secret
// (after a space, a value of letters only is prose: "pass --token when asked")
export const SECRET_FLAG = /(?<=\s|^)((?:--(?:password|passwd|pass|token|secret|api-key|apikey|auth-token|access-token|client-secret)(?:[ \t]+|=))|(?<=\bsshpass[ \t]+)-p[ \t]*)(["']?)([^\s"'$-][^\s"']{0,511})\2/gim;

// scheme://user:password@host: the user and host stay, they say which service it was. The
// password runs to the last @ before the host, since passwords may contain @. The user may be
// empty (`redis://:password@host`); it never holds brackets, so that an earlier marker is never
// read as user:password.
export const URL_PASSWORD = /\b([a-z][a-z0-9+.-]{1,30}:\/\/[^\s:@/[\]]{0,256}:)([^\s/]{1,512})@(?=[^\s@/])/gi;

export const PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
export const PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
// A key clipped before its END line still leaks: its body is the base64 lines that follow
// (real newlines, or "\n" escapes when it was pasted from a JSON or .env value, "\\n" when that
// JSON was escaped again).
export const PEM_BODY = /(?:(?:\s|\\+[nr])+[A-Za-z0-9+/=]{16,})*/y;
