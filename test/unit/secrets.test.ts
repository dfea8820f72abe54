import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSecrets, isSecretPath, keyFileKind, redactSecrets } from '../../src/core/workspace';
import { HOSTILE_FIXTURE } from './hostileFixture';

// Throwaway values shaped like the real thing; none of them opens anything.
const fixture = (file: string) => readFileSync(join(HOSTILE_FIXTURE, ...file.split('/')), 'utf8');
const OPENSSH_KEY = fixture('config/deploy_key');
const GCP_SERVICE_ACCOUNT = fixture('config/gcloud.json');

/** One line of ordinary code around each secret, so the secret is found inside a line and not as a whole file. */
const KINDS: readonly { kind: string; line: string; secret: string }[] = [
  { kind: 'AWS access key', line: "const id = 'AKIAX56DKIB9T5KL18VE';", secret: 'AKIAX56DKIB9T5KL18VE' },
  { kind: 'AWS secret access key', line: 'aws_secret_access_key = "Zx9vQ2mR7tLp4Kd8Wn3Yh6Bc1Fg5Js0Ua2Ei7Oq9"', secret: 'Zx9vQ2mR7tLp4Kd8Wn3Yh6Bc1Fg5Js0Ua2Ei7Oq9' },
  { kind: 'GitHub token', line: "const token = 'ghp_ztQr5y77cZ9Zqs3GwctHhAXoRNMkqB6BWl9e';", secret: 'ghp_ztQr5y77cZ9Zqs3GwctHhAXoRNMkqB6BWl9e' },
  { kind: 'GitLab token', line: "const token = 'glpat-A1b2C3d4E5f6G7h8I9j0';", secret: 'glpat-A1b2C3d4E5f6G7h8I9j0' },
  { kind: 'Slack token', line: "const slack = 'xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';", secret: 'xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx' },
  { kind: 'Stripe live key', line: "const stripe = Stripe('sk_live_uOq5vpOnM98bvIUuau1UY9BnXjAqkkpgpCMtzgph');", secret: 'sk_live_uOq5vpOnM98bvIUuau1UY9BnXjAqkkpgpCMtzgph' },
  { kind: 'Stripe live key', line: "const restricted = 'rk_live_51HxYzQ2eZvKYlo2C8fQmN3pR7sT9u';", secret: 'rk_live_51HxYzQ2eZvKYlo2C8fQmN3pR7sT9u' },
  { kind: 'Anthropic API key', line: `ANTHROPIC_API_KEY = "sk-ant-api03-${'Q7x'.repeat(31)}AA"`, secret: `sk-ant-api03-${'Q7x'.repeat(31)}AA` },
  { kind: 'Anthropic API key', line: `const admin = "sk-ant-admin01-${'Zq9'.repeat(10)}";`, secret: `sk-ant-admin01-${'Zq9'.repeat(10)}` },
  { kind: 'OpenAI API key', line: `OPENAI_API_KEY = "sk-proj-${'Ab1'.repeat(20)}"`, secret: `sk-proj-${'Ab1'.repeat(20)}` },
  { kind: 'Google API key', line: "const maps = 'AIzaSyD-1234567890abcdefghijklmnopqrstu';", secret: 'AIzaSyD-1234567890abcdefghijklmnopqrstu' },
  { kind: 'database password', line: "const url = 'postgres://app:S3cretPassw0rd@db.internal:5432/shop';", secret: 'S3cretPassw0rd' },
];

/** Ordinary code lines, so one secret is never most of the text. */
const CODE = Array.from({ length: 12 }, (_, i) => `export function step${i}(input) { return transform(input, ${i}); }`).join('\n');

