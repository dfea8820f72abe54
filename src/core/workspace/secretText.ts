import { lintSource } from '@secretlint/core';
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import { SUPPLEMENT_KINDS, supplementRule } from './secretRules';

/**
 * Secrets inside text: detected with secretlint's maintained recommended rules (plus the few kinds
 * they miss, secretRules.ts) and replaced by typed placeholders within their lines, so line numbers
 * the model cites stay true. Offline and in-process; a 256 KiB file takes a few milliseconds.
 */

/** One secret: its kind in words ('private key', 'AWS access key', …) and its UTF-16 range, end exclusive. */
export interface SecretMatch {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

/** A secret that was replaced, by kind and the 1-based lines it covered. */
export interface SecretRedaction {
  readonly kind: string;
  readonly line: number;
  readonly endLine: number;
}

export interface RedactedText {
  /** The text with every secret replaced by `[redacted: <kind>]`; the same number of lines. */
  readonly text: string;
  readonly redactions: readonly SecretRedaction[];
}

type LintConfig = Parameters<typeof lintSource>[0]['options']['config'];

/** Options for rules of the recommended preset, by rule id. */
const RULE_OPTIONS: Readonly<Record<string, object>> = {
  // Access key ids are secrets here: the model has no use for them and they pair with the secret key.
  '@secretlint/secretlint-rule-aws': { enableIDScanRule: true },
};
/**
 * Rules of the preset that are left out: a workspace must not be able to switch detection off with a
 * `secretlint-disable` comment. (The preset's own per-rule `disabled` setting is not honoured by the
 * core for rules inside a preset, so its rules are registered one by one.)
 */
const LEFT_OUT = new Set(['@secretlint/secretlint-rule-filter-comments']);

const CONFIG: LintConfig = {
  rules: [
    ...recommendedRules
      .filter((rule) => !LEFT_OUT.has(rule.meta.id))
      .map((rule) => ({ id: rule.meta.id, rule, options: RULE_OPTIONS[rule.meta.id] ?? {} })),
    { id: supplementRule.meta.id, rule: supplementRule },
  ],
};

/** Kind by secretlint message id, where one rule reports several kinds. */
const KIND_BY_MESSAGE: Readonly<Record<string, string>> = {
  ...SUPPLEMENT_KINDS,
  PrivateKey: 'private key',
  AWSAccessKeyID: 'AWS access key',
  AWSSecretAccessKey: 'AWS secret access key',
  AWSAccountID: 'AWS account id',
  PrivateKeyJSON: 'GCP service account key',
  PrivateKeyP12: 'GCP service account key',
  IncomingWebhook: 'Slack webhook URL',
  Npmrc_authToken: 'npm token',
  NPM_ACCESS_TOKEN: 'npm token',
  PackageJSON_xOauthToken: 'GitHub token',
};

/** Kind by rule name (the part after `secretlint-rule-`), for rules that report one kind. */
const KIND_BY_RULE: Readonly<Record<string, string>> = {
  github: 'GitHub token',
  gitlab: 'GitLab token',
  slack: 'Slack token',
  anthropic: 'Anthropic API key',
  openai: 'OpenAI API key',
  npm: 'npm token',
  basicauth: 'password in a URL',
  'database-connection-string': 'database password',
  sendgrid: 'SendGrid API key',
  shopify: 'Shopify token',
  '1password': '1Password token',
  'hashicorp-vault': 'Vault token',
  huggingface: 'Hugging Face token',
  groq: 'Groq API key',
  linear: 'Linear API key',
  notion: 'Notion token',
  grafana: 'Grafana token',
  vercel: 'Vercel token',
  databricks: 'Databricks token',
  docker: 'Docker token',
  figma: 'Figma token',
};

function kindOf(ruleId: string, messageId: string): string {
  const byMessage = KIND_BY_MESSAGE[messageId];
  if (byMessage) return byMessage;
  const rule = ruleId.replace(/^.*secretlint-rule-/, '');
  return KIND_BY_RULE[rule] ?? `${rule} secret`;
}

/**
 * The secrets in `text`, sorted and without overlaps (where two rules report the same place, the
 * longer report wins: a service-account file beats the private key inside it). `fileName` lets
 * file-type rules apply (a `.json` service account).
 */
export async function findSecrets(text: string, fileName = 'text.txt'): Promise<SecretMatch[]> {
  if (text.trim() === '') return [];
  const dot = fileName.lastIndexOf('.');
  const result = await lintSource({
    source: { content: text, filePath: `/${fileName}`, ext: dot > 0 ? fileName.slice(dot) : '', contentType: 'text' },
    options: { config: CONFIG, noPhysicFilePath: true },
  });
  const found = result.messages.map((m) => ({ kind: kindOf(m.ruleId, m.messageId), ...exactRange(text, m.range, m.data) }));
  return mergeOverlaps(found);
}

/** The message fields that hold the secret itself (the others name files or types). */
const SECRET_DATA_FIELDS = ['KEY', 'TOKEN', 'ID'];

/**
 * Where the secret really is. A rule may report the range of its whole pattern with the length of
 * the secret alone (secretlint's AWS secret-key rule starts the range at the variable name, which
 * would leave the key's tail in view); the secret it quotes back is located instead.
 */
function exactRange(text: string, [start, end]: readonly [number, number], data: object | undefined): { start: number; end: number } {
  const record = (data ?? {}) as Record<string, unknown>;
  for (const field of SECRET_DATA_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string' || value.length === 0 || text.slice(start, end) === value) continue;
    const at = text.indexOf(value, start);
    if (at >= 0 && at <= end) return { start: at, end: at + value.length };
  }
  return { start, end };
}

function mergeOverlaps(matches: SecretMatch[]): SecretMatch[] {
  const sorted = matches.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretMatch[] = [];
  for (const match of sorted) {
    const last = merged[merged.length - 1];
    if (!last || match.start >= last.end) {
      merged.push(match);
      continue;
    }
    const longer = match.end - match.start > last.end - last.start ? match : last;
    merged[merged.length - 1] = { kind: longer.kind, start: last.start, end: Math.max(last.end, match.end) };
  }
  return merged;
}

/** Key material that makes up at least this share of a file's visible characters makes it a key file. */
const KEY_FILE_SHARE = 0.5;
/** Kinds that are key material. A token, however short the file around it, is only replaced. */
const KEY_MATERIAL: ReadonlySet<string> = new Set(['private key', 'GCP service account key']);

/**
 * The kind of key the whole text is (a key file, a service-account JSON), or undefined when it is an
 * ordinary text with secrets inside. Such a file is refused like `.env`: placeholders standing for
 * most of a file tell the model nothing.
 */
export function keyFileKind(text: string, matches: readonly SecretMatch[]): string | undefined {
  const keys = matches.filter((m) => KEY_MATERIAL.has(m.kind));
  if (keys.length === 0) return undefined;
  const visible = (from: number, to: number) => text.slice(from, to).replace(/\s+/g, '').length;
  const total = visible(0, text.length);
  const covered = keys.reduce((sum, m) => sum + visible(m.start, m.end), 0);
  if (total === 0 || covered / total < KEY_FILE_SHARE) return undefined;
  return keys.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)).kind;
}

