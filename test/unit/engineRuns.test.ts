import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScenario, reportReply, textReply, toolCallReply } from '../fake-api/scenarioBuilders';
import { loadScenario } from '../fake-api/server';
import { AnthropicModelClient } from '../../src/core/model/anthropic';
import { renderRunAudit } from '../../src/core/audit/runAudit';
import { failedOnApiKey } from '../../src/core/run/display';
import { copyExample, fakeApi, engineFor, LOCAL_RUN, messagesPosts, modelRun, SCENARIOS } from './engineHarness';

const report = (summary: string) => ({ summary, findings: [] });

const REVIEW = 'Review the security of product search, the database schema and the Docker image';

/** Four coordinators in one batch; each answer takes `latencyMs` to begin and streams its events `eventDelayMs` apart. */
const batchScenario = (timing: { latencyMs: number; eventDelayMs?: number }) => buildScenario(
  ['security', 'backend', 'database', 'infrastructure'].map((c) => reportReply(c, report(`${c} ok`), timing)).concat([textReply('synthesis', 'done')]),
);

test('without the cache warm-up, one batch runs its coordinators in parallel: three requests overlap in time at the server', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, batchScenario({ latencyMs: 300 }));
  const orchestrator = engineFor(root);
  const plan = await orchestrator.plan(REVIEW);
  const batch0 = plan.checklist.delegations.filter((d) => d.batch === 0).map((d) => d.coordinator);
  assert.ok(batch0.length >= 3, `expected one batch of at least three, got ${JSON.stringify(plan.checklist.delegations)}`);

  const state = await (await orchestrator.start(REVIEW, modelRun(api, { parallelLimit: 3, warmCacheFirst: false }), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const first3 = messagesPosts(api).slice(0, 3);
  const latestStart = Math.max(...first3.map((r) => r.at));
  const earliestEnd = Math.min(...first3.map((r) => r.endedAt ?? Infinity));
  assert.ok(latestStart < earliestEnd, `the three calls overlap (last start ${latestStart} < first end ${earliestEnd})`);
});

test('by default a batch\'s first call warms the prompt cache: its siblings start once its answer begins, overlap it, and read the shared prefix', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, batchScenario({ latencyMs: 300, eventDelayMs: 60 }));
  const state = await (await engineFor(root).start(REVIEW, modelRun(api, { parallelLimit: 3 }), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const [first, ...siblings] = messagesPosts(api).slice(0, 3);
  for (const sibling of siblings) {
    assert.ok(sibling.at >= first.at + 300, `a sibling starts after the first answer began (${sibling.at - first.at} ms after the first)`);
    assert.ok(sibling.at < first.endedAt!, 'and while the first is still answering: the batch still runs in parallel');
  }
  const firstTurns = state.tasks.filter((task) => task.spec.kind === 'delegate').map((task) => task.turns?.at(0)?.record.usage).filter((u) => u !== undefined);
  assert.equal(firstTurns.length, 4);
  assert.equal(firstTurns[0].cacheReadInputTokens, 0, 'the first call writes the prefix');
  for (const usage of firstTurns.slice(1)) assert.ok(usage.cacheReadInputTokens > 1024, `a sibling reads the shared prefix from cache (${JSON.stringify(usage)})`);
});

test('cancel closes the in-flight request within 200 ms and records the run as cancelled', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([reportReply('backend', report('slow'), { latencyMs: 10_000 })]));
  const controller = new AbortController();
  const handle = await engineFor(root).start('Make the checkout faster', modelRun(api), controller.signal);
  await waitFor(() => messagesPosts(api).length === 1);
  const abortedAt = Date.now();
  controller.abort();
  const state = await handle.done;
  await waitFor(() => messagesPosts(api)[0].endedAt !== undefined);
  const request = messagesPosts(api)[0];
  assert.equal(request.closedByClient, true);
  assert.ok(request.endedAt! - abortedAt < 200, `closed ${request.endedAt! - abortedAt} ms after cancel`);
  assert.equal(state.status, 'cancelled');
  const journal = readFileSync(join(root, '.orchestrator', 'runs', `${state.runId}.jsonl`), 'utf8').trim().split('\n');
  assert.equal(JSON.parse(journal.at(-1)!).type, 'RunCancelled');
});

