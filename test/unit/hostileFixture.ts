// The hostile workspace (test/fixtures/hostile) and its scenario, shared by every test of issue #9:
// a scratch copy to run on, the request its scenario answers, and the planted secrets to look for.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { buildScenario, reportReply, textReply, toolCallReply, type Scenario } from '../fake-api/scenarioBuilders';
import { REPO, SCENARIOS } from './engineHarness';

export const HOSTILE_FIXTURE = join(REPO, 'test', 'fixtures', 'hostile');
export const HOSTILE_SCENARIO = join(SCENARIOS, 'hostile.yaml');
/** The request hostile.yaml answers (the plan delegates to backend, infrastructure and security). */
export const HOSTILE_REQUEST = 'Review the security of the payment and deploy configuration';

export function copyHostile(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-hostile-'));
  cpSync(HOSTILE_FIXTURE, dir, { recursive: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface PlantedSecret {
  /** Where it is planted and what it is, for assertion messages. */
  readonly name: string;
  /** A piece of the secret long enough to be unmistakable and free of characters JSON would escape. */
  readonly value: string;
}

/** Each line of key material in a PEM block (base64, at least 20 characters). */
function keyLines(name: string, pem: string): PlantedSecret[] {
  return pem
    .split(/\\n|\n/)
    .map((line) => line.trim())
    .filter((line) => /^[A-Za-z0-9+/=]{20,}$/.test(line))
    .map((value, index) => ({ name: `${name}, key line ${index + 1}`, value }));
}

/** Every secret the fixture plants, read from the files themselves so the list cannot go stale. */
export function plantedSecrets(): PlantedSecret[] {
  const read = (file: string) => readFileSync(join(HOSTILE_FIXTURE, ...file.split('/')), 'utf8');
  const serviceAccount = JSON.parse(read('config/gcloud.json')) as { private_key: string };
  const found = (file: string, pattern: RegExp): string => {
    const match = pattern.exec(read(file));
    if (!match) throw new Error(`the hostile fixture lost its planted secret in ${file} (${pattern})`);
    return match[0];
  };
  return [
    ...keyLines('config/deploy_key', read('config/deploy_key')),
    ...keyLines('ops/ci-signing.txt', read('ops/ci-signing.txt')),
    ...keyLines('src/sftp.js', read('src/sftp.js')),
    ...keyLines('config/gcloud.json', serviceAccount.private_key),
    { name: 'src/payments.js AWS access key', value: found('src/payments.js', /AKIA[0-9A-Z]{16}/) },
    { name: 'src/payments.js Stripe live key', value: found('src/payments.js', /sk_live_[0-9A-Za-z]+/) },
    { name: 'CLAUDE.md GitHub token', value: found('CLAUDE.md', /ghp_[0-9A-Za-z]+/) },
    { name: '.env database password', value: found('.env', /parcels-pass/) },
  ];
}

/** The planted secrets that occur in `text`, by name (empty when none leaked). */
export function leakedSecrets(text: string): string[] {
  return plantedSecrets().filter((secret) => text.includes(secret.value)).map((secret) => secret.name);
}

/**
 * A regex RE2 still needs milliseconds per line for (its automaton has too many states to cache), and
 * text to run it on: a slow tool call that takes seconds without any backtracking, for stop tests.
 */
export const SLOW_PATTERN = '(?:a|b)[a-k ]{20}[0-9]';

/** `lines` lines of 3,999 pseudo-random letters and spaces (mulberry32): the same text on every run. */
export function slowText(lines: number, seed = 1): string {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const letters = 'abcdefghij ';
  const line = () => Array.from({ length: 3999 }, () => letters[Math.floor(next() * letters.length)]).join('');
  return `${Array.from({ length: lines }, line).join('\n')}\n`;
}

/** Writes `files` files of slow text under `data/` in `root`. */
export function writeSlowFiles(root: string, files: number, linesEach = 60): void {
  mkdirSync(join(root, 'data'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(root, 'data', `part${i}.txt`), slowText(linesEach, i + 1));
}

/**
 * HOSTILE_REQUEST where the security coordinator's first turn is a search over `writeSlowFiles`
 * that takes seconds; every later call answers at once. For tests that stop a run mid-tool-call.
 */
export function slowSearchScenario(): Scenario {
  const report = (summary: string) => ({ summary, findings: [] });
  return buildScenario([
    toolCallReply('security', 'search_text', { query: SLOW_PATTERN, regex: true, glob: 'data/*.txt' }, { match: { turn: 1 }, times: 1 }),
    reportReply('security', report('security ok')),
    reportReply('backend', report('backend ok')),
    reportReply('infrastructure', report('infrastructure ok')),
    textReply('synthesis', 'done'),
  ]);
}