describe('secrets in text', () => {
  for (const { kind, line, secret } of KINDS) {
    test(`a ${kind} inside code is replaced by a typed placeholder on its own line`, async () => {
      const text = `${CODE}\n${line}\n${CODE}\n`;
      const { text: redacted, redactions } = await redactSecrets(text, 'settings.js');
      assert.ok(!redacted.includes(secret), `${kind} still visible:\n${redacted}`);
      assert.ok(redacted.includes(`[redacted: ${kind}]`), `no '${kind}' placeholder in:\n${redacted}`);
      assert.equal(redacted.split('\n').length, text.split('\n').length, 'line count kept');
      assert.deepEqual(redactions.map((r) => [r.kind, r.line]), [[kind, 13]]);
      assert.equal(keyFileKind(text, await findSecrets(text, 'settings.js')), undefined, 'ordinary code is not a key file');
    });
  }

  test('a private key block becomes one placeholder per line, keeping every line number', async () => {
    const text = `const a = 1;\nconst KEY = \`${OPENSSH_KEY}\`;\nconst b = 2;\n`;
    const { text: redacted, redactions } = await redactSecrets(text, 'sftp.js');
    const lines = redacted.split('\n');
    assert.equal(lines.length, text.split('\n').length);
    assert.equal(lines[0], 'const a = 1;');
    assert.equal(lines[1], 'const KEY = `[redacted: private key]');
    assert.ok(lines.slice(2, 9).every((line) => line === '[redacted: private key]'), lines.join('\n'));
    assert.equal(lines[10], 'const b = 2;');
    assert.deepEqual(redactions, [{ kind: 'private key', line: 2, endLine: 9 }]);
  });

  test('encrypted, header-carrying and cut-off private keys are secrets too; a bare marker in code is not', async () => {
    const encrypted = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,ABCDEF0123456789\n\nMIIEpAIBAAKCAQEAx1234567890abcdefghijklmnopqrstuvwxyzAB\nabc=\n-----END RSA PRIVATE KEY-----\nafter();';
    assert.equal((await redactSecrets(encrypted)).text, `${'[redacted: private key]\n'.repeat(3)}\n${'[redacted: private key]\n'.repeat(3)}after();`);
    const cut = `x = \`${OPENSSH_KEY.split('\n').slice(0, 3).join('\n')}\n\`;\nnext();`;
    assert.equal((await redactSecrets(cut)).text, 'x = `[redacted: private key]\n[redacted: private key]\n[redacted: private key]\n`;\nnext();');
    const parser = "if (line.startsWith('-----BEGIN RSA PRIVATE KEY-----')) {\n  return parsePem(lines);\n}\n";
    assert.deepEqual(await findSecrets(parser), []);
  });

  test('a key file and a service-account JSON are whole-file secrets; a file that is mostly a token is only redacted', async () => {
    assert.equal(keyFileKind(OPENSSH_KEY, await findSecrets(OPENSSH_KEY, 'deploy_key')), 'private key');
    assert.equal(keyFileKind(GCP_SERVICE_ACCOUNT, await findSecrets(GCP_SERVICE_ACCOUNT, 'gcloud.json')), 'GCP service account key');
    const token = 'TOKEN=ghp_ztQr5y77cZ9Zqs3GwctHhAXoRNMkqB6BWl9e\n';
    assert.equal(keyFileKind(token, await findSecrets(token)), undefined);
    assert.equal((await redactSecrets(token)).text, 'TOKEN=[redacted: GitHub token]\n');
  });

  test('a secretlint-disable comment in the workspace does not switch detection off', async () => {
    const text = `${CODE}\n// secretlint-disable\nconst stripe = 'sk_live_uOq5vpOnM98bvIUuau1UY9BnXjAqkkpgpCMtzgph';\n`;
    assert.ok(!(await redactSecrets(text, 'a.js')).text.includes('sk_live_uOq5vpOnM98bvIUuau1UY9BnXjAqkkpgpCMtzgph'));
  });

  test('text without secrets comes back unchanged', async () => {
    assert.deepEqual(await redactSecrets(`${CODE}\n`), { text: `${CODE}\n`, redactions: [] });
  });
});

describe('secret file names', () => {
  test('credentials, keys and infrastructure state are secrets by name or folder', () => {
    for (const secret of [
      '.env', '.env.production', 'config/prod.env', 'config/deploy_key', 'deploy-key', 'id_rsa', 'keys/id_ed25519', 'github_rsa',
      'infra/terraform.tfstate', 'infra/terraform.tfstate.backup', 'infra/prod.tfvars', '.git-credentials', '.pgpass', '.netrc', '.npmrc',
      'kubeconfig', 'ci/cluster.kubeconfig', 'home/.kube/config', '.aws/credentials', 'home/.aws/config', 'home/.ssh/known_keys',
      'gcp-service-account.json', 'credentials.json', 'certs/server.p12', 'android/release.keystore', 'app.jks', 'config/secrets.yml', 'server.pem',
    ]) {
      assert.equal(isSecretPath(secret), true, `${secret} should be a secret`);
    }
  });

  test('templates, public keys and ordinary files stay readable', () => {
    for (const visible of ['.env.example', 'prod.env.example', 'id_rsa.pub', 'home/.ssh/known_hosts', 'src/keys.ts', 'docs/deploy.md', 'infra/main.tf', 'terraform.tfvars.example']) {
      assert.equal(isSecretPath(visible), false, `${visible} should be readable`);
    }
  });
});
