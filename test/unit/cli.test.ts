import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyExample, REPO } from './engineHarness';
import { readJournalEvents } from '../../src/core/run/journalRead';

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { ANTHROPIC_API_KEY: _key, ...rest } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), ...args], {
    cwd: REPO, encoding: 'utf8', timeout: 60_000, env: { ...rest, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('plan --json prints the same checklist on every run', (t) => {
  const root = copyExample(t, 'shop');
  const a = cli(['plan', 'Make the checkout faster', '--cwd', root, '--json']);
  const b = cli(['plan', 'Make the checkout faster', '--cwd', root, '--json']);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  assert.equal(JSON.parse(a.stdout).classification.templateId, 'performance_optimization');
});

test('run --json with no key prints one event per line, ends completed and exits 0', (t) => {
  const root = copyExample(t, 'shop');
  const { code, stdout, stderr } = cli(['run', 'Make the checkout faster', '--cwd', root, '--json']);
  assert.equal(code, 0, stderr);
  const events = stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(events[0].type, 'RunStarted');
  assert.equal(events[0].mode, 'local');
  assert.equal(events[1].type, 'PlanCreated');
  assert.equal(events.at(-1).type, 'RunCompleted');
  assert.ok(events.some((e) => e.type === 'FlagRaised' && e.flag.type === 'DATABASE_INVESTIGATION'));
  const journal = join(root, '.orchestrator', 'runs', `${events[0].runId}.jsonl`);
  assert.deepEqual(readJournalEvents(journal), events, 'the journal holds the same events');
  assert.ok(!readFileSync(join(root, 'CLAUDE.md'), 'utf8').includes('## Make the checkout faster'), 'nothing is written without --apply');
});

test('run from inside the project, with the sources and no build, gets the local analyzers\' findings', (t) => {
  // As a developer runs the CLI from a checkout: the working directory is the project, which has no tsx of its own.
  const root = copyExample(t, 'shop');
  const { ANTHROPIC_API_KEY: _key, ...env } = process.env;
  const loader = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const result = spawnSync(process.execPath, ['--import', loader, join(REPO, 'src', 'cli', 'main.ts'), 'run', 'Make the checkout faster', '--json'], {
    cwd: root, encoding: 'utf8', timeout: 60_000, env,
  });
  assert.equal(result.status, 0, result.stderr);
  const events = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const failed = events.filter((e) => e.type === 'DelegationFailed').map((e) => `${e.coordinator}: ${e.failure?.message}`);
  assert.deepEqual(failed, [], 'no coordinator failed');
  assert.equal(events.at(-1).type, 'RunCompleted');
});

test('run shows the checklist advancing and writes memory edits as a patch; --apply writes them', (t) => {
  const root = copyExample(t, 'shop');
  const first = cli(['run', 'Make the checkout faster', '--cwd', root]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /\[█+░*\] +\d+% \d+\/\d+ tasks/);
  assert.match(first.stdout, /\[x\] 5a\. Delegate to database coordinator \(DATABASE_INVESTIGATION\)/);
  const patch = /written for review to (\S+\.patch)/.exec(first.stdout)?.[1];
  assert.ok(patch && existsSync(patch), first.stdout);
  assert.match(readFileSync(patch, 'utf8'), /\+## Make the checkout faster \(\d{4}-\d{2}-\d{2}\)/);

  const applied = cli(['run', 'Make the checkout faster', '--cwd', root, '--apply']);
  assert.equal(applied.code, 0, applied.stderr);
  assert.match(readFileSync(join(root, 'CLAUDE.md'), 'utf8'), /## Make the checkout faster \(\d{4}-\d{2}-\d{2}\)\n<!-- task-orchestrator:run=[\w-]+ -->\n\n### Problem/);
  // The notes name backend/src/cart.js and the carts migration: they go to a cart module, not to payment.
  assert.match(readFileSync(join(root, 'modules', 'cart.md'), 'utf8'), /cart_items\.product_id/);
  assert.equal(readFileSync(join(root, 'modules', 'payment.md'), 'utf8'), readFileSync(join(REPO, 'examples', 'shop', 'modules', 'payment.md'), 'utf8'));
});

test('a bad invocation says what is wrong and exits 2', () => {
  const { code, stderr } = cli(['run']);
  assert.equal(code, 2);
  assert.match(stderr, /run needs a request, or --resume RUN_ID/);
  const missing = cli(['plan', 'fix it', '--cwd', join(REPO, 'no-such-folder')]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, `task-orchestrator: --cwd ${join(REPO, 'no-such-folder')} is not a folder that can be read.\n`);
});

test('plan explains the template, offers the other one when unsure, and --template chooses it', (t) => {
  const root = copyExample(t, 'shop');
  const unsure = cli(['plan', 'Look at the checkout', '--cwd', root]);
  assert.equal(unsure.code, 0, unsure.stderr);
  const alternative = /⚠ Low confidence \(0\.\d\d\): this request could also be (\w+)\./.exec(unsure.stdout)?.[1];
  assert.ok(alternative, unsure.stdout);
  // Which of two templates a vague request leans to is the model's call; that the plan says so and offers the other is the point.
  const [, localChoice, runnerUp] = /^Template (\w+)@\d+\.\d+\.\d+, confidence 0\.\d\d; runner-up (\w+) \(0\.\d\d against 0\.\d\d\)$/m.exec(unsure.stdout) ?? [];
  assert.ok(localChoice, unsure.stdout);
  assert.equal(runnerUp, alternative, 'the template offered is the runner-up');
  assert.match(unsure.stdout, /^ {2}· resembles "/m);
  assert.ok(unsure.stdout.includes(`Plan it as ${alternative}: task-orchestrator plan --template ${alternative} "Look at the checkout"`), unsure.stdout);

  const chosen = cli(['plan', 'Look at the checkout', '--template', alternative, '--cwd', root, '--json']);
  assert.equal(chosen.code, 0, chosen.stderr);
  const classification = JSON.parse(chosen.stdout).classification;
  assert.deepEqual([classification.templateId, classification.explanation.basis, classification.explanation.localChoice], [alternative, 'override', localChoice]);

  const unknown = cli(['plan', 'Look at the checkout', '--template', 'speed', '--cwd', root]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /'speed' is not a template\. Known templates: bug_fix, complex/);
  const resumed = cli(['run', '--resume', 'x', '--template', 'bug_fix', '--cwd', root]);
  assert.equal(resumed.code, 2);
  assert.match(resumed.stderr, /--template applies to a new request/);
});
