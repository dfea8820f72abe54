import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import { supplementarySecrets, type FoundSecret } from './secretRules';

/**
 * Runs secretlint's recommended rules (the maintained part: which token formats exist and how to
 * tell a real one from a placeholder) through their plugin interface, `create(context).file(source)`,
 * synchronously and in-process. secretlint's own core is not used: it is asynchronous, and its
 * always-on profiler keeps a performance mark for every rule of every scan, searching them linearly,
 * so a long-lived extension host would slow down and grow with each file scanned.
 */

interface RuleMessage {
  readonly message: string;
  readonly messageId: string;
  readonly data?: unknown;
}

type Message = ((props?: unknown) => string) | Readonly<Record<string, (props?: unknown) => string>>;
type Messages = Readonly<Record<string, Message>>;

/** What a scanner rule gets to report with; the subset of secretlint's rule context the preset uses. */
interface RuleContext {
  readonly sharedOptions: Readonly<Record<string, never>>;
  createTranslator(messages: Messages): (messageId: string, data?: unknown) => RuleMessage;
  report(descriptor: { readonly message: RuleMessage; readonly range: readonly [number, number] }): void;
  ignore(): void;
}

interface RuleSource {
  readonly content: string;
  readonly filePath: string;
  readonly physicalFilePath: undefined;
  readonly ext: string;
  readonly contentType: 'text';
  readonly hasBOM: false;
}

interface ScannerRule {
  readonly meta: { readonly id: string; readonly supportedContentTypes: readonly string[] };
  create(context: RuleContext, options: object): { file?(source: RuleSource): unknown };
}

/** Options for rules of the recommended preset, by rule id. */
const RULE_OPTIONS: Readonly<Record<string, object>> = {
  // Access key ids are secrets here: the model has no use for them and they pair with the secret key.
  '@secretlint/secretlint-rule-aws': { enableIDScanRule: true },
};
/** A workspace must not be able to switch detection off with a `secretlint-disable` comment. */
const LEFT_OUT: ReadonlySet<string> = new Set(['@secretlint/secretlint-rule-filter-comments']);

// The preset's rules are plain JavaScript objects behind secretlint's plugin types; this is the boundary.
const RULES = (recommendedRules as unknown as readonly ScannerRule[]).filter(
  (rule) => !LEFT_OUT.has(rule.meta.id) && rule.meta.supportedContentTypes.some((type) => type === 'text' || type === 'all'),
);

/** The secrets every rule reports in `text`, overlapping and unsorted. `fileName` lets file-type rules apply (a `.json` service account). */
export function scanSecrets(text: string, fileName: string): FoundSecret[] {
  const dot = fileName.lastIndexOf('.');
  const source: RuleSource = {
    content: text, filePath: `/${fileName}`, physicalFilePath: undefined, ext: dot > 0 ? fileName.slice(dot) : '', contentType: 'text', hasBOM: false,
  };
  const found: FoundSecret[] = supplementarySecrets(text);
  for (const rule of RULES) {
    const context: RuleContext = {
      sharedOptions: {},
      createTranslator: (messages) => (messageId, data) => ({ message: englishOf(messages[messageId], data) ?? messageId, messageId, data }),
      report: ({ message, range }) => found.push({ kind: kindOf(rule.meta.id, message.messageId), ...exactRange(text, range, message.data) }),
      ignore: () => {},
    };
    // Every text rule reports synchronously; the one asynchronous check reads .p12 files, which are binary and never scanned.
    void rule.create(context, RULE_OPTIONS[rule.meta.id] ?? {}).file?.(source);
  }
  return found;
}

function englishOf(message: Message | undefined, data: unknown): string | undefined {
  return typeof message === 'function' ? message(data) : message?.en?.(data);
}

/** Kind by secretlint message id, where one rule reports several kinds. */
const KIND_BY_MESSAGE: Readonly<Record<string, string>> = {
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

/** The message fields that hold the secret itself (the others name files or types). */
const SECRET_DATA_FIELDS = ['KEY', 'TOKEN', 'ID'];

/**
 * Where the secret really is. A rule may report the range of its whole pattern with the length of
 * the secret alone (the AWS secret-key rule starts the range at the variable name, which would leave
 * the key's tail in view); the secret it quotes back is located instead.
 */
function exactRange(text: string, [start, end]: readonly [number, number], data: unknown): { start: number; end: number } {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  for (const field of SECRET_DATA_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string' || value.length === 0 || text.slice(start, end) === value) continue;
    const at = text.indexOf(value, start);
    if (at >= 0 && at <= end) return { start: at, end: at + value.length };
  }
  return { start, end };
}