for (const cutAfter of ['DelegationCompleted', 'TaskCompleted'] as const) {
  test(`resume from a journal cut after the backend ${cutAfter} does not call the model again for it`, async (t) => {
    const root = copyExample(t, 'shop');
    const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
    const first = await (await engineFor(root).start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
    const journalPath = join(root, '.orchestrator', 'runs', `${first.runId}.jsonl`);
    const lines = readFileSync(journalPath, 'utf8').trim().split('\n');
    // Cut the journal after the line holding that event (alone or in an atomic group), with a torn
    // last line, as if the process died mid-write.
    const cut = lines.findIndex((l) => [JSON.parse(l)].flat().some((e) => e.type === cutAfter && e.taskId === '5'));
    writeFileSync(journalPath, lines.slice(0, cut + 1).join('\n') + '\n{"type":"TaskStar');
    const callsBefore = messagesPosts(api).length;

    const resumed = await (await engineFor(root).resume(first.runId, modelRun(api), new AbortController().signal)).done;
    assert.equal(resumed.status, 'completed', resumed.failure?.message);
    const newCalls = messagesPosts(api).slice(callsBefore).map((r) => r.coordinator);
    assert.deepEqual(newCalls, ['database', 'infrastructure', 'frontend', 'synthesis'], 'backend is not asked again; its flag still leads to the database');
    assert.ok(resumed.tasks.every((x) => x.status === 'completed'));
    assert.equal(resumed.flags.length, 1);
  });
}

test('every coordinator call of a run sends byte-identical cache-marked prefix bytes', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
  await (await engineFor(root).start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  const calls = messagesPosts(api).filter((r) => r.coordinator !== 'synthesis');
  assert.deepEqual([...new Set(calls.map((r) => r.coordinator))], ['backend', 'database', 'infrastructure', 'frontend']);
  const prefix = (body: { tools: unknown[]; system: { cache_control?: unknown }[] }) => {
    const marked = body.system.findIndex((b) => b.cache_control);
    return JSON.stringify({ tools: body.tools, system: body.system.slice(0, marked + 1) });
  };
  const first = prefix(calls[0].body);
  assert.match(first, /cart_items|Checkout/, 'project memory is part of the cached prefix');
  for (const call of calls.slice(1)) assert.equal(prefix(call.body), first, `${call.coordinator} prefix differs`);
});

test('an invalid report is repaired once; if still invalid the task fails with the reason and the run goes on', async (t) => {
  const root = copyExample(t, 'shop');
  // Deliberately outside the schema: the severity is not one the contract knows.
  const bad = { summary: 'x', findings: [{ title: 't', detail: 'd', severity: 'enormous' }] } as unknown as Parameters<typeof reportReply>[1];
  const api = await fakeApi(t, buildScenario([
    reportReply('backend', bad),
    reportReply('frontend', report('fine')),
    reportReply('infrastructure', report('fine')),
    textReply('synthesis', 'partial answer'),
  ]));
  const state = await (await engineFor(root).start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  const backend = state.tasks.find((x) => x.spec.coordinator === 'backend' && x.spec.kind === 'delegate')!;
  assert.equal(backend.status, 'failed');
  assert.match(backend.failure?.message ?? '', /severity/);
  assert.equal(backend.failure?.kind, 'invalid_report', 'an invalid report twice is the coordinator\'s failure, typed');
  assert.equal(messagesPosts(api).filter((r) => r.coordinator === 'backend').length, 2, 'asked again exactly once');
  assert.equal(state.tasks.find((x) => x.spec.coordinator === 'frontend' && x.spec.kind === 'delegate')?.status, 'completed');
  assert.equal(state.status, 'failed');
});

test('the model reads files through workspace tools that refuse ../, absolute paths and .env', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    toolCallReply('backend', 'read_file', { path: '../outside.txt' }, { match: { turn: 1 } }),
    toolCallReply('backend', 'read_file', { path: '/etc/passwd' }, { match: { turn: 2 } }),
    toolCallReply('backend', 'read_file', { path: '.env' }, { match: { turn: 3 } }),
    reportReply('backend', report('done'), { match: { turn: 4 } }),
    reportReply('frontend', report('fine')),
    reportReply('infrastructure', report('fine')),
    textReply('synthesis', 'ok'),
  ]));
  await (await engineFor(root).start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  const results = messagesPosts(api)
    .filter((r) => r.coordinator === 'backend')
    .flatMap((r) => r.body.messages.at(-1).content)
    .filter((b: { type: string }) => b.type === 'tool_result');
  const texts = results.map((b: { content: unknown }) => JSON.stringify(b.content));
  assert.equal(texts.length, 3);
  assert.match(texts[0], /outside the workspace/);
  assert.match(texts[1], /absolute|outside/i);
  assert.match(texts[2], /secret/i);
  assert.ok(!texts.join('').includes('local-dev-only'), 'the .env content never reaches the model');
});