export function placeholder(kind: string): string {
  return `[redacted: ${kind}]`;
}

/**
 * Replaces each secret by its placeholder, line by line: a secret spanning lines leaves one
 * placeholder on each line it covered and keeps the line breaks, so every line keeps its number.
 */
export function redactMatches(text: string, matches: readonly SecretMatch[]): RedactedText {
  if (matches.length === 0) return { text, redactions: [] };
  const parts: string[] = [];
  const redactions: SecretRedaction[] = [];
  let position = 0;
  let line = 1;
  for (const match of matches) {
    const before = text.slice(position, match.start);
    line += countLineBreaks(before);
    const secret = text.slice(match.start, match.end);
    parts.push(before, secret.replace(/[^\r\n]+/g, placeholder(match.kind)));
    const endLine = line + countLineBreaks(secret);
    redactions.push({ kind: match.kind, line, endLine });
    line = endLine;
    position = match.end;
  }
  parts.push(text.slice(position));
  return { text: parts.join(''), redactions };
}

/** `text` with its secrets replaced (see `redactMatches`). */
export async function redactSecrets(text: string, fileName?: string): Promise<RedactedText> {
  return redactMatches(text, await findSecrets(text, fileName));
}

/** "2 secrets (AWS access key, Stripe live key)": for progress lines and notes to the model. */
export function describeRedactions(redactions: readonly { readonly kind: string }[]): string {
  const kinds = [...new Set(redactions.map((r) => r.kind))];
  return `${redactions.length} secret${redactions.length === 1 ? '' : 's'} (${kinds.join(', ')})`;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
