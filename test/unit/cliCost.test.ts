import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import type { CostLimitPause } from '../../src/core/cost/budget';
import { askOnTerminal, readAnswer } from '../../src/cli/costPrompt';
import { fakeApiEnv, runCli } from './cliProcess';
import { copyExample, fakeApi, messagesPosts, SCENARIOS } from './engineHarness';
import { CHOOSE_TEMPLATE_TOOL } from '../../src/core/plan/index';
import { buildScenario, toolCallReply } from '../fake-api/scenarioBuilders';

const REQUEST = 'Make the checkout faster';

test('without a terminal, --max-cost stops the run before the call that would pass it; --resume with a higher limit finishes, and the summary and audit show the cost', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
  const env = fakeApiEnv(api.baseURL);
  const stopped = await runCli(['run', REQUEST, '--cwd', root, '--max-cost', '0.14'], { env });
  assert.equal(stopped.code, 130, stopped.stderr);
  assert.match(stopped.stdout, /⏸ Paused at the cost limit before a model call of backend \(task 5\): the run has cost \$0\.\d{4} of its \$0\.14 limit, and this call may cost up to \$0\.1\d{3} \(claude-sonnet-4-6: about [\d.]+k tokens in, up to 8\.2k out\)\./);
  assert.match(stopped.stdout, /■ stopping at the cost limit \(no terminal to ask; resume with a higher --max-cost\)/);
  assert.match(stopped.stdout, /Cancelled: Stopped at the cost limit: \$0\.\d{4} of \$0\.14 spent/);
  assert.match(stopped.stdout, /\nCost: \$0\.\d{4} · [\d.]+k tokens in, 0 % from cache, \d+ out · 1 call, [\d.]+ s \(limit \$0\.14\)\n {2}backend: /);
  const runId = /Resume with: task-orchestrator run --resume (\S+)/.exec(stopped.stdout)?.[1];
  assert.ok(runId, stopped.stdout);
  assert.equal(messagesPosts(api).length, 1);

  const resumed = await runCli(['run', '--resume', runId, '--cwd', root, '--max-cost', '$5'], { env });
  assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
  // Every model call of the run, and a line per coordinator and the synthesis.
  assert.match(resumed.stdout, /\nCost: \$0\.\d{4} · [\d.]+k tokens in, \d+ % from cache, \d+ out · 6 calls, [\d.]+ s \(limit \$5\.00\)\n {2}backend: .* · 2 calls, [\d.]+ s\n/);
  for (const coordinator of ['database', 'infrastructure', 'frontend', 'synthesis']) assert.match(resumed.stdout, new RegExp(`\\n {2}${coordinator}: \\$0\\.\\d{4} · `), `${coordinator}'s cost line`);

  const report = await runCli(['report', runId, '--cwd', root]);
  assert.equal(report.code, 0, report.stderr);
  assert.match(report.stdout, /\n- Cost: \$0\.\d{4} · /);
  assert.match(report.stdout, /\n## Cost\n\n- Run: \$0\.\d{4} · [^\n]+\n- backend: /);
  assert.match(report.stdout, /\n- claude-sonnet-4-6 \(Sonnet\): \$3 in, \$15 out, \$3\.75 cache write, \$0\.3 cache read per million tokens \(list price\)\n/);
  assert.match(report.stdout, /\nCost limit: \$5\.00\.\n- Paused at the cost limit before a model call of backend \(task 5\)[^\n]+ Then: stopped \(no one to ask\)\.\n/);
  assert.match(report.stdout, /### 5\. backend — completed[\s\S]*?\nCost: \$0\.\d{4} · [^\n]+ · 2 calls/, 'each delegation says what it cost');
});

test('a bad --max-cost is a usage error; bad --prices entries are named and left out, the run goes on', async (t) => {
  const bad = await runCli(['run', REQUEST, '--max-cost', 'lots']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-cost takes an amount of US dollars greater than 0, e\.g\. 2\.50, not 'lots'/);
  const negative = await runCli(['run', REQUEST], { env: { TASK_ORCHESTRATOR_MAX_COST: '-1' } });
  assert.match(negative.stderr, /TASK_ORCHESTRATOR_MAX_COST takes an amount of US dollars greater than 0/);

  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
  const run = await runCli(['run', REQUEST, '--cwd', root, '--prices', '{"claude-sonnet-4-6": {"input": "three"}, "claude-haiku-4-5": {"input": 2}}'], { env: fakeApiEnv(api.baseURL) });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /warning: --prices\["claude-sonnet-4-6"\]: \.input must be a number of US dollars per million tokens; the entry is ignored\./);
  assert.match(run.stdout, /\nCost: \$0\.\d{4} · /, 'priced at the list price the bad entry left in force');
});