test('with no key, the checkout run finds the planted problems locally and the backend step raises DATABASE_INVESTIGATION', async (t) => {
  const root = copyExample(t, 'shop');
  const state = await (await engineFor(root).start('Make the checkout faster', LOCAL_RUN, new AbortController().signal)).done;
  assert.equal(state.mode, 'local');
  assert.equal(state.status, 'completed', state.failure?.message);
  const cited = state.tasks.flatMap((x) => x.delegation?.report?.findings ?? []).flatMap((f) => f.evidence.map((e) => `${e.file}:${e.line}`));
  for (const where of ['backend/src/cart.js:26', 'db/migrations/002_create_carts.sql:11', 'frontend/dist/assets/index-4f3a9c.js:1']) assert.ok(cited.includes(where), `${where} in ${cited.join(', ')}`);
  const flag = state.flags.find((f) => f.record.type === 'DATABASE_INVESTIGATION');
  assert.equal(flag?.record.raisedBy.coordinator, 'backend');
  assert.match(state.synthesis ?? '', /local analysis, no model/);
});

test('with no key, "Review the security of product search" finds the injection and takes the SECURITY_BREACH path', async (t) => {
  const root = copyExample(t, 'shop');
  const state = await (await engineFor(root).start('Review the security of product search', LOCAL_RUN, new AbortController().signal)).done;
  const breach = state.flags.find((f) => f.record.type === 'SECURITY_BREACH');
  assert.ok(breach, 'SECURITY_BREACH raised');
  assert.equal(breach.status, 'processed');
  assert.equal(state.priority, 'critical');
  assert.ok(breach.pausedTaskIds.length > 0, 'queued work was paused');
  assert.ok(breach.pausedTaskIds.every((id) => state.tasks.find((x) => x.spec.id === id)?.status !== 'paused'), 'and resumed');
  const injection = state.tasks.flatMap((x) => x.delegation?.report?.findings ?? []).find((f) => /injection/i.test(f.title));
  assert.deepEqual(injection?.evidence.map((e) => `${e.file}:${e.line}`), ['backend/src/products.js:8']);
  assert.ok(state.memoryEdits.some((e) => e.path === 'modules/security.md'));
  assert.equal(state.status, 'completed', state.failure?.message);
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('with a key, the model can call the local analyzers as a tool and gets findings with file and line', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    toolCallReply('backend', 'run_local_analyzers', { domain: 'database' }, { match: { turn: 1 } }),
    reportReply('backend', report('grounded'), { match: { turn: 2 } }),
    reportReply('frontend', report('fine')),
    reportReply('infrastructure', report('fine')),
    textReply('synthesis', 'ok'),
  ]));
  const state = await (await engineFor(root).start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const second = messagesPosts(api).filter((r) => r.coordinator === 'backend')[1];
  const result = second.body.messages.at(-1).content.find((b: { type: string }) => b.type === 'tool_result');
  const text = JSON.stringify(result.content);
  assert.match(text, /cart_items\.product_id/);
  assert.match(text, /002_create_carts\.sql/);
  assert.ok(second.body.tools.some((tool: { name: string }) => tool.name === 'run_local_analyzers'));
});

