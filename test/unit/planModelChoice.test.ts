import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHOOSE_TEMPLATE_TOOL } from '../../src/core/plan/index';
import { runCostLines } from '../../src/core/cost/describe';
import { buildScenario, faultReply, reportReply, textReply, toolCallReply } from '../fake-api/scenarioBuilders';
import type { FakeApi } from '../fake-api/server';
import { copyExample, engineFor, fakeApi, messagesPosts, modelRun } from './engineHarness';

// "Look at the checkout" is vague: the local classifier picks a template with low confidence (which one is the trained model's
// call, so the tests read it from a local plan rather than name it).
const VAGUE = 'Look at the checkout';
const localChoiceOf = async (root: string) => (await engineFor(root).plan(VAGUE)).checklist.classification.templateId;
const plannerPosts = (api: FakeApi) => messagesPosts(api).filter((r) => r.coordinator === 'planner');
const coordinatorsAnswer = ['backend', 'frontend', 'security', 'database', 'infrastructure'].map((c) => reportReply(c, { summary: `${c} ok`, findings: [] }));

test('an unsure plan asks the model once; the same request plans the same again without asking, and the run journals the choice', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    toolCallReply('planner', CHOOSE_TEMPLATE_TOOL, { templateId: 'bug_fix' }, { match: { contains: VAGUE } }),
    ...coordinatorsAnswer,
    textReply('synthesis', 'done'),
  ]));
  const local = await localChoiceOf(root);
  const orchestrator = engineFor(root);
  const first = await orchestrator.plan(VAGUE, modelRun(api));
  assert.equal(plannerPosts(api).length, 1);
  const c = first.checklist.classification;
  assert.deepEqual([c.templateId, c.explanation?.basis, c.explanation?.localChoice, c.explanation?.model], [
    'bug_fix', 'model', local, { outcome: 'chosen', templateId: 'bug_fix', note: 'the model chose bug_fix' },
  ]);
  assert.ok(c.explanation?.lowConfidence, 'the plan still says the classifier was unsure');
  const asked = JSON.stringify(plannerPosts(api)[0].body);
  assert.match(asked, /"enum":\["bug_fix","complex","emergency","new_feature","performance_optimization","security_review","simple"\]/);
  assert.ok(existsSync(join(root, '.orchestrator', 'cache', 'template-choices.json')));

  const second = await engineFor(root).plan(VAGUE, modelRun(api));
  assert.equal(plannerPosts(api).length, 1, 'the second plan of the same request makes no model call');
  assert.equal(JSON.stringify(second.checklist), JSON.stringify(first.checklist), 'byte-identical checklist');

  const handle = await orchestrator.start(VAGUE, modelRun(api), new AbortController().signal);
  const state = await handle.done;
  assert.equal(state.status, 'completed', state.failure?.message);
  assert.equal(plannerPosts(api).length, 1, 'starting the run asks no more');
  const journal = readFileSync(orchestrator.journalPath(handle.runId), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const planned = journal.find((e) => e.type === 'PlanCreated');
  assert.deepEqual(planned.checklist.classification.explanation.model, { outcome: 'chosen', templateId: 'bug_fix', note: 'the model chose bug_fix' });
  const resumed = await (await orchestrator.resume(handle.runId, modelRun(api), new AbortController().signal)).done;
  assert.equal(resumed.checklist?.classification.templateId, 'bug_fix');
  assert.equal(plannerPosts(api).length, 1, 'a resume never re-asks');
});

test('the call that chose the template is journaled beside the plan (not in it) and counted in the run\'s cost as the planner\'s', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    toolCallReply('planner', CHOOSE_TEMPLATE_TOOL, { templateId: 'bug_fix' }, { match: { contains: VAGUE }, usage: { input: 700, output: 30 } }),
    ...coordinatorsAnswer,
    textReply('synthesis', 'done'),
  ]));
  const orchestrator = engineFor(root);
  const handle = await orchestrator.start(VAGUE, modelRun(api), new AbortController().signal);
  const state = await handle.done;
  const journal = readFileSync(orchestrator.journalPath(handle.runId), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const planned = journal.find((e) => e.type === 'PlanCreated');
  assert.equal(planned.plannerCall.model, 'claude-sonnet-4-6');
  assert.deepEqual(planned.plannerCall.usage, { inputTokens: 700, outputTokens: 30, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 });
  assert.equal(JSON.stringify(planned.checklist).includes('durationMs'), false, 'the checklist stays byte-stable');
  // 700 × $3/M + 30 × $15/M = $0.00255.
  assert.equal(runCostLines(state)?.coordinators[0].startsWith('planner: $0.0026 · 700 tokens in, 0 % from cache, 30 out · 1 call, '), true, runCostLines(state)?.coordinators[0]);
});

