// The maintained part of redaction: secretlint's recommended rule set (one rule family per
// provider, kept up to date by its authors as token formats change), run synchronously on a
// string. redact.ts adds the formats secretlint has no rule for and replaces what both find.
//
// The rules are loaded on the first scan only, through require(): saving is synchronous inside
// the store's lock, and a hook that writes nothing never pays for parsing them. The bundle ships
// them as one CommonJS file beside its chunks; from the sources they come from node_modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeModule } from '../shared/node-builtins.ts';

/** A secret found by a rule: where it is, and the marker kind that replaces it. */
export interface SecretRange {
  start: number;
  end: number;
  kind: string;
}

// What this module relies on in a secretlint rule (its public rule API), checked when loaded.
interface RuleHandlers {
  file?: (source: { content: string; filePath: string; ext: string; contentType: 'text' }) => unknown;
}
interface RuleCreator {
  meta: { id: string };
  create: (context: RuleContext, options: Record<string, never>) => RuleHandlers;
}
interface RuleContext {
  createTranslator: () => (messageId: string) => string;
  report: (descriptor: { message: unknown; range: readonly [number, number] }) => void;
  ignore: () => void;
}

// Rules left out, and why: connection strings and URL credentials are redacted by redact.ts,
// which keeps the user and host (secretlint marks the whole URL, and marks it again once the
// password is already replaced); the comment filter and the .p12 reader are not scanners of text.
const LEFT_OUT = new Set(['database-connection-string', 'basicauth', 'filter-comments']);

// secretlint's message ids, renamed where redact.ts already has a marker for the same secret so
// that a secret reads the same whichever rule caught it.
const KIND_BY_MESSAGE: Readonly<Record<string, string>> = {
  AWSSecretAccessKey: 'aws-secret-key',
  AWSAccessKeyID: 'aws-access-key-id',
  ANTHROPIC_API_KEY: 'anthropic-key',
  OPENAI_TOKEN: 'openai-key',
  IncomingWebhook: 'slack-webhook',
  PrivateKeyJSON: 'private-key',
  NPM_ACCESS_TOKEN: 'npm-token',
  Npmrc_authToken: 'npm-token',
  PackageJSON_xOauthToken: 'github-token',
};

const kebab = (id: string): string =>
  id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();

const PRESET = '@secretlint/secretlint-rule-preset-recommend';
// the file the bundle ships (see build.mjs); its name is fixed there
const BUNDLED_RULES = 'secret-rules.cjs';

let loaded: readonly RuleCreator[] | undefined;

function isRuleCreator(value: unknown): value is RuleCreator {
  if (typeof value !== 'object' || value === null) return false;
  const { meta, create } = value as { meta?: { id?: unknown }; create?: unknown };
  return typeof meta?.id === 'string' && typeof create === 'function';
}

/**
 * secretlint's rules, loaded once (about 8 ms): a save that waits for git meanwhile loads them then,
 * before its first redaction needs them.
 */
export function loadSecretRules(): readonly RuleCreator[] {
  if (loaded) return loaded;
  // bundled, the bundle's own require(), through which the hook loader runs the rules from their
  // cached compiled code; from the sources, an ES module's
  const load = typeof require === 'function' ? require : nodeModule().createRequire(import.meta.url);
  // beside this code, or in the chunks/ folder of the bundle this code is in (dist/, or the
  // hooks' dist/hooks/ and dist/hooks/lazy/); from the sources, the package itself
  const bundled = [BUNDLED_RULES, `chunks/${BUNDLED_RULES}`, `../chunks/${BUNDLED_RULES}`, `../../chunks/${BUNDLED_RULES}`]
    .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
    .find((f) => existsSync(f));
  const module: unknown = load(bundled ?? PRESET);
  const rules = (module as { rules?: unknown }).rules;
  if (!Array.isArray(rules) || !rules.every(isRuleCreator)) throw new Error(`${PRESET} no longer exports its rules as an array of rule creators`);
  loaded = rules.filter((rule) => !LEFT_OUT.has(rule.meta.id.replace(/^@secretlint\/secretlint-rule-/, '')));
  return loaded;
}

/** Every secret secretlint's recommended rules find in `text`, in no particular order. */
export function findSecretsByRules(text: string): SecretRange[] {
  const found: SecretRange[] = [];
  for (const rule of loadSecretRules()) {
    const context: RuleContext = {
      // the message id is all that is kept: it names the kind of secret, never its value
      createTranslator: () => (messageId) => messageId,
      report: ({ message, range }) => {
        const id = typeof message === 'string' ? message : 'secret';
        found.push({ start: range[0], end: range[1], kind: KIND_BY_MESSAGE[id] ?? kebab(id) });
      },
      ignore: () => undefined,
    };
    // a rule that answers asynchronously reads files (.p12), which a string never is
    rule.create(context, {}).file?.({ content: text, filePath: 'workflow.txt', ext: '.txt', contentType: 'text' });
  }
  return found;
}