test('a rejected key fails the run with a clear reason, and the key appears in no journal or report', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([reportReply('backend', report('never'))], { requireKey: 'the-right-key' }));
  const key = 'sk-ant-test-SECRET-0123456789';
  const orchestrator = engineFor(root);
  const run = modelRun(api, { model: new AnthropicModelClient({ apiKey: key, baseURL: api.baseURL, maxRetries: 0 }) });
  const state = await (await orchestrator.start('Make the checkout faster', run, new AbortController().signal)).done;
  assert.equal(state.status, 'failed');
  assert.match(state.failure?.message ?? '', /rejected the key \(401\)/);
  assert.deepEqual([...new Set(state.tasks.filter((x) => x.status === 'failed').map((x) => x.failure?.kind))], ['auth'], 'the model error keeps its kind');
  assert.equal(state.failure?.kind, 'tasks_failed');
  assert.equal(failedOnApiKey(state), true, 'hosts offer to set the key without reading the message');
  const journal = readFileSync(orchestrator.journalPath(state.runId), 'utf8');
  assert.ok(!journal.includes(key) && !journal.includes('SECRET'), 'the key is not in the journal');
  assert.ok(!renderRunAudit(state).includes('SECRET'), 'nor in the exported audit');
});

test('a cancelled run resumes: the interrupted delegation runs again and the run completes', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([reportReply('backend', report('slow'), { latencyMs: 10_000 })]));
  const controller = new AbortController();
  const handle = await engineFor(root).start('Make the checkout faster', modelRun(api), controller.signal);
  await waitFor(() => messagesPosts(api).length === 1);
  controller.abort();
  const cancelled = await handle.done;
  assert.equal(cancelled.status, 'cancelled');
  assert.ok(cancelled.tasks.every((x) => x.status !== 'in_progress'));

  api.setScenario(loadScenario(join(SCENARIOS, 'checkout.yaml')));
  const resumed = await (await engineFor(root).resume(cancelled.runId, modelRun(api), new AbortController().signal)).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  assert.deepEqual(messagesPosts(api).slice(1).map((r) => r.coordinator), ['backend', 'backend', 'database', 'infrastructure', 'frontend', 'synthesis']);
});

test('retrying a failed task runs it again and redoes what depended on it', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    reportReply('backend', { summary: 'x', findings: [{ title: 't', detail: 'd', severity: 'enormous' }] } as unknown as Parameters<typeof reportReply>[1]),
    reportReply('frontend', report('fine')),
    reportReply('infrastructure', report('fine')),
    textReply('synthesis', 'without backend'),
  ]));
  const orchestrator = engineFor(root);
  const failed = await (await orchestrator.start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  assert.equal(failed.status, 'failed');
  const backendTask = failed.tasks.find((x) => x.spec.coordinator === 'backend' && x.spec.kind === 'delegate')!;

  api.setScenario(loadScenario(join(SCENARIOS, 'checkout.yaml')));
  const retried = await (await orchestrator.retry(failed.runId, backendTask.spec.id, modelRun(api), new AbortController().signal)).done;
  assert.equal(retried.status, 'completed', retried.failure?.message);
  assert.ok(retried.tasks.every((x) => x.status === 'completed'), JSON.stringify(retried.tasks.map((x) => [x.spec.id, x.status])));
  assert.ok(retried.flags.some((f) => f.record.type === 'DATABASE_INVESTIGATION'), 'the retried backend report raised its flag');
  assert.match(retried.synthesis ?? '', /database/, 'the synthesis was redone with the retried findings');
  await assert.rejects(orchestrator.retry(failed.runId, '1', modelRun(api), new AbortController().signal), /only failed tasks can be retried/);
});