const pause: CostLimitPause = {
  taskId: '5', coordinator: 'backend', spentUsd: 0.95, limitUsd: 1, proposedLimitUsd: 2,
  estimate: { model: 'claude-sonnet-4-6', inputTokens: 3000, maxTokens: 8192, usd: 0.13 },
};

test('at the terminal prompt: y continues with the offered limit, an amount with that limit if it covers the call, Enter stops', () => {
  assert.deepEqual(readAnswer('y', pause), { decision: 'continue', limitUsd: 2 });
  assert.deepEqual(readAnswer(' $3.5 ', pause), { decision: 'continue', limitUsd: 3.5 });
  assert.deepEqual(readAnswer('', pause), { decision: 'stop' });
  assert.deepEqual(readAnswer('n', pause), { decision: 'stop' });
  assert.equal(readAnswer('1', pause), '$1.00 does not cover this call: it needs at least $1.08.');
  assert.match(String(readAnswer('maybe', pause)), /^Answer y, n, or an amount in US dollars such as \$2\.00\.$/);
});

test('the terminal question asks again after a wrong answer, and ends when the run is stopped', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const ask = askOnTerminal(input, output);
  const answer = ask(pause, new AbortController().signal);
  input.write('0.5\n');
  input.write('y\n');
  assert.deepEqual(await answer, { decision: 'continue', limitUsd: 2 });
  assert.match(written, /Paused at the cost limit before a model call of backend \(task 5\)/);
  assert.match(written, /Continue \(raise the limit to \$2\.00\)\? \[y = continue, an amount = that limit, Enter = stop\] \$0\.50 does not cover this call/);

  const stop = new AbortController();
  const pending = askOnTerminal(new PassThrough(), new PassThrough())(pause, stop.signal);
  stop.abort();
  await assert.rejects(pending);
});

test('plan --max-cost holds its template-choice call as run does: past the limit, or with a model the limit cannot price, the model is not asked and the plan says why', async (t) => {
  const root = copyExample(t, 'shop');
  const vague = 'Look at the checkout';
  const api = await fakeApi(t, buildScenario([toolCallReply('planner', CHOOSE_TEMPLATE_TOOL, { templateId: 'bug_fix' }, { match: { contains: vague } })]));
  const env = fakeApiEnv(api.baseURL);
  const planner = () => messagesPosts(api).filter((r) => r.coordinator === 'planner').length;

  const limited = await runCli(['plan', vague, '--cwd', root, '--max-cost', '0.001'], { env });
  assert.equal(limited.code, 0, limited.stderr);
  assert.equal(planner(), 0, 'no model call past the limit');
  const localChoice = /^Template (\w+)@/m.exec(limited.stdout)?.[1];
  assert.ok(localChoice, limited.stdout);
  assert.match(limited.stdout, new RegExp(`the model was not asked \\(its call may cost up to \\$0\\.\\d+, past the cost limit of \\$0\\.001\\d*\\); kept the classifier's choice, ${localChoice}`));

  const unpriced = await runCli(['plan', vague, '--cwd', root, '--max-cost', '5'], { env: { ...env, TASK_ORCHESTRATOR_MODEL: 'acme-large' } });
  assert.equal(unpriced.code, 0, unpriced.stderr);
  assert.equal(planner(), 0, 'a call the limit cannot price is not made either');
  assert.match(unpriced.stdout, /the model was not asked \(acme-large has no price, so the cost limit of \$5\.00 cannot hold its call\)/);

  const priced = await runCli(['plan', vague, '--cwd', root, '--max-cost', '5', '--prices', '{"acme-large": {"input": 1, "output": 2}}'], { env: { ...env, TASK_ORCHESTRATOR_MODEL: 'acme-large' } });
  assert.equal(priced.code, 0, priced.stderr);
  assert.equal(planner(), 1, 'with a price for it, and within the limit, the model is asked');
  assert.match(priced.stdout, /the model chose bug_fix/);

  const bad = await runCli(['plan', vague, '--max-cost', 'lots']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--max-cost takes an amount of US dollars greater than 0/);
});
