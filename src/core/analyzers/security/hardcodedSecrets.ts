import type { Analyzer, AnalyzerFinding } from '../types';
import { extensionOf, baseName, isGenerated, isTestPath, readIfSmall } from '../files';
import { looksSecret, redact, SECRET_NAME as NAME } from './secretValues';

/** Key formats that are secrets wherever they appear. Test-mode keys (sk_test_) are left out. */
const KNOWN_KEYS: readonly { re: RegExp; what: string }[] = [
  { re: /\b(?:sk|rk)_live_[0-9a-zA-Z]{16,}/, what: 'a live Stripe secret key' },
  { re: /\bAKIA[0-9A-Z]{16}\b/, what: 'an AWS access key id' },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, what: 'a GitHub token' },
  { re: /\bxox[baprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'a Google API key' },
  { re: /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{32,}/, what: 'an API secret key' },
  { re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/, what: 'a private key' },
];

/** Any known key format: one pass over a file or line says whether the list is worth trying. */
const ANY_KNOWN = new RegExp(KNOWN_KEYS.map((k) => k.re.source).join('|'));

const ASSIGNMENT = /["']?([A-Za-z_][\w.-]*)["']?\s*(?::=|=>|=|:)\s*(?:[rbuRBU]?)(["'`])([^"'`\n]{8,})\2/g;
const FROM_ENV = /process\.env|os\.environ|os\.getenv|getenv\(|ENV\[|ENV\.fetch|\benv\(|import\.meta\.env|config\(|settings\./;
const TEXT_EXTENSIONS = /^(m?[jt]sx?|cjs|py|rb|php|go|java|kt|cs|json|ya?ml|toml|ini|cfg|conf|properties|xml|tf|sh|env)$/;

/** Translation catalogues: "password": "Passwort" is a word in another language. */
function isTranslation(path: string): boolean {
  return /(?:^|\/)(?:i18n|l10n|locales?|lang|langs|translations?|intl)\//i.test(path);
}

export const hardcodedSecretsAnalyzer: Analyzer = {
  id: 'security.hardcoded-secrets',
  domain: 'security',
  description: 'Secrets written into source: known key formats, private keys, long literals assigned to SECRET/KEY/TOKEN/PASSWORD names',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    const files = ctx.files.filter((p) => !isGenerated(p) && !isTestPath(p) && TEXT_EXTENSIONS.test(extensionOf(p))
      && !/\.(example|sample|template|dist)$|lock\.json$|\.lock$/.test(baseName(p)) && baseName(p) !== 'package-lock.json'
      && !isTranslation(p));
    for (const path of files) {
      signal?.throwIfAborted();
      const text = await readIfSmall(ctx, path);
      // Most files name no secret and hold no key: one test of the whole text skips them.
      if (!text || (!NAME.test(text) && !ANY_KNOWN.test(text))) continue;
      text.split('\n').forEach((raw, i) => {
        if (!NAME.test(raw) && !ANY_KNOWN.test(raw)) return;
        const line = raw.trim();
        if (FROM_ENV.test(line)) return; // read from the environment, possibly with a default: not a hard-coded secret
        const known = KNOWN_KEYS.find((k) => k.re.test(line));
        if (known) {
          const value = known.re.exec(line)![0];
          findings.push(secretFinding(path, i + 1, line.replace(value, redact(value)), known.what));
          return;
        }
        for (const m of line.matchAll(ASSIGNMENT)) {
          if (!NAME.test(m[1]) || /(?:_?(?:name|field|header|type|length|len|url|path|file|env|var|key_?id)$)/i.test(m[1])) continue;
          if (!looksSecret(m[3], m[1])) continue;
          findings.push(secretFinding(path, i + 1, line.replace(m[3], redact(m[3])), `a literal assigned to ${m[1]}`));
          return;
        }
      });
    }
    return findings;
  },
};

function secretFinding(file: string, line: number, excerpt: string, what: string): AnalyzerFinding {
  return {
    analyzer: 'security.hardcoded-secrets',
    title: `Hard-coded secret in ${file}:${line}`,
    detail: `${file}:${line} contains ${what}. Anyone with the source (repository, image, logs of a build) has it. `
      + 'Rotate it, then read it from the environment or a secret store instead of the code.',
    severity: 'high',
    evidence: [{ file, line, excerpt: excerpt.length > 160 ? `${excerpt.slice(0, 157)}...` : excerpt }],
    memoryNote: `${file}:${line} held ${what} in the source.`,
  };
}