test('an answer that is not a template id keeps the local choice, says so, and is remembered too', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    toolCallReply('planner', CHOOSE_TEMPLATE_TOOL, { templateId: 'delete_everything' }, { times: 1 }),
    textReply('planner', 'I think bug_fix fits best.'),
  ]));
  const first = await engineFor(root).plan(VAGUE, modelRun(api));
  const c = first.checklist.classification;
  const local = await localChoiceOf(root);
  assert.deepEqual([c.templateId, c.explanation?.basis, c.explanation?.model?.outcome], [local, 'examples', 'invalid']);
  assert.ok(c.explanation?.signals.includes(`the model's answer was not one of the template ids; kept the classifier's choice, ${local}`));
  assert.ok(!JSON.stringify(first.checklist).includes('delete_everything'), 'the untrusted answer is not repeated');
  await engineFor(root).plan(VAGUE, modelRun(api));
  assert.equal(plannerPosts(api).length, 1);

  // A text answer naming a template is still not a tool call with an id: it keeps the local choice.
  const other = await engineFor(root).plan('Look at the checkout page', modelRun(api));
  assert.equal(other.checklist.classification.explanation?.model?.outcome, 'invalid');
});

test('a failed call keeps the local choice and is not remembered; a confident or overridden plan never asks', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    faultReply('planner', { kind: 'http', status: 400, message: 'bad request' }),
    toolCallReply('planner', CHOOSE_TEMPLATE_TOOL, { templateId: 'performance_optimization' }),
  ]));
  const failed = await engineFor(root).plan(VAGUE, modelRun(api));
  const model = failed.checklist.classification.explanation?.model;
  const local = await localChoiceOf(root);
  assert.equal(failed.checklist.classification.templateId, local);
  assert.equal(model?.outcome, 'failed');
  assert.match(model?.note ?? '', new RegExp(`^the model could not be asked \\(.+\\); kept the classifier's choice, ${local}$`));
  const retried = await engineFor(root).plan(VAGUE, modelRun(api));
  assert.equal(retried.checklist.classification.templateId, 'performance_optimization');
  assert.equal(plannerPosts(api).length, 2, 'the failure was not cached, so it was asked again');

  await engineFor(root).plan('Make the checkout faster', modelRun(api));
  await engineFor(root).plan({ text: VAGUE + ' code', template: 'complex' }, modelRun(api));
  assert.equal(plannerPosts(api).length, 2, 'no call for a confident plan or a chosen template');
});

test('a cache file that is not one is reported, ignored and replaced', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([toolCallReply('planner', CHOOSE_TEMPLATE_TOOL, { templateId: 'bug_fix' })]));
  const file = join(root, '.orchestrator', 'cache', 'template-choices.json');
  const orchestrator = engineFor(root);
  mkdirSync(join(root, '.orchestrator', 'cache'), { recursive: true });
  writeFileSync(file, '{ not json', 'utf8');
  const result = await orchestrator.plan(VAGUE, modelRun(api));
  assert.equal(result.checklist.classification.templateId, 'bug_fix');
  assert.ok(result.warnings.some((w: string) => w.includes('is not a template-choice cache')), result.warnings.join('\n'));
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, 1);
});

test('the planner\'s call is held to the cost limit too: past it the model is not asked, the plan says why, and a later plan without the limit asks', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([toolCallReply('planner', CHOOSE_TEMPLATE_TOOL, { templateId: 'bug_fix' }, { match: { contains: VAGUE } })]));
  const limited = await engineFor(root).plan(VAGUE, modelRun(api, { maxCostUsd: 0.001 }));
  assert.equal(plannerPosts(api).length, 0, 'no model call past the limit');
  const model = limited.checklist.classification.explanation?.model;
  const local = await localChoiceOf(root);
  assert.equal(limited.checklist.classification.templateId, local);
  assert.equal(model?.outcome, 'failed');
  assert.match(model?.note ?? '', new RegExp(`^the model was not asked \\(its call may cost up to \\$0\\.\\d+, past the cost limit of \\$0\\.001\\d*\\); kept the classifier's choice, ${local}$`));

  const unlimited = await engineFor(root).plan(VAGUE, modelRun(api));
  assert.equal(plannerPosts(api).length, 1, 'the refusal was not remembered as the choice');
  assert.equal(unlimited.checklist.classification.templateId, 'bug_fix');
});
